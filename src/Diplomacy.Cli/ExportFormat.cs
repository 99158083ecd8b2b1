using Diplomacy.Interop;

namespace Diplomacy.Cli;

/// <summary>
/// A format <c>diplomacy export</c> writes: its name on the command line, what it is for, and the writer. A new
/// format is one entry in <see cref="All"/>.
/// </summary>
/// <param name="Name">The name on the command line (<c>graphml</c>).</param>
/// <param name="Description">What the file holds and who reads it, for the help text.</param>
/// <param name="Write">Writes the chronicle to a stream and says what it wrote and skipped; null for a format that is a folder (<see cref="Folder"/>).</param>
internal sealed record ExportFormat(string Name, string Description, Func<Chronicle, Stream, CancellationToken, Task<ExportSummary>>? Write)
{
    /// <summary>The chronicle format written to the <c>-o</c> path instead of a stream (which it then needs), or null.</summary>
    public ChronicleFormat? Folder { get; init; }

    /// <summary>Every format.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("plover", "PLOVER 2.0 JSON Lines, one record per event", (chronicle, stream, token) => PloverWriter.WriteAsync(chronicle, stream, token)),
        new("dyad-years", "a directed dyad-year CSV (events by quad class, mean Goldstein), for R and pandas", (chronicle, stream, token) => DyadYears.WriteCsvAsync(chronicle, stream, null, token)),
        new("graphml", "GraphML: actors as nodes, who acted toward whom as weighted edges, for Gephi, yEd, Cytoscape and NetworkX", (chronicle, stream, token) => GraphMLWriter.WriteAsync(chronicle, stream, null, token)),
        new("parquet", "a folder of Parquet tables (every event and actor, lossless), for DuckDB, pandas, R and Spark; needs -o", null) { Folder = ChronicleFormat.Parquet },
    ];
}
