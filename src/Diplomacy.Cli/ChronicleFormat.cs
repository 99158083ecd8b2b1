using Diplomacy.Parquet;
using Diplomacy.Serialization;

namespace Diplomacy.Cli;

/// <summary>
/// A file format a chronicle is kept in: its name, the extensions that select it, how <c>diplomacy import -o</c> and
/// <c>export</c> write it, and how <c>--data</c> reads it (when it can be read back whole). A new format is one entry in
/// <see cref="All"/>.
/// </summary>
/// <param name="Name">The name given to <c>--format</c>.</param>
/// <param name="Extensions">The file extensions (with the dot) that select it when <c>--format</c> is not given.</param>
/// <param name="Description">What the file holds, for the help text.</param>
/// <param name="Save">Writes the chronicle to the path given; what was there is replaced only when the write succeeds.</param>
internal sealed record ChronicleFormat(string Name, IReadOnlyList<string> Extensions, string Description, Func<Chronicle, string, CancellationToken, Task> Save)
{
    /// <summary>Reads a chronicle from a path, or null when the format holds no whole chronicle (an event log).</summary>
    public Func<string, CancellationToken, Task<Chronicle>>? Load { get; init; }

    /// <summary>Whether the format is a folder of files (a Parquet table set) rather than one file.</summary>
    public bool IsFolder { get; init; }

    /// <summary>The Parquet table set: a folder (by convention named <c>*.parquet</c>) of tables DuckDB, pandas and R read.</summary>
    public static ChronicleFormat Parquet { get; } = new("parquet", [".parquet"], "a folder of Parquet tables (docs/parquet.md), for DuckDB, pandas, R and Spark", SaveParquetAsync)
    {
        Load = ChronicleParquet.ReadAsync,
        IsFolder = true,
    };

    /// <summary>Every format.</summary>
    public static IReadOnlyList<ChronicleFormat> All { get; } =
    [
        new("json", [".json"], "a chronicle document: actors and events", ToFile((chronicle, stream, token) => ChronicleJson.SaveAsync(chronicle, stream, token)))
        {
            Load = (path, _) => Task.FromResult(ChronicleJson.Load(path)),
        },
        new("jsonl", [".jsonl", ".ndjson"], "an event log, one event per line (events only, no actors)", ToFile((chronicle, stream, token) => EventJsonLines.WriteAsync(chronicle.Events, stream, token))),
        Parquet,
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

        return ByExtension(path)
            ?? throw new CliException($"{path}: cannot tell the output format from the extension '{Path.GetExtension(path)}'; use {string.Join(", ", All.SelectMany(f => f.Extensions))} or --format", ExitCodes.Usage);
    }

    /// <summary>The format a path's extension selects, or null.</summary>
    public static ChronicleFormat? ByExtension(string path)
    {
        var extension = Path.GetExtension(Path.TrimEndingDirectorySeparator(path));
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Checks, before any work, that the folder an output goes into exists.</summary>
    /// <exception cref="CliException">It does not.</exception>
    public static void CheckFolderOf(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(Path.TrimEndingDirectorySeparator(path)));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliException($"{path}: no folder '{folder}' to write it into; create it or give another path");
        }
    }

    /// <summary>A writer to one file: the stream writer writes a temporary file beside it, which then replaces it.</summary>
    private static Func<Chronicle, string, CancellationToken, Task> ToFile(Func<Chronicle, Stream, CancellationToken, Task> write) =>
        async (chronicle, path, token) =>
        {
            CheckFolderOf(path);
            var full = Path.GetFullPath(path);
            var temporary = full + ".partial";
            try
            {
                var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    await write(chronicle, file, token).ConfigureAwait(false);
                }

                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                throw new CliException($"{path}: cannot write: {ChronicleFiles.FirstLine(e.Message)}", e);
            }
        };

    /// <summary>
    /// Writes the table set into a temporary folder beside the target, then moves it into place; an existing target
    /// is replaced only when it is an empty folder or a table set (it has an <c>events</c> folder), never other files.
    /// </summary>
    private static async Task SaveParquetAsync(Chronicle chronicle, string path, CancellationToken token)
    {
        CheckFolderOf(path);
        var full = Path.GetFullPath(Path.TrimEndingDirectorySeparator(path));
        if (File.Exists(full))
        {
            throw new CliException($"{path}: is a file; a Parquet table set is a folder", ExitCodes.Usage);
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !Directory.Exists(Path.Combine(full, "events")))
        {
            throw new CliException($"{path}: the folder holds other files; give a new or empty folder, or a table set to replace", ExitCodes.Usage);
        }

        var temporary = full + ".partial";
        try
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            await ChronicleParquet.WriteAsync(chronicle, temporary, cancellationToken: token).ConfigureAwait(false);
            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }

            Directory.Move(temporary, full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            throw new CliException($"{path}: cannot write: {ChronicleFiles.FirstLine(e.Message)}", e);
        }
    }
}
