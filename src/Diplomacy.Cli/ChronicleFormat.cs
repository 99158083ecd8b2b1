using Diplomacy.Serialization;

namespace Diplomacy.Cli;

/// <summary>
/// A file format a chronicle is written in by <c>diplomacy import -o</c>: its name, the extensions that select it, and
/// the writer. A new format is one entry in <see cref="All"/>.
/// </summary>
/// <param name="Name">The name given to <c>--format</c>.</param>
/// <param name="Extensions">The file extensions (with the dot) that select it when <c>--format</c> is not given.</param>
/// <param name="Description">What the file holds, for the help text.</param>
/// <param name="Write">Writes the chronicle to a stream.</param>
internal sealed record ChronicleFormat(string Name, IReadOnlyList<string> Extensions, string Description, Func<Chronicle, Stream, CancellationToken, Task> Write)
{
    /// <summary>Every format.</summary>
    public static IReadOnlyList<ChronicleFormat> All { get; } =
    [
        new("json", [".json"], "a chronicle document: actors and events, readable by ask, validate and export", (chronicle, stream, token) => ChronicleJson.SaveAsync(chronicle, stream, token)),
        new("jsonl", [".jsonl", ".ndjson"], "an event log, one event per line (events only, no actors)", (chronicle, stream, token) => EventJsonLines.WriteAsync(chronicle.Events, stream, token)),
    ];

    /// <summary>The format named, or else the one the output path's extension selects.</summary>
    /// <exception cref="CliException">Neither names a known format.</exception>
    public static ChronicleFormat For(string? name, string path)
    {
        if (name is not null)
        {
            return All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliException($"--format takes one of {string.Join(", ", All.Select(f => f.Name))}, not '{name}'", ExitCodes.Usage);
        }

        var extension = Path.GetExtension(path);
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            ?? throw new CliException($"{path}: cannot tell the output format from the extension '{extension}'; use {string.Join(", ", All.SelectMany(f => f.Extensions))} or --format", ExitCodes.Usage);
    }
}
