namespace Diplomacy.Serialization.Snapshots;

/// <summary>
/// The snapshot file format, version 4 (versions 2 and 3 are read as well: version 3 had no columns of three-byte
/// entries; version 2 had no text ids either, every columnar event's id being a prefix and a number; version 1 held
/// every column as 32-bit numbers and is refused, not read). All numbers little-endian.
/// <code>
/// header   "DIPLSNAP" (8 bytes), format version (int32)
/// section  name length (uint8), name (ASCII), kind (uint8), payload length (int64), payload,
///          checksum (uint64: XXH3 of the previous checksum, or of the header for the first section, then of
///          everything in this section before the checksum), so the checksums chain through the whole file
/// ...      the sections the storage writes, in its order (see ChronicleStorage.Save)
/// end      a section named "end" of kind End and no payload; nothing may follow it
/// </code>
/// Payloads: arrays of int32 or int64 exactly as in memory, or a UTF-8 JSON array of model objects in the chronicle
/// format's contracts (actors, typed events, citations, dates, codings, places, strings).
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>The version this library writes and the newest it reads.</summary>
    public const int Version = 4;

    /// <summary>The oldest version this library reads.</summary>
    public const int OldestRead = 2;

    /// <summary>The first eight bytes of every snapshot.</summary>
    public static ReadOnlySpan<byte> Magic => "DIPLSNAP"u8;

    /// <summary>The name of the last section.</summary>
    public const string EndSection = "end";

    /// <summary>What a section's payload holds.</summary>
    public enum Kind : byte
    {
        /// <summary>Nothing (the end section).</summary>
        End = 0,

        /// <summary>Little-endian int32 values.</summary>
        Int32 = 1,

        /// <summary>Little-endian int64 values.</summary>
        Int64 = 2,

        /// <summary>A UTF-8 JSON array of model objects.</summary>
        Models = 3,

        /// <summary>Bytes (a packed column's entries, little-endian when wider than one byte).</summary>
        Bytes = 4,
    }
}
