namespace Diplomacy.Serialization;

/// <summary>Why a snapshot could not be read (see <see cref="ChronicleSnapshotException"/>).</summary>
public enum ChronicleSnapshotProblem
{
    /// <summary>The data does not start like a chronicle snapshot.</summary>
    NotASnapshot,

    /// <summary>The snapshot was written in a newer format version than this library reads.</summary>
    NewerVersion,

    /// <summary>The data ends before the snapshot does.</summary>
    Truncated,

    /// <summary>A section's contents do not match its checksum: the file is damaged.</summary>
    ChecksumMismatch,

    /// <summary>A section is not the one expected there, is malformed, or disagrees with the others.</summary>
    Malformed,

    /// <summary>
    /// The snapshot was written in an older format version that this library no longer reads: rebuild the chronicle
    /// from its sources (or JSON) and save it again.
    /// </summary>
    OlderVersion,
}
