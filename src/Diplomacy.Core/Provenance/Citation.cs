namespace Diplomacy;

/// <summary>
/// Where a fact comes from: who reported it and when it was published, with an optional title, address and a short
/// phrase quoted from the report.
/// </summary>
/// <param name="Source">The outlet, agency, institute or person that published the report (an actor in the chronicle).</param>
/// <param name="Published">When it was published, at the precision known. "As known at" queries use it.</param>
/// <remarks>Keep <see cref="Quote"/> to the short phrase a speaker is reported to have said; the model holds facts, not articles.</remarks>
public sealed record Citation(ActorId Source, FuzzyDate Published)
{
    /// <summary>The report's title, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Where the report can be read, if known.</summary>
    public Uri? Url { get; init; }

    /// <summary>A short phrase quoted from the report, if any.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// On what basis this source states the fact, when it differs from the event's own
    /// <see cref="DiplomaticEvent.Basis"/> (e.g. a report that only infers what another source reported), or null
    /// when it is the event's. Queries filter on the event's basis; this one tells the citations apart.
    /// </summary>
    public EvidenceBasis? Basis { get; init; }

    /// <summary>
    /// The release of an event data set that carried this citation (e.g. the POLECAT weekly release an event was
    /// coded in), or null when the citation is not from a data set release or the release is not known. An event's
    /// <see cref="DiplomaticEvent.FirstReleased"/> is the earliest of its citations' releases.
    /// </summary>
    public DataRelease? Release { get; init; }

    /// <summary>The source and date, e.g. <c>financial-times, 2024-06</c>.</summary>
    public override string ToString() => $"{Source}, {Published}";
}
