namespace Diplomacy.Interop;

/// <summary>Options for <see cref="DyadYears"/>.</summary>
public sealed record DyadYearOptions
{
    /// <summary>
    /// Whether actors are rolled up to their states, as state-level dyad data (peacesciencer, COW) are: a person to
    /// its nationality, an organisation to its home state; actors without a state, and pairs within one state, are left
    /// out. True by default; false keeps the actors as they are.
    /// </summary>
    public bool AggregateToStates { get; init; } = true;

    /// <summary>
    /// Whether to write every ordered pair of the chronicle's states for every year (a full panel, as peacesciencer's
    /// <c>create_dyadyears()</c> does) rather than only the dyad-years with an event, a shared alliance or sanctions.
    /// Only with <see cref="AggregateToStates"/>. False by default.
    /// </summary>
    public bool IncludeAllStatePairs { get; init; }

    /// <summary>The first year to cover; by default the year of the earliest event.</summary>
    public int? FirstYear { get; init; }

    /// <summary>The last year to cover; by default the year of the latest event.</summary>
    public int? LastYear { get; init; }
}
