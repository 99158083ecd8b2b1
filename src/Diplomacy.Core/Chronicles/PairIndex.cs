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
    /// <paramref name="actorKeys"/>[<paramref name="actorStarts"/>[p]..<paramref name="actorStarts"/>[p + 1]].
    /// </summary>
    public PairIndex(int[] actorStarts, int[] actorKeys, PackedInts earliest, PackedInts latest)
    {
        var n = earliest.Length;
        var pairIds = new Dictionary<long, int>(PairKeyComparer.Instance);
        var pairKeys = new List<long>();
        var starts = new int[n + 1];
        var keys = new List<int>(n);
        for (var p = 0; p < n; p++)
        {
            for (var i = actorStarts[p]; i < actorStarts[p + 1]; i++)
            {
                for (var j = i + 1; j < actorStarts[p + 1]; j++)
                {
                    var pair = Key(actorKeys[i], actorKeys[j]);
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(pairIds, pair, out var exists);
                    if (!exists)
                    {
                        id = pairKeys.Count;
                        pairKeys.Add(pair);
                    }

                    keys.Add(id);
                }
            }

            starts[p + 1] = keys.Count;
        }

        var (buffer, ranges) = Postings.Group(pairKeys.Count, [.. keys], starts, earliest, latest);
        pairIds.Clear();
        pairIds.TrimExcess();
        long[] sortedKeys = [.. pairKeys];
        Array.Sort(sortedKeys, ranges);
        _buffer = buffer;
        (_rowStarts, _seconds, _ranges) = Rows(sortedKeys, ranges);
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

    /// <summary>
    /// Hashes pair keys by mixing all their bits: <see cref="long.GetHashCode"/> xors the two actor indexes, which
    /// sends every pair with the same xor (thousands, for thousands of actors) to the same bucket.
    /// </summary>
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static readonly PairKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E37_79B9_7F4A_7C15UL) >> 32);
    }
}
