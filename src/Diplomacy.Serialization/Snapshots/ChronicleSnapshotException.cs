using System.Globalization;

namespace Diplomacy.Serialization;

/// <summary>
/// Thrown when a chronicle snapshot cannot be read: not a snapshot, a newer format version, truncated, damaged (a
/// checksum mismatch) or malformed. The message says why, in which section and at which byte offset. Nothing is
/// loaded when it is thrown: a snapshot either loads whole and as saved, or not at all.
/// </summary>
public sealed class ChronicleSnapshotException : Exception
{
    /// <summary>Creates the exception for a problem in a section at an offset.</summary>
    /// <param name="problem">What kind of problem it is.</param>
    /// <param name="detail">What is wrong, as a sentence.</param>
    /// <param name="section">The section being read, if any (e.g. <c>s0.ids</c>).</param>
    /// <param name="offset">The byte offset from the start of the snapshot where that section (or the header) starts.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ChronicleSnapshotException(ChronicleSnapshotProblem problem, string detail, string? section, long offset, Exception? innerException = null)
        : base(Describe(problem, detail, section, offset), innerException)
    {
        Problem = problem;
        Detail = detail;
        Section = section;
        Offset = offset;
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes a location.</summary>
    public ChronicleSnapshotException()
        : this(ChronicleSnapshotProblem.Malformed, "The snapshot could not be read.", null, 0)
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes a location.</summary>
    public ChronicleSnapshotException(string message)
        : this(ChronicleSnapshotProblem.Malformed, message, null, 0)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception; prefer the constructor that takes a location.</summary>
    public ChronicleSnapshotException(string message, Exception innerException)
        : this(ChronicleSnapshotProblem.Malformed, message, null, 0, innerException)
    {
    }

    /// <summary>What kind of problem it is.</summary>
    public ChronicleSnapshotProblem Problem { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Detail { get; }

    /// <summary>The section being read, or null for the header.</summary>
    public string? Section { get; }

    /// <summary>The byte offset from the start of the snapshot where the section (or the header) starts.</summary>
    public long Offset { get; }

    private static string Describe(ChronicleSnapshotProblem problem, string detail, string? section, long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"Chronicle snapshot: {problem} in {(section is null ? "the header" : $"section '{section}'")} at byte {offset}: {detail}");
}
