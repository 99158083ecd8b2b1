namespace Diplomacy.Charts;

/// <summary>
/// What an explorer page shows besides the timeline: which pair of actors its stances, channels and dyad chart are
/// about, which arms route it follows, and how many timeline rows make a page. Immutable; values are checked when set.
/// </summary>
/// <remarks>
/// Unset actors are chosen from the record: the pair of states with the most events between them (counting persons
/// for their nationality and organisations for their home state), and the origin and end user of the most arms
/// transfers, each end counted for its state in the same way (arms for Russia's Ministry of Defence are followed to
/// Russia, as <see cref="ChronicleQueries.ArmsFlows"/> reads a state's official bodies) unless no route reaches it.
/// </remarks>
public sealed record ReportOptions
{
    private readonly int _pageSize = 50;

    /// <summary>The default options: pairs and routes chosen from the record, 50 rows a page, charts included.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The page's title; null for "Chronicle explorer".</summary>
    public string? Title { get; init; }

    /// <summary>One side of the main pair (stances, channels, trade-offs, the dyad chart); null to choose from the record.</summary>
    public ActorId? Actor { get; init; }

    /// <summary>The other side of the main pair; null to choose from the record.</summary>
    public ActorId? Counterpart { get; init; }

    /// <summary>Where the arms followed come from; null to choose from the record.</summary>
    public ActorId? ArmsOrigin { get; init; }

    /// <summary>Who the arms followed reached; null to choose from the record.</summary>
    public ActorId? ArmsEndUser { get; init; }

    /// <summary>Timeline rows per page, 10 to 1000; 50 by default. Only one page of rows is ever in the page's document.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 10..1000.</exception>
    public int PageSize
    {
        get => _pageSize;
        init => _pageSize = value is >= 10 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "A page holds 10 to 1000 rows.");
    }

    /// <summary>Whether to draw the charts into the page (true by default); without them the page is written faster.</summary>
    public bool IncludeCharts { get; init; } = true;
}
