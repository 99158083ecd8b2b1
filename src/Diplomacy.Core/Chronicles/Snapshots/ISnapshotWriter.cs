namespace Diplomacy;

/// <summary>
/// Where the storage of a chronicle writes itself for a snapshot, section by section: arrays of numbers as they are
/// in memory, and model objects (actors, typed events, citations, dates, codings, places) in a form the writer
/// chooses. The storage decides what the sections are and their order; the writer decides the file format. A reader
/// (<see cref="ISnapshotReader"/>) asks for the same sections in the same order.
/// </summary>
internal interface ISnapshotWriter
{
    /// <summary>Writes a section of 32-bit numbers.</summary>
    void Write(string section, ReadOnlySpan<int> values);

    /// <summary>Writes a section of bytes.</summary>
    void Write(string section, ReadOnlySpan<byte> values);

    /// <summary>Writes a section of 64-bit numbers.</summary>
    void Write(string section, ReadOnlySpan<long> values);

    /// <summary>Writes a section of model objects (or strings, or dates).</summary>
    void WriteModels<T>(string section, IReadOnlyList<T> values);
}
