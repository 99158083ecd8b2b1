namespace Diplomacy;

/// <summary>Options for <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate, SanctionsStanceOptions)"/>.</summary>
public sealed record SanctionsStanceOptions
{
    /// <summary>The options used when none are given: the imposer's own steps only.</summary>
    public static SanctionsStanceOptions Default { get; } = new();

    /// <summary>
    /// When true, the stance of a member of a bloc (an organisation in which it has <see cref="MembershipChange"/>
    /// events, such as the EU) includes the measures the bloc has in force toward the same target on the day, for every
    /// bloc of which <see cref="ChronicleQueries.MembersOf"/> lists it as a member that is not suspended. Default false:
    /// the imposer's own steps only.
    /// </summary>
    public bool IncludeBlocs { get; init; }
}
