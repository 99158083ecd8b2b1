using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// The events filed under every unordered pair of their actors, by actor index (see <see cref="ChronicleData"/>):
/// one shared buffer of positions, and per pair that occurs a <see cref="PostingRange"/>. The pairs are held sorted,
/// grouped by their lower actor (compressed rows: per actor, where its pairs start; per pair, the higher actor and
/// its range), some 20 bytes a pair where a hash table takes 36; a lookup is a binary search among one actor's pairs.
/// </summary>
internal sealed class PairIndex
{
    private readonly int[] _buffer;
    private readonly int[] _rowStarts;
    private readonly int[] _seconds;
    private readonly PostingRange[] _ranges;

    /// <summary>
    /// Files each position under every pair of its actors: for position p, the actor indexes
    /// <paramref name="actorKeys"/>[<paramref name="actorStarts"/>[p]..<paramref name="actorStarts"/>[p + 1]]
    /// (distinct within a position).
    /// </summary>
    /// <remarks>
    /// Built without a hash table or a sort of keys, so that millions of pairs do not cost a cache miss or two per
    /// pair occurrence: the occurrences are put in order of their lower actor (a counting sort that keeps positions
    /// ascending), and each lower actor's occurrences, which lie together, are then numbered and filed by higher actor
    /// (told apart with arrays indexed by actor) into the buffer's next stretch.
    /// </remarks>
    public PairIndex(int[] actorStarts, int[] actorKeys, PackedInts earliest, PackedInts latest)
    {
        var n = earliest.Length;
        var actors = 0;
        for (var k = 0; k < actorStarts[n]; k++)
        {
            actors = Math.Max(actors, actorKeys[k] + 1);
        }

        var lowStarts = new int[actors + 1];
        var counter = new LowCounter(lowStarts);
        ForEachPair(actorStarts, actorKeys, n, ref counter);
        for (var a = 0; a < actors; a++)
        {
            lowStarts[a + 1] += lowStarts[a];
        }

        // Each occurrence's higher actor and position, grouped by lower actor, positions ascending within a group.
        var occurrences = lowStarts[actors];
        var highs = new int[occurrences];
        var positions = new int[occurrences];
        var filer = new ByLowFiler(lowStarts[..^1], highs, positions);
        ForEachPair(actorStarts, actorKeys, n, ref filer);

        // Per lower actor: its distinct higher actors in ascending order are its pairs (numbered in key order);
        // count each pair's short and long spans, then file its positions, short ones first.
        var buffer = new int[occurrences];
        var pairKeys = new List<long>();
        var ranges = new List<PostingRange>();
        var seenFor = new int[actors];
        var rankOf = new int[actors];
        var shortCount = new int[actors];
        var longCount = new int[actors];
        var maxSpan = new int[actors];
        var distinct = new List<int>();
        for (var low = 0; low < actors; low++)
        {
            var (from, to) = (lowStarts[low], lowStarts[low + 1]);
            distinct.Clear();
            for (var s = from; s < to; s++)
            {
                if (seenFor[highs[s]] != low + 1)
                {
                    seenFor[highs[s]] = low + 1;
                    distinct.Add(highs[s]);
                }
            }

            distinct.Sort();
            for (var r = 0; r < distinct.Count; r++)
            {
                rankOf[distinct[r]] = r;
                (shortCount[r], longCount[r], maxSpan[r]) = (0, 0, 0);
            }

            for (var s = from; s < to; s++)
            {
                var r = rankOf[highs[s]];
                var span = Postings.Span(positions[s], earliest, latest);
                if (span > Postings.ShortSpanDays)
                {
                    longCount[r]++;
                }
                else
                {
                    shortCount[r]++;
                    maxSpan[r] = Math.Max(maxSpan[r], (int)span);
                }
            }

            var next = from;
            for (var r = 0; r < distinct.Count; r++)
            {
                pairKeys.Add(Key(low, distinct[r]));
                ranges.Add(new PostingRange(next, shortCount[r], longCount[r], maxSpan[r]));

                // From here on the counts serve as write cursors.
                (shortCount[r], longCount[r]) = (next, next + shortCount[r]);
                next = longCount[r] + ranges[^1].LongCount;
            }

            for (var s = from; s < to; s++)
            {
                var r = rankOf[highs[s]];
                buffer[Postings.IsLong(positions[s], earliest, latest) ? longCount[r]++ : shortCount[r]++] = positions[s];
            }
        }

        _buffer = buffer;
        (_rowStarts, _seconds, _ranges) = Rows([.. pairKeys], [.. ranges]);
    }

    /// <summary>What is done with each pair occurrence (a struct, so that the calls are inlined).</summary>
    private interface IPairVisitor
    {
        void Visit(int low, int high, int position);
    }

    /// <summary>Shows <paramref name="visitor"/> the lower actor, the higher actor and the position of every pair of every position's actors, positions ascending.</summary>
    private static void ForEachPair<TVisitor>(int[] actorStarts, int[] actorKeys, int n, ref TVisitor visitor)
        where TVisitor : struct, IPairVisitor
    {
        for (var p = 0; p < n; p++)
        {
            var (from, to) = (actorStarts[p], actorStarts[p + 1]);
            for (var i = from; i < to; i++)
            {
                for (var j = i + 1; j < to; j++)
                {
                    var (a, b) = (actorKeys[i], actorKeys[j]);
                    visitor.Visit(Math.Min(a, b), Math.Max(a, b), p);
                }
            }
        }
    }

    /// <summary>Counts occurrences per lower actor, at index lower actor + 1.</summary>
    private readonly struct LowCounter(int[] counts) : IPairVisitor
    {
        public void Visit(int low, int high, int position) => counts[low + 1]++;
    }

    /// <summary>Files each occurrence's higher actor and position at its lower actor's cursor.</summary>
    private readonly struct ByLowFiler(int[] cursors, int[] highs, int[] positions) : IPairVisitor
    {
        public void Visit(int low, int high, int position)
        {
            var slot = cursors[low]++;
            (highs[slot], positions[slot]) = (high, position);
        }
    }

    private PairIndex(int[] buffer, int[] rowStarts, int[] seconds, PostingRange[] ranges)
    {
        _buffer = buffer;
        _rowStarts = rowStarts;
        _seconds = seconds;
        _ranges = ranges;
    }

    /// <summary>The positions of every pair, one slice each.</summary>
    public int[] Buffer => _buffer;

    /// <summary>Writes the index to a snapshot.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        var keys = new long[_seconds.Length];
        for (var first = 0; first + 1 < _rowStarts.Length; first++)
        {
            for (var k = _rowStarts[first]; k < _rowStarts[first + 1]; k++)
            {
                keys[k] = Key(first, _seconds[k]);
            }
        }

        writer.Write(prefix + "pairs.buffer", _buffer);
        writer.Write(prefix + "pairs.keys", keys);
        writer.Write(prefix + "pairs.ranges", MemoryMarshal.Cast<PostingRange, int>(_ranges.AsSpan()));
    }

    /// <summary>Reads an index that <see cref="Save"/> wrote.</summary>
    public static PairIndex Load(ISnapshotReader reader, string prefix)
    {
        var buffer = reader.ReadInts(prefix + "pairs.buffer");
        var keys = reader.ReadLongs(prefix + "pairs.keys");
        var ranges = Postings.ReadRanges(reader, prefix + "pairs.ranges", buffer.Length);
        if (keys.Length != ranges.Length)
        {
            throw reader.Inconsistent(prefix + "pairs.ranges", $"{ranges.Length} ranges for {keys.Length} pairs.");
        }

        for (var k = 0; k < keys.Length; k++)
        {
            var (first, second) = ((int)(keys[k] >> 32), (int)keys[k]);
            if (first < 0 || second < first || (k > 0 && keys[k] <= keys[k - 1]))
            {
                throw reader.Inconsistent(prefix + "pairs.keys", $"the pair {keys[k]} is not a pair of actor indexes in ascending order.");
            }
        }

        var (rowStarts, seconds, rows) = Rows(keys, ranges);
        return new PairIndex(buffer, rowStarts, seconds, rows);
    }

    /// <summary>The positions of the events involving both actors (by index, in either order).</summary>
    public Postings For(int first, int second)
    {
        var (low, high) = first <= second ? (first, second) : (second, first);
        if ((uint)low + 1 >= (uint)_rowStarts.Length)
        {
            return Postings.Empty;
        }

        var row = _rowStarts[low];
        var found = Array.BinarySearch(_seconds, row, _rowStarts[low + 1] - row, high);
        return found >= 0 ? new Postings(_buffer, _ranges[found]) : Postings.Empty;
    }

    /// <summary>
    /// The compressed rows of pairs sorted by key: per lower actor where its pairs start (up to the highest lower
    /// actor, plus one), per pair its higher actor; the ranges stay in the same order.
    /// </summary>
    private static (int[] RowStarts, int[] Seconds, PostingRange[] Ranges) Rows(long[] sortedKeys, PostingRange[] ranges)
    {
        var rows = sortedKeys.Length == 0 ? 0 : (int)(sortedKeys[^1] >> 32) + 1;
        var rowStarts = new int[rows + 1];
        var seconds = new int[sortedKeys.Length];
        for (var k = 0; k < sortedKeys.Length; k++)
        {
            rowStarts[(int)(sortedKeys[k] >> 32) + 1]++;
            seconds[k] = (int)sortedKeys[k];
        }

        for (var r = 0; r < rows; r++)
        {
            rowStarts[r + 1] += rowStarts[r];
        }

        return (rowStarts, seconds, ranges);
    }

    private static long Key(int a, int b) => a <= b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
