using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// The events filed under every unordered pair of their actors, by actor index (see <see cref="ChronicleData"/>):
/// one shared buffer of positions, and per pair that occurs a <see cref="PostingRange"/>.
/// </summary>
internal sealed class PairIndex
{
    private readonly int[] _buffer;
    private readonly Dictionary<long, PostingRange> _ranges;

    /// <summary>
    /// Files each position under every pair of its actors: for position p, the actor indexes
    /// <paramref name="actorKeys"/>[<paramref name="actorStarts"/>[p]..<paramref name="actorStarts"/>[p + 1]].
    /// </summary>
    public PairIndex(int[] actorStarts, int[] actorKeys, int[] earliest, int[] latest)
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
        _buffer = buffer;
        _ranges = new Dictionary<long, PostingRange>(pairKeys.Count, PairKeyComparer.Instance);
        for (var k = 0; k < pairKeys.Count; k++)
        {
            _ranges.Add(pairKeys[k], ranges[k]);
        }
    }

    private PairIndex(int[] buffer, Dictionary<long, PostingRange> ranges)
    {
        _buffer = buffer;
        _ranges = ranges;
    }

    /// <summary>The positions of every pair, one slice each.</summary>
    public int[] Buffer => _buffer;

    /// <summary>Writes the index to a snapshot.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        writer.Write(prefix + "pairs.buffer", _buffer);
        writer.Write(prefix + "pairs.keys", [.. _ranges.Keys]);
        PostingRange[] ranges = [.. _ranges.Values];
        writer.Write(prefix + "pairs.ranges", MemoryMarshal.Cast<PostingRange, int>(ranges));
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

        var index = new Dictionary<long, PostingRange>(keys.Length, PairKeyComparer.Instance);
        for (var k = 0; k < keys.Length; k++)
        {
            if (!index.TryAdd(keys[k], ranges[k]))
            {
                throw reader.Inconsistent(prefix + "pairs.keys", $"the pair {keys[k]} is listed twice.");
            }
        }

        return new PairIndex(buffer, index);
    }

    /// <summary>The positions of the events involving both actors (by index, in either order).</summary>
    public Postings For(int first, int second) =>
        _ranges.TryGetValue(Key(first, second), out var range) ? new Postings(_buffer, range) : Postings.Empty;

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
