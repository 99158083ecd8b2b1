namespace Diplomacy;

/// <summary>
/// Reads the sections an <see cref="ISnapshotWriter"/> wrote, in the same order. A reader checks each section (its
/// name, its integrity) and throws when it is not what is asked for; what it returns was validated when it was saved.
/// </summary>
internal interface ISnapshotReader
{
    /// <summary>The format version of the snapshot being read (a reader reads the versions before its own that it still supports).</summary>
    int Version { get; }

    /// <summary>Reads a section of 32-bit numbers.</summary>
    int[] ReadInts(string section);

    /// <summary>Reads a section of bytes.</summary>
    byte[] ReadBytes(string section);

    /// <summary>Reads a section of 64-bit numbers.</summary>
    long[] ReadLongs(string section);

    /// <summary>Reads a section of model objects.</summary>
    T[] ReadModels<T>(string section);

    /// <summary>
    /// Reads a section of model objects, each created on first use (the section's integrity is checked now; an
    /// object is created once, and is safe to ask for from any thread).
    /// </summary>
    IReadOnlyList<T> ReadModelsOnDemand<T>(string section)
        where T : class;

    /// <summary>
    /// Reports a section whose contents do not fit together (a count or an index out of range); never returns.
    /// </summary>
    Exception Inconsistent(string section, string why);
}
