using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// A read-only column of 32-bit numbers held in as few bytes per entry as its values allow: frame of reference (each
/// value stored as its distance from a base) in 0, 1, 2, 3 or 4 bytes, and the rare values that do not fit the chosen
/// width kept apart as patches (a position and its value). A column of day numbers spanning decades takes two bytes
/// per entry; indexes into a table of a million entries take three; a column of one repeated value takes none.
/// </summary>
/// <remarks>
/// The width is chosen when the column is made, to cost the fewest bytes: <c>n * width + 8 * patches</c>. A patched
/// entry holds the width's largest value as a marker and is found by binary search among the patches; an entry that
/// is not patched costs one array read and an addition. Three-byte entries are read four bytes at a time (the
/// array has one byte to spare at its end) and masked.
/// </remarks>
internal sealed class PackedInts
{
    private static readonly int[] NoPatches = [];

    /// <summary>The largest value a three-byte entry holds (the patch marker of that width).</summary>
    private const int MaxTriple = 0xFF_FFFF;

    /// <summary>One byte per entry (width 1), or three and one to spare (width 3).</summary>
    private readonly byte[]? _bytes;
    private readonly ushort[]? _shorts;
    private readonly int[]? _ints;
    private readonly int _base;
    private readonly int[] _patchPositions;
    private readonly int[] _patchValues;

    private PackedInts(int length, int width, int @base, byte[]? bytes, ushort[]? shorts, int[]? ints, int[] patchPositions, int[] patchValues)
    {
        Length = length;
        Width = width;
        _base = @base;
        _bytes = bytes;
        _shorts = shorts;
        _ints = ints;
        _patchPositions = patchPositions;
        _patchValues = patchValues;
    }

    /// <summary>A column with no entries.</summary>
    public static PackedInts Empty { get; } = Pack([]);

    /// <summary>How many entries the column holds.</summary>
    public int Length { get; }

    /// <summary>Bytes per entry: 0 (every value the same), 1, 2, 3 or 4.</summary>
    public int Width { get; }

    /// <summary>How many entries are kept apart as patches.</summary>
    public int PatchCount => _patchPositions.Length;

    /// <summary>The bytes the column holds, approximately (its arrays' contents).</summary>
    public long Bytes => ((long)Length * Width) + (8L * _patchPositions.Length);

    /// <summary>The value at a position.</summary>
    public int this[int position]
    {
        get
        {
            switch (Width)
            {
                case 2:
                    var s = _shorts![position];
                    return s != ushort.MaxValue ? _base + s : Patch(position);
                case 1:
                    var b = _bytes![position];
                    return b != byte.MaxValue ? _base + b : Patch(position);
                case 4:
                    return _ints![position];
                case 3:
                    var t = Triple(position);
                    return t != MaxTriple ? _base + t : Patch(position);
                default:
                    return (uint)position < (uint)Length ? _base : throw new ArgumentOutOfRangeException(nameof(position), position, $"Positions run from 0 to {Length - 1}.");
            }
        }
    }

    /// <summary>Packs <paramref name="values"/> in the width that costs the fewest bytes.</summary>
    public static PackedInts Pack(ReadOnlySpan<int> values)
    {
        var n = values.Length;
        if (n == 0)
        {
            return new PackedInts(0, 0, 0, null, null, null, NoPatches, NoPatches);
        }

        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (min == max)
        {
            return new PackedInts(n, 0, min, null, null, null, NoPatches, NoPatches);
        }

        // The base: the smallest value, unless a few outliers lie far below the rest; then a low value of a sample.
        // Three-byte entries reach further, so they take the smallest value over a wider range.
        var sample = (long)max - min < MaxTriple ? min : LowSample(values);
        var narrowBase = (long)max - min < ushort.MaxValue ? min : sample;
        var outside1 = 0L;
        var outside2 = 0L;
        var outside3 = 0L;
        foreach (var v in values)
        {
            var d = (long)v - narrowBase;
            outside1 += d is < 0 or >= byte.MaxValue ? 1 : 0;
            outside2 += d is < 0 or >= ushort.MaxValue ? 1 : 0;
            var d3 = (long)v - sample;
            outside3 += d3 is < 0 or >= MaxTriple ? 1 : 0;
        }

        var cost1 = n + (8 * outside1);
        var cost2 = (2L * n) + (8 * outside2);
        var cost3 = (3L * n) + 1 <= Array.MaxLength ? (3L * n) + (8 * outside3) : long.MaxValue;
        var cost4 = 4L * n;
        var cheapest = Math.Min(Math.Min(cost1, cost2), cost3);
        if (cost4 <= cheapest)
        {
            return new PackedInts(n, 4, 0, null, null, values.ToArray(), NoPatches, NoPatches);
        }

        var (width, @base, patchCount, limit) = cost1 == cheapest ? (1, narrowBase, outside1, (long)byte.MaxValue)
            : cost2 == cheapest ? (2, narrowBase, outside2, ushort.MaxValue)
            : (3, sample, outside3, MaxTriple);
        var positions = patchCount == 0 ? NoPatches : new int[patchCount];
        var patched = patchCount == 0 ? NoPatches : new int[patchCount];
        var bytes = width switch { 1 => new byte[n], 3 => new byte[(3L * n) + 1], _ => null };
        var shorts = width == 2 ? new ushort[n] : null;
        var next = 0;
        for (var p = 0; p < n; p++)
        {
            var d = (long)values[p] - @base;
            if (d < 0 || d >= limit)
            {
                positions[next] = p;
                patched[next++] = values[p];
                d = limit;
            }

            switch (width)
            {
                case 1:
                    bytes![p] = (byte)d;
                    break;
                case 2:
                    shorts![p] = (ushort)d;
                    break;
                default:
                    var at = 3 * p;
                    (bytes![at], bytes[at + 1], bytes[at + 2]) = ((byte)d, (byte)(d >> 8), (byte)(d >> 16));
                    break;
            }
        }

        return new PackedInts(n, width, (int)@base, bytes, shorts, null, positions, patched);
    }

    /// <summary>Every value, as an array (for a snapshot, or a caller that needs plain numbers).</summary>
    public int[] ToArray()
    {
        var values = new int[Length];
        for (var p = 0; p < values.Length; p++)
        {
            values[p] = this[p];
        }

        return values;
    }

    /// <summary>True when both columns hold the same values in the same order.</summary>
    public bool SameValues(PackedInts other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other.Length != Length)
        {
            return false;
        }

        for (var p = 0; p < Length; p++)
        {
            if (this[p] != other[p])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the column: its shape, its entries as bytes, and its patches.</summary>
    public void Save(ISnapshotWriter writer, string section)
    {
        writer.Write(section + ".shape", [Length, Width, _base]);
        writer.Write(section + ".entries", _bytes is not null ? _bytes.AsSpan(0, Length * Width) : _shorts is not null ? MemoryMarshal.AsBytes(_shorts.AsSpan()) : MemoryMarshal.AsBytes(_ints.AsSpan()));
        writer.Write(section + ".patches", _patchPositions);
        writer.Write(section + ".patched", _patchValues);
    }

    /// <summary>
    /// Reads a column that <see cref="Save"/> wrote, which must hold <paramref name="length"/> entries (three-byte
    /// entries only from format version 4 on).
    /// </summary>
    public static PackedInts Load(ISnapshotReader reader, string section, int length)
    {
        var shape = reader.ReadInts(section + ".shape");
        var entries = reader.ReadBytes(section + ".entries");
        var positions = reader.ReadInts(section + ".patches");
        var patched = reader.ReadInts(section + ".patched");
        var widths = reader.Version >= 4 ? "0, 1, 2, 3 or 4" : "0, 1, 2 or 4";
        if (shape.Length != 3 || shape[0] != length || shape[1] is not (0 or 1 or 2 or 4) && (shape[1] != 3 || reader.Version < 4))
        {
            throw reader.Inconsistent(section + ".shape", $"a column of {length} entries of {widths} bytes is expected.");
        }

        var (width, @base) = (shape[1], shape[2]);
        if (entries.Length != (long)length * width)
        {
            throw reader.Inconsistent(section + ".entries", $"{entries.Length} bytes where {length} entries of {width} take {(long)length * width}.");
        }

        if (positions.Length != patched.Length || (positions.Length > 0 && width is 0 or 4))
        {
            throw reader.Inconsistent(section + ".patched", $"{patched.Length} patched values for {positions.Length} patches of a {width}-byte column.");
        }

        var column = width switch
        {
            1 => new PackedInts(length, 1, @base, entries, null, null, positions, patched),
            2 => new PackedInts(length, 2, @base, null, MemoryMarshal.Cast<byte, ushort>(entries).ToArray(), null, positions, patched),
            3 => new PackedInts(length, 3, @base, [.. entries, 0], null, null, positions, patched),
            4 => new PackedInts(length, 4, 0, null, null, MemoryMarshal.Cast<byte, int>(entries).ToArray(), NoPatches, NoPatches),
            _ => new PackedInts(length, 0, @base, null, null, null, NoPatches, NoPatches),
        };
        column.CheckPatches(reader, section);
        return column;
    }

    /// <summary>Every value lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public bool AllWithin(int min, int max)
    {
        for (var p = 0; p < Length; p++)
        {
            var v = this[p];
            if (v < min || v > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Patches ascend, lie within the column, and sit exactly where the entries hold the marker.</summary>
    private void CheckPatches(ISnapshotReader reader, string section)
    {
        // One and two-byte entries are counted by the vectorised span search; three-byte ones one by one.
        var markers = Width switch
        {
            1 => _bytes.AsSpan().Count(byte.MaxValue),
            2 => _shorts.AsSpan().Count(ushort.MaxValue),
            3 => CountTripleMarkers(),
            _ => 0,
        };

        if (markers != _patchPositions.Length)
        {
            throw reader.Inconsistent(section + ".patches", $"{_patchPositions.Length} patches for {markers} patched entries.");
        }

        for (var i = 0; i < _patchPositions.Length; i++)
        {
            var p = _patchPositions[i];
            if ((uint)p >= (uint)Length || (i > 0 && p <= _patchPositions[i - 1])
                || !IsMarker(p))
            {
                throw reader.Inconsistent(section + ".patches", $"the patch at position {p} is out of order, outside the column, or not on a patched entry.");
            }
        }
    }

    private int Patch(int position) => _patchValues[Array.BinarySearch(_patchPositions, position)];

    /// <summary>How many three-byte entries hold the patch marker.</summary>
    private int CountTripleMarkers()
    {
        var markers = 0;
        for (var p = 0; p < Length; p++)
        {
            markers += Triple(p) == MaxTriple ? 1 : 0;
        }

        return markers;
    }

    /// <summary>Whether the entry at a valid position holds its width's patch marker.</summary>
    private bool IsMarker(int position) => Width switch
    {
        1 => _bytes![position] == byte.MaxValue,
        2 => _shorts![position] == ushort.MaxValue,
        3 => Triple(position) == MaxTriple,
        _ => false,
    };

    /// <summary>The three-byte entry at a position, checked to lie within the column.</summary>
    private int Triple(int position)
    {
        if ((uint)position >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"Positions run from 0 to {Length - 1}.");
        }

        // Four bytes from the entry's first: the array's spare last byte keeps the read inside it.
        var word = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes!), 3 * (nint)position));
        return (int)((BitConverter.IsLittleEndian ? word : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(word)) & MaxTriple);
    }

    /// <summary>The 0.1th percentile of every 64th value: a base that a handful of far outliers do not drag down.</summary>
    private static int LowSample(ReadOnlySpan<int> values)
    {
        var sample = new int[(values.Length + 63) / 64];
        for (var i = 0; i < sample.Length; i++)
        {
            sample[i] = values[i * 64];
        }

        Array.Sort(sample);
        return sample[sample.Length / 1000];
    }
}
