using Diplomacy.Parquet.Tables;

namespace Diplomacy.Parquet;

/// <summary>
/// A chronicle as a set of Parquet tables (docs/parquet.md) and back: events, the actors of each event with their
/// roles, links between events, citations, actors, and one table per event kind for its own fields; event tables
/// partitioned by year, Hive style. DuckDB, Spark, BigQuery, pandas and R read the files as they are.
/// </summary>
/// <remarks>
/// The round trip is lossless: <c>ReadAsync(dir)</c> after <c>WriteAsync(chronicle, dir)</c> gives a chronicle
/// with equal actors (in the same order) and equal events. For more events than fit in memory, write with
/// <see cref="ChronicleParquetWriter"/> and query with the Diplomacy.DuckDb package.
/// </remarks>
public static class ChronicleParquet
{
    /// <summary>Writes every actor and every visible event of <paramref name="chronicle"/> to a new table set.</summary>
    /// <param name="chronicle">The chronicle (or a view of it).</param>
    /// <param name="directory">The root folder; must be empty or not exist yet.</param>
    /// <param name="options">How much to buffer; null for the default.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="IOException">The directory exists and is not empty.</exception>
    public static async Task WriteAsync(Chronicle chronicle, string directory, ParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        var writer = ChronicleParquetWriter.Create(directory, options);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteActorsAsync(chronicle.Actors, cancellationToken).ConfigureAwait(false);
            await writer.AddAsync(chronicle.Events, cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a table set back into a chronicle, validating it.</summary>
    /// <param name="directory">The root folder written by <see cref="WriteAsync"/> or <see cref="ChronicleParquetWriter"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The chronicle.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory or its <c>actors</c> or <c>events</c> table is missing.</exception>
    /// <exception cref="ParquetFormatException">A file is not a readable Parquet file of its table (the message names the file), or a
    /// value cannot be read back (the message names table, column and row).</exception>
    /// <exception cref="NotSupportedException">The process does not allow code generated at run time, which Parquet.Net's
    /// reader needs (a NativeAOT build, or a file-based app, which defaults to <c>PublishAot</c>: add
    /// <c>#:property PublishAot=false</c>).</exception>
    /// <exception cref="ChronicleValidationException">The rows read do not form a valid chronicle.</exception>
    public static async Task<Chronicle> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        foreach (var required in new[] { Tables.Tables.Actors, Tables.Tables.Events })
        {
            if (!Directory.Exists(Path.Combine(directory, required)))
            {
                throw new DirectoryNotFoundException($"'{directory}' has no '{required}' folder: it is not a Diplomacy Parquet table set.");
            }
        }

        var actors = new List<ActorRow>();
        var rows = new RowSet();
        foreach (var table in TableReader.Names)
        {
            var folder = Path.Combine(directory, table);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var stream = File.OpenRead(file);
                await using (stream.ConfigureAwait(false))
                {
                    await TableReader.ReadAsync(table, stream, Path.GetRelativePath(directory, file), actors, rows, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return Assemble(actors, rows);
    }

    /// <summary>Puts decoded rows together into a validated chronicle.</summary>
    /// <exception cref="ParquetFormatException">A value cannot be read back.</exception>
    /// <exception cref="ChronicleValidationException">The rows do not form a valid chronicle.</exception>
    internal static Chronicle Assemble(List<ActorRow> actors, RowSet rows) =>
        new ChronicleBuilder()
            .AddActors(actors.OrderBy(a => a.Position).Select(ActorRows.ToActor))
            .AddEvents(new EventAssembler(rows).Assemble())
            .Build();
}
