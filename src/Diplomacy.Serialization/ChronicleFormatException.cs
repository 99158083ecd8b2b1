using System.Globalization;

namespace Diplomacy.Serialization;

/// <summary>
/// Thrown when a chronicle document or a JSON Lines event log cannot be read: malformed JSON, a value of the wrong
/// type, an unknown <c>type</c> or property, a missing field, an invalid date, id or code, a newer format version,
/// or a chronicle that fails validation. The message says what is wrong and where: the JSON path, the line and the
/// byte position in that line. Nothing is built when it is thrown.
/// </summary>
public sealed class ChronicleFormatException : Exception
{
    /// <summary>Creates the exception for a problem at a location.</summary>
    /// <param name="problem">What is wrong, as a sentence.</param>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.events[12].when</c>.</param>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset within the line.</param>
    /// <param name="filePath">The file read, if any.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ChronicleFormatException(string problem, string? path, long? lineNumber, long? bytePositionInLine, string? filePath = null, Exception? innerException = null)
        : base(Describe(problem, path, lineNumber, bytePositionInLine, filePath), innerException)
    {
        Problem = problem;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        FilePath = filePath;
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes a location.</summary>
    public ChronicleFormatException()
        : this("The chronicle could not be read.", null, null, null)
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes a location.</summary>
    public ChronicleFormatException(string message)
        : this(message, null, null, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception; prefer the constructor that takes a location.</summary>
    public ChronicleFormatException(string message, Exception innerException)
        : this(message, null, null, null, null, innerException)
    {
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The JSON path of the offending value (e.g. <c>$.events[12].participants[1]</c>), if known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of the offending value, as editors count lines, if known.</summary>
    public long? LineNumber { get; }

    /// <summary>
    /// The 0-based byte offset of the offending value within its line, as System.Text.Json counts (for ASCII text,
    /// the column minus one), if known.
    /// </summary>
    public long? BytePositionInLine { get; }

    /// <summary>The file that was read, when the input was a file.</summary>
    public string? FilePath { get; }

    private static string Describe(string problem, string? path, long? line, long? position, string? file)
    {
        var where = new List<string>(4);
        if (file is not null)
        {
            where.Add($"'{file}'");
        }

        if (path is not null)
        {
            where.Add(path);
        }

        if (line is not null)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (position is not null)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"byte {position}"));
        }

        return where.Count == 0 ? problem : $"At {string.Join(", ", where)}: {problem}";
    }
}
