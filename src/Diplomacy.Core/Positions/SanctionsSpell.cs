namespace Diplomacy;

/// <summary>
/// A run of one imposer's sanctions steps toward one target during which its <see cref="SanctionsPosture"/> stayed
/// the same, replayed from the <see cref="SanctionsAction"/> events (see <see cref="ChronicleQueries.SanctionsSpells(Chronicle, ActorId, ActorId)"/>).
/// </summary>
/// <param name="Imposer">Who takes the stance.</param>
/// <param name="Target">Toward whom.</param>
/// <param name="Posture">The posture throughout the spell; never <see cref="SanctionsPosture.None"/>.</param>
/// <remarks>
/// A spell begins with the step that gave the posture and lasts until the step that gave the next one. Steps take
/// effect from the earliest day they may have been taken, as <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate)"/> reads
/// them.
/// </remarks>
public sealed record SanctionsSpell(ActorId Imposer, ActorId Target, SanctionsPosture Posture) : QueryResult
{
    private readonly IReadOnlyList<string> _measures = ValueList<string>.Empty;
    private readonly IReadOnlyList<SanctionsAction> _actions = ValueList<SanctionsAction>.Empty;

    /// <summary>The date of the step that began the spell.</summary>
    public FuzzyDate Since { get; init; }

    /// <summary>The date of the step that ended it (began the next spell); null while it lasts.</summary>
    public FuzzyDate? Until { get; init; }

    /// <summary>
    /// The first day on which <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate)"/>
    /// answers with this spell: the latest of the earliest days of the steps replayed up to and including its first.
    /// It is <see cref="Since"/>'s earliest day unless the replay takes the spell's first step after a step that cannot
    /// have been taken so early (a step with an open or wide date, or one the replay's order puts later): the stance
    /// counts a step only once every step before it may have been taken.
    /// </summary>
    /// <remarks>
    /// The stance answers with the spell from this day until the day before the next spell's first day; when the next
    /// spell's first day is this one, the stance never answers with it. The dyad-year export reads the same days.
    /// </remarks>
    public NodaTime.LocalDate FirstDay { get; init; }

    /// <summary>The measures in force at the end of the spell (after its last step), in the order they were imposed; never null.</summary>
    public IReadOnlyList<string> Measures
    {
        get => _measures;
        init => _measures = ValueList<string>.From(value, nameof(Measures));
    }

    /// <summary>The steps of the spell, the first of which began it, in timeline order; never null. Also the evidence.</summary>
    public IReadOnlyList<SanctionsAction> Actions
    {
        get => _actions;
        init => _actions = ValueList<SanctionsAction>.From(value, nameof(Actions));
    }

    /// <summary>
    /// True when sanctions were in force during the spell: the posture is imposing, or a refusal or delay left
    /// earlier measures in force.
    /// </summary>
    public bool InForce => Posture == SanctionsPosture.Imposing || Measures.Count > 0;
}
