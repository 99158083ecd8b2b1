using NodaTime;

namespace Diplomacy;

/// <summary>
/// An actor's sanctions stance toward a target on a day, derived from the <see cref="SanctionsAction"/> steps taken
/// by then: the posture, since when, the measures in force and the steps that led there.
/// </summary>
/// <param name="Imposer">Who takes the stance (a state, a bloc).</param>
/// <param name="Target">Toward whom (a state, a person, an organisation).</param>
/// <param name="At">The day asked about.</param>
/// <param name="Posture">The posture on that day.</param>
/// <remarks>
/// The steps are replayed in timeline order. Impose, extend and join make the posture imposing and add their measures;
/// lift removes the measures it names (all, when it names none) and, while imposing, makes the posture lifted when
/// none is left (a lift in any other posture leaves the posture as it was); refuse and delay make it refusing and delaying and leave any measures in force as they are.
/// </remarks>
public sealed record SanctionsStance(ActorId Imposer, ActorId Target, LocalDate At, SanctionsPosture Posture) : QueryResult
{
    private readonly IReadOnlyList<string> _measures = ValueList<string>.Empty;
    private readonly IReadOnlyList<SanctionsAction> _actions = ValueList<SanctionsAction>.Empty;
    private readonly IReadOnlyList<ActorId> _boundBy = ValueList<ActorId>.Empty;

    /// <summary>
    /// When the posture began: the date of the first step of the run of steps that gave it; null for
    /// <see cref="SanctionsPosture.None"/>. With blocs included and the imposer bound by one, the day since which it has
    /// been imposing without a break, on its own or bound by a bloc, whatever its own steps in between.
    /// </summary>
    public FuzzyDate? Since { get; init; }

    /// <summary>The measures in force, in the order they were imposed; never null.</summary>
    public IReadOnlyList<string> Measures
    {
        get => _measures;
        init => _measures = ValueList<string>.From(value, nameof(Measures));
    }

    /// <summary>
    /// The steps taken (or possibly taken) by that day, in timeline order, the imposer's own and those of the blocs in
    /// <see cref="BoundBy"/>; never null. Also the evidence.
    /// </summary>
    public IReadOnlyList<SanctionsAction> Actions
    {
        get => _actions;
        init => _actions = ValueList<SanctionsAction>.From(value, nameof(Actions));
    }

    /// <summary>
    /// The blocs whose measures toward <see cref="Target"/> are included because <see cref="Imposer"/> was a member
    /// of them on <see cref="At"/>, ordered by id; empty unless asked for with
    /// <see cref="SanctionsStanceOptions.IncludeBlocs"/>, and never null. Their steps are in <see cref="Actions"/>, and
    /// the member's membership changes in <see cref="QueryResult.Evidence"/>.
    /// </summary>
    public IReadOnlyList<ActorId> BoundBy
    {
        get => _boundBy;
        init => _boundBy = ValueList<ActorId>.From(value, nameof(BoundBy));
    }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when some step may or may not have been taken by <see cref="At"/> (its possible
    /// days include <see cref="At"/> and later ones) and the posture or measures depend on it; the posture given is the
    /// one with every such step taken. With blocs included and the imposer bound by one, only what the answer depends
    /// on counts: the membership in a bloc in <see cref="BoundBy"/> or the bloc's own stance only possible on the day,
    /// or a reading of the imposer's own steps that would change the measures once the blocs' are added. Always
    /// possible on a view asked about a day after its cut-off.
    /// </summary>
    public Certainty Certainty { get; init; }
}
