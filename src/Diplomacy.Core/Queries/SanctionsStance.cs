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
/// lift removes the measures it names (all, when it names none) and makes the posture lifted when none is left;
/// refuse and delay make it refusing and delaying and leave any measures in force as they are.
/// </remarks>
public sealed record SanctionsStance(ActorId Imposer, ActorId Target, LocalDate At, SanctionsPosture Posture) : QueryResult
{
    private readonly IReadOnlyList<string> _measures = ValueList<string>.Empty;
    private readonly IReadOnlyList<SanctionsAction> _actions = ValueList<SanctionsAction>.Empty;

    /// <summary>When the posture began: the date of the first step of the run of steps that gave it; null for <see cref="SanctionsPosture.None"/>.</summary>
    public FuzzyDate? Since { get; init; }

    /// <summary>The measures in force, in the order they were imposed; never null.</summary>
    public IReadOnlyList<string> Measures
    {
        get => _measures;
        init => _measures = ValueList<string>.From(value, nameof(Measures));
    }

    /// <summary>The steps taken (or possibly taken) by that day, in timeline order; never null. Also the evidence.</summary>
    public IReadOnlyList<SanctionsAction> Actions
    {
        get => _actions;
        init => _actions = ValueList<SanctionsAction>.From(value, nameof(Actions));
    }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when some step may or may not have been taken by <see cref="At"/> (its possible
    /// days include <see cref="At"/> and later ones) and the posture or measures depend on it; the posture given is the
    /// one with every such step taken.
    /// </summary>
    public Certainty Certainty { get; init; }
}

public static partial class ChronicleQueries
{
    /// <summary>
    /// <paramref name="imposer"/>'s sanctions stance toward <paramref name="target"/> on <paramref name="at"/>: the
    /// posture (none, imposing, refusing, delaying, lifted), since when, the measures in force, and the steps that led
    /// there. Works the same for persons and organisations as targets and for blocs as imposers.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="imposer">Who takes the stance.</param>
    /// <param name="target">Toward whom.</param>
    /// <param name="at">The day.</param>
    /// <returns>The stance; <see cref="SanctionsPosture.None"/> with no evidence when no step may have been taken by then.</returns>
    /// <remarks>
    /// Steps whose possible days all fall on or before <paramref name="at"/> count as taken; steps that may fall
    /// either side make the answer <see cref="Certainty.Possible"/> if they change it (see
    /// <see cref="SanctionsStance.Certainty"/>). Cost: O(log n + k) for the k sanctions steps between the two actors
    /// (in either direction) that may have been taken by the day.
    /// </remarks>
    /// <example><c>chronicle.SanctionsStance("SRB", "RUS", new LocalDate(2024, 7, 8))</c>: refusing, since March 2022.</example>
    public static SanctionsStance SanctionsStance(this Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(imposer, nameof(imposer));
        QueryReads.CheckActor(target, nameof(target));
        var actions = SanctionsSteps(chronicle, imposer, target, QueryReads.UpTo(at));
        var possibly = SanctionsReplay.Spells(imposer, target, actions).LastOrDefault();
        var certainly = SanctionsReplay.Spells(imposer, target, actions.Where(a => a.When.Latest <= at)).LastOrDefault();
        var certain = possibly?.Posture == certainly?.Posture
            && (possibly?.Measures ?? []).SequenceEqual(certainly?.Measures ?? [], StringComparer.Ordinal);
        return new SanctionsStance(imposer, target, at, possibly?.Posture ?? SanctionsPosture.None)
        {
            Since = possibly?.Since,
            Measures = possibly?.Measures ?? [],
            Actions = actions,
            Certainty = certain ? Certainty.Certain : Certainty.Possible,
            Evidence = actions,
        };
    }
}
