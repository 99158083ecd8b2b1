namespace Diplomacy;

/// <summary>
/// Checks on what a snapshot reader returns, so that storage read from a snapshot never indexes outside its arrays
/// even if a file was made by something else (checksums already catch damage).
/// </summary>
internal static class Snapshot
{
    /// <summary>Every value is an index into a table of <paramref name="count"/> entries.</summary>
    public static void CheckIndexes(ISnapshotReader reader, string section, ReadOnlySpan<int> values, int count)
    {
        foreach (var value in values)
        {
            if ((uint)value >= (uint)count)
            {
                throw reader.Inconsistent(section, $"the index {value} is outside a table of {count}.");
            }
        }
    }

    /// <summary>Every value is an index into a table of <paramref name="count"/> entries, or -1 for none.</summary>
    public static void CheckOptionalIndexes(ISnapshotReader reader, string section, ReadOnlySpan<int> values, int count)
    {
        foreach (var value in values)
        {
            if (value < -1 || value >= count)
            {
                throw reader.Inconsistent(section, $"the index {value} is outside a table of {count}.");
            }
        }
    }

    /// <summary>List starts: non-empty, from 0, never decreasing, ending at <paramref name="end"/>.</summary>
    public static void CheckAscending(ISnapshotReader reader, string section, ReadOnlySpan<int> starts, int end)
    {
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != end)
        {
            throw reader.Inconsistent(section, $"list starts must run from 0 to {end}.");
        }

        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                throw reader.Inconsistent(section, $"list start {i} goes backwards.");
            }
        }
    }

    /// <summary>An array has <paramref name="length"/> entries.</summary>
    public static T[] CheckLength<T>(ISnapshotReader reader, string section, T[] values, int length) =>
        values.Length == length ? values : throw reader.Inconsistent(section, $"{values.Length} entries where {length} are expected.");
}
