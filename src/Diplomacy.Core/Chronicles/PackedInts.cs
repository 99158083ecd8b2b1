using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// A read-only column of 32-bit numbers held in as few bytes per entry as its values allow: frame of reference (each
/// value stored as its distance from a base) in 0, 1, 2 or 4 bytes, and the rare values that do not fit the chosen
/// width kept apart as patches (a position and its value). A column of day numbers spanning decades takes two bytes
/// per entry; a column of one repeated value takes none.
/// </summary>
/// <remarks>
/// The width is chosen when the column is made, to cost the fewest bytes: <c>n * width + 8 * patches</c>. A patched
/// entry holds the width's largest value as a marker and is found by binary search among the patches; an entry that
/// is not patched costs one array read and an addition.
/// </remarks>
internal sealed class PackedInts
{
    private static readonly int[] NoPatches = [];

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

    /// <summary>Bytes per entry: 0 (every value the same), 1, 2 or 4.</summary>
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
        var @base = (long)max - min < ushort.MaxValue ? min : LowSample(values);
        var outside1 = 0L;
        var outside2 = 0L;
        foreach (var v in values)
        {
            var d = (long)v - @base;
            outside1 += d is < 0 or >= byte.MaxValue ? 1 : 0;
            outside2 += d is < 0 or >= ushort.MaxValue ? 1 : 0;
        }

        var cost1 = n + (8 * outside1);
        var cost2 = (2L * n) + (8 * outside2);
        var cost4 = 4L * n;
        if (cost4 <= cost1 && cost4 <= cost2)
        {
            return new PackedInts(n, 4, 0, null, null, values.ToArray(), NoPatches, NoPatches);
        }

        var width = cost1 <= cost2 ? 1 : 2;
        var limit = width == 1 ? byte.MaxValue : ushort.MaxValue;
        var patchCount = (int)(width == 1 ? outside1 : outside2);
        var positions = patchCount == 0 ? NoPatches : new int[patchCount];
        var patched = patchCount == 0 ? NoPatches : new int[patchCount];
        var bytes = width == 1 ? new byte[n] : null;
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

            if (bytes is not null)
            {
                bytes[p] = (byte)d;
            }
            else
            {
                shorts![p] = (ushort)d;
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
        writer.Write(section + ".entries", _bytes ?? (_shorts is not null ? MemoryMarshal.AsBytes(_shorts.AsSpan()) : MemoryMarshal.AsBytes(_ints.AsSpan())));
        writer.Write(section + ".patches", _patchPositions);
        writer.Write(section + ".patched", _patchValues);
    }

    /// <summary>Reads a column that <see cref="Save"/> wrote, which must hold <paramref name="length"/> entries.</summary>
    public static PackedInts Load(ISnapshotReader reader, string section, int length)
    {
        var shape = reader.ReadInts(section + ".shape");
        var entries = reader.ReadBytes(section + ".entries");
        var positions = reader.ReadInts(section + ".patches");
        var patched = reader.ReadInts(section + ".patched");
        if (shape.Length != 3 || shape[0] != length || shape[1] is not (0 or 1 or 2 or 4))
        {
            throw reader.Inconsistent(section + ".shape", $"a column of {length} entries of 0, 1, 2 or 4 bytes is expected.");
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
        var markers = 0;
        for (var p = 0; p < Length; p++)
        {
            markers += (Width == 1 && _bytes![p] == byte.MaxValue) || (Width == 2 && _shorts![p] == ushort.MaxValue) ? 1 : 0;
        }

        if (markers != _patchPositions.Length)
        {
            throw reader.Inconsistent(section + ".patches", $"{_patchPositions.Length} patches for {markers} patched entries.");
        }

        for (var i = 0; i < _patchPositions.Length; i++)
        {
            var p = _patchPositions[i];
            if ((uint)p >= (uint)Length || (i > 0 && p <= _patchPositions[i - 1])
                || (Width == 1 ? _bytes![p] != byte.MaxValue : _shorts![p] != ushort.MaxValue))
            {
                throw reader.Inconsistent(section + ".patches", $"the patch at position {p} is out of order, outside the column, or not on a patched entry.");
            }
        }
    }

    private int Patch(int position) => _patchValues[Array.BinarySearch(_patchPositions, position)];

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
