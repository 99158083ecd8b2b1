namespace Diplomacy;

/// <summary>
/// The positions (in timeline order) of the events under one index key: a slice of a buffer shared by every key of
/// the index, so that an index costs one array and one small record per key rather than two arrays and an object.
/// Events spanning at most <see cref="ShortSpanDays"/> days are binary-searched by start; longer or open-ended ones
/// are few and scanned.
/// </summary>
internal readonly struct Postings
{
    /// <summary>Spans up to a year and a day count as short: day, month, season, quarter, half-year and year dates.</summary>
    public const int ShortSpanDays = 366;

    private readonly int[]? _buffer;
    private readonly PostingRange _range;

    public Postings(int[] buffer, PostingRange range)
    {
        _buffer = buffer;
        _range = range;
    }

    /// <summary>No positions.</summary>
    public static Postings Empty => default;

    /// <summary>The short-span positions, ascending.</summary>
    public ReadOnlySpan<int> Short => _buffer.AsSpan(_range.Start, _range.ShortCount);

    /// <summary>The long-span and open-ended positions, ascending.</summary>
    public ReadOnlySpan<int> Long => _buffer.AsSpan(_range.Start + _range.ShortCount, _range.LongCount);

    /// <summary>The most days any short-span event under this key spans (0 when all are single days).</summary>
    public int MaxShortSpan => _range.MaxShortSpan;

    public int Count => _range.ShortCount + _range.LongCount;

    /// <summary>True when a position's event spans more than <see cref="ShortSpanDays"/> days.</summary>
    public static bool IsLong(int position, PackedInts earliest, PackedInts latest) => Span(position, earliest, latest) > ShortSpanDays;

    /// <summary>Days between an event's earliest and latest possible day.</summary>
    public static long Span(int position, PackedInts earliest, PackedInts latest) => (long)latest[position] - earliest[position];

    /// <summary>
    /// Groups positions under keys into one buffer. Occurrence <c>o</c> of position <c>p</c> (for <c>o</c> from
    /// <paramref name="starts"/>[p] to <paramref name="starts"/>[p + 1]) files <c>p</c> under key
    /// <paramref name="keys"/>[o]; with no <paramref name="starts"/>, position <c>p</c> has the one key
    /// <paramref name="keys"/>[p], and with no keys either, every position is under key 0.
    /// </summary>
    public static (int[] Buffer, PostingRange[] Ranges) Group(int keyCount, int[]? keys, int[]? starts, PackedInts earliest, PackedInts latest)
    {
        var n = earliest.Length;
        var shortCount = new int[keyCount];
        var longCount = new int[keyCount];
        var maxSpan = new int[keyCount];
        for (var p = 0; p < n; p++)
        {
            var span = Span(p, earliest, latest);
            var isLong = span > ShortSpanDays;
            var (first, last) = Occurrences(p, keys, starts);
            for (var o = first; o < last; o++)
            {
                var key = keys is null ? 0 : keys[o];
                if (isLong)
                {
                    longCount[key]++;
                }
                else
                {
                    shortCount[key]++;
                    maxSpan[key] = Math.Max(maxSpan[key], (int)span);
                }
            }
        }

        var ranges = new PostingRange[keyCount];
        var total = 0;
        for (var k = 0; k < keyCount; k++)
        {
            ranges[k] = new PostingRange(total, shortCount[k], longCount[k], maxSpan[k]);

            // From here on the counts serve as write cursors.
            shortCount[k] = total;
            longCount[k] = total + ranges[k].ShortCount;
            total += ranges[k].ShortCount + ranges[k].LongCount;
        }

        var buffer = new int[total];
        for (var p = 0; p < n; p++)
        {
            var isLong = IsLong(p, earliest, latest);
            var (first, last) = Occurrences(p, keys, starts);
            for (var o = first; o < last; o++)
            {
                var key = keys is null ? 0 : keys[o];
                buffer[isLong ? longCount[key]++ : shortCount[key]++] = p;
            }
        }

        return (buffer, ranges);
    }

    /// <summary>The postings of one key from its positions, ascending (for indexes built outside the chronicle's own).</summary>
    public static Postings From(List<int> ascendingPositions, PackedInts earliest, PackedInts latest)
    {
        var positions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ascendingPositions);
        var buffer = new int[positions.Length];
        int shortCount = 0, maxShortSpan = 0;
        foreach (var position in positions)
        {
            if (!IsLong(position, earliest, latest))
            {
                buffer[shortCount++] = position;
                maxShortSpan = Math.Max(maxShortSpan, (int)Span(position, earliest, latest));
            }
        }

        var next = shortCount;
        foreach (var position in positions)
        {
            if (IsLong(position, earliest, latest))
            {
                buffer[next++] = position;
            }
        }

        return new Postings(buffer, new PostingRange(0, shortCount, buffer.Length - shortCount, maxShortSpan));
    }

    /// <summary>
    /// Reads posting ranges from a snapshot section (four numbers each), checking that each lies within a buffer of
    /// <paramref name="bufferLength"/> positions.
    /// </summary>
    public static PostingRange[] ReadRanges(ISnapshotReader reader, string section, int bufferLength)
    {
        var numbers = reader.ReadInts(section);
        if (numbers.Length % 4 != 0)
        {
            throw reader.Inconsistent(section, $"{numbers.Length} numbers do not make whole ranges of four.");
        }

        var ranges = System.Runtime.InteropServices.MemoryMarshal.Cast<int, PostingRange>(numbers).ToArray();
        foreach (var range in ranges)
        {
            if (range.Start < 0 || range.ShortCount < 0 || range.LongCount < 0 || (long)range.Start + range.ShortCount + range.LongCount > bufferLength)
            {
                throw reader.Inconsistent(section, $"the range {range} lies outside the buffer of {bufferLength} positions.");
            }
        }

        return ranges;
    }

    private static (int First, int Last) Occurrences(int position, int[]? keys, int[]? starts) =>
        starts is not null ? (starts[position], starts[position + 1])
        : keys is not null ? (position, position + 1)
        : (0, 1);
}
