using Diplomacy.Serialization;

namespace Diplomacy.Cli;

/// <summary>Reading the chronicle files the tool is given, with errors as one located line.</summary>
internal static class ChronicleFiles
{
    /// <summary>
    /// Loads a chronicle: a Parquet table set when the path is a folder or ends in <c>.parquet</c>, else a chronicle
    /// document (<c>.json</c>).
    /// </summary>
    /// <exception cref="CliException">The file is missing, unreadable, or not a valid chronicle; the message names where.</exception>
    public static Chronicle Load(string path)
    {
        var format = Directory.Exists(path) ? ChronicleFormat.Parquet : ChronicleFormat.ByExtension(path) ?? ChronicleFormat.All[0];
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new CliException(format.IsFolder ? $"{path}: no such folder" : $"{path}: no such file");
        }

        if (format.Load is null)
        {
            throw new CliException($"{path}: a JSON Lines file is an event log without its actors; give a chronicle document (.json) or a Parquet table set", ExitCodes.Usage);
        }

        try
        {
            return format.Load(path, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (ChronicleFormatException e)
        {
            throw new CliException(Locate(path, e), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Parquet.ParquetFormatException or ChronicleValidationException)
        {
            throw new CliException($"{path}: {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>
    /// A format error as <c>file:line:column: problem (at path)</c>, the form editors and compilers use; the column
    /// is the byte position plus one. A chronicle with several problems gives the first one here.
    /// </summary>
    public static string Locate(string file, ChronicleFormatException e) =>
        Locate(file, e.LineNumber, e.BytePositionInLine, e.Path, FirstLine(e.Problem));

    /// <summary>A problem as <c>file:line:column: problem (at path)</c>, leaving out what is not known.</summary>
    public static string Locate(string file, long? line, long? bytePosition, string? path, string problem)
    {
        var where = line is { } l ? $"{file}:{l}:{(bytePosition ?? 0) + 1}" : file;
        return path is null or "$" ? $"{where}: {problem}" : $"{where}: {problem} (at {path})";
    }

    /// <summary>The first line of a message.</summary>
    public static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');
}
