namespace Diplomacy;

/// <summary>
/// Timeline order of events: by date (<see cref="FuzzyDate"/> order: earliest day, latest day, precision,
/// qualifiers), then by id (ordinal). The one order every list of events in the library follows.
/// </summary>
internal sealed class TimelineComparer : IComparer<DiplomaticEvent>
{
    /// <summary>The one instance.</summary>
    public static readonly TimelineComparer Instance = new();

    private TimelineComparer()
    {
    }

    /// <inheritdoc/>
    public int Compare(DiplomaticEvent? x, DiplomaticEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = x.When.CompareTo(y.When);
        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}
