namespace Diplomacy;

/// <summary>
/// The positions (in timeline order) of the events under one index key. Events spanning at most
/// <see cref="ShortSpanDays"/> days are binary-searched by start; longer or open-ended ones are few and scanned.
/// </summary>
internal sealed class Postings
{
    /// <summary>Spans up to a year and a day count as short: day, month, season, quarter, half-year and year dates.</summary>
    public const int ShortSpanDays = 366;

    public static readonly Postings Empty = new([], []);

    public Postings(int[] shortSpans, int[] longSpans)
    {
        Short = shortSpans;
        Long = longSpans;
    }

    public int[] Short { get; }

    public int[] Long { get; }

    public int Count => Short.Length + Long.Length;

    public static Postings From(List<int> ascendingPositions, int[] earliest, int[] latest)
    {
        var longCount = 0;
        foreach (var position in ascendingPositions)
        {
            if (IsLong(position, earliest, latest))
            {
                longCount++;
            }
        }

        if (longCount == 0)
        {
            return new Postings(ascendingPositions.ToArray(), []);
        }

        var shortSpans = new int[ascendingPositions.Count - longCount];
        var longSpans = new int[longCount];
        int s = 0, l = 0;
        foreach (var position in ascendingPositions)
        {
            if (IsLong(position, earliest, latest))
            {
                longSpans[l++] = position;
            }
            else
            {
                shortSpans[s++] = position;
            }
        }

        return new Postings(shortSpans, longSpans);
    }

    private static bool IsLong(int position, int[] earliest, int[] latest) =>
        (long)latest[position] - earliest[position] > ShortSpanDays;
}
