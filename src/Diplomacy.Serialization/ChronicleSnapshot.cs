using Diplomacy.Serialization.Files;
using Diplomacy.Serialization.Snapshots;

namespace Diplomacy.Serialization;

/// <summary>
/// Saves a chronicle as a binary, versioned, columnar snapshot and opens one again at memory speed: the storage's
/// columns and indexes are written as they are in memory and read back without parsing, sorting or rebuilding, so
/// opening costs little more than reading the file (typed events, actors and the small interned tables are JSON in
/// the chronicle format's contracts). Every section carries a checksum: a damaged, truncated or newer-version snapshot
/// gives a <see cref="ChronicleSnapshotException"/>, never a wrong chronicle. Loaded storage is not validated again:
/// it was validated when it was built, and the checksums show it is what was saved.
/// </summary>
/// <remarks>
/// A snapshot is tied to this library's storage layout, not meant for exchange: use the JSON format
/// (<see cref="ChronicleJson"/>) for that. Saving a view (<see cref="Chronicle.AsOf"/> and the like) saves its visible
/// events as a chronicle. The format is described in <c>docs/format.md</c> ("Snapshots").
/// </remarks>
public static class ChronicleSnapshot
{
    /// <summary>The snapshot format version this library writes and the newest it reads.</summary>
    public static int FormatVersion => SnapshotFormat.Version;

    /// <summary>
    /// Saves a snapshot to a file atomically: a temporary file is written, flushed to disk and renamed over
    /// <paramref name="path"/>, so a failure leaves the previous file as it was.
    /// </summary>
    public static Task SaveAsync(Chronicle chronicle, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Task.Run(() => AtomicFile.Write(path, stream => Save(chronicle, stream)), cancellationToken);
    }

    /// <summary>Writes a snapshot to a stream (left open).</summary>
    public static Task SaveAsync(Chronicle chronicle, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(stream);
        return Task.Run(() => Save(chronicle, stream), cancellationToken);
    }

    /// <summary>Opens a snapshot file.</summary>
    /// <exception cref="ChronicleSnapshotException">The file is not a snapshot, is truncated or damaged, or is of a newer version.</exception>
    public static Task<Chronicle> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Task.Run(
            () =>
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                return Load(file);
            },
            cancellationToken);
    }

    /// <summary>Reads a snapshot from a stream (left open), which must end where the snapshot does.</summary>
    /// <exception cref="ChronicleSnapshotException">The data is not a snapshot, is truncated or damaged, or is of a newer version.</exception>
    public static Task<Chronicle> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Task.Run(() => Load(stream), cancellationToken);
    }

    /// <summary>Reads a snapshot from a stream on the calling thread (for the fuzz target and tests).</summary>
    internal static Chronicle Load(Stream stream)
    {
        var reader = new SnapshotReader(stream);
        var storage = ChronicleStorage.Load(reader);
        reader.End();
        return Chronicle.Over(storage);
    }

    private static void Save(Chronicle chronicle, Stream stream)
    {
        var storage = chronicle.IsView ? chronicle.ToBuilder().Build().Storage : chronicle.Storage;
        var writer = new SnapshotWriter(stream);
        storage.Save(writer);
        writer.End();
    }
}
