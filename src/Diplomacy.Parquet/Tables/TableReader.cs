using System.Runtime.CompilerServices;
using Parquet.Serialization;

namespace Diplomacy.Parquet.Tables;

/// <summary>
/// Decodes one file of a table into its rows. Whatever the decoder throws on a file that is not a Parquet file of
/// that table (bad magic, truncated pages, a wrong schema, corrupt metadata) becomes a
/// <see cref="ParquetFormatException"/> naming the table and the file, so that readers see one typed error.
/// </summary>
internal static class TableReader
{
    /// <summary>Every table, in the order a reader decodes them: actors first, then the event-keyed tables.</summary>
    public static IReadOnlyList<string> Names { get; } = [Tables.Actors, .. Tables.EventKeyed];

    /// <summary>Decodes <paramref name="stream"/> as a file of <paramref name="table"/>, adding its rows to the lists.</summary>
    /// <param name="table">The table (one of <see cref="Names"/>).</param>
    /// <param name="stream">The file's bytes; it must be seekable (Parquet's footer is at the end).</param>
    /// <param name="file">The file's name for messages, e.g. <c>events/year=2024/part-0.parquet</c>.</param>
    /// <param name="actors">Where actor rows go.</param>
    /// <param name="rows">Where event-keyed rows go.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ParquetFormatException">The bytes are not a readable Parquet file of the table.</exception>
    /// <exception cref="NotSupportedException">The process forbids the run-time code generation the decoder needs.</exception>
    public static Task ReadAsync(string table, Stream stream, string file, List<ActorRow> actors, RowSet rows, CancellationToken cancellationToken) =>
        TableLists.ApplyAsync(table, actors, rows, new Decode(stream, file, cancellationToken));

    private sealed class Decode(Stream stream, string file, CancellationToken cancellationToken) : ITableAction
    {
        public async Task RunAsync<TRow>(string table, List<TRow> rows)
            where TRow : class, new()
        {
            if (FooterCheck.Problem(stream) is { } problem)
            {
                throw new ParquetFormatException(table, file, "not a readable Parquet file: " + problem, null);
            }

            try
            {
                var result = await ParquetSerializer.DeserializeAsync<TRow>(new EndStrictStream(stream), cancellationToken: cancellationToken).ConfigureAwait(false);
                rows.AddRange(result.Data);
            }
            catch (NotSupportedException e) when (!RuntimeFeature.IsDynamicCodeSupported)
            {
                throw new NotSupportedException(
                    "Reading Parquet tables needs code generated at run time (Parquet.Net's reader compiles its row readers), which this " +
                    "process does not allow. A file-based app defaults to PublishAot=true: add '#:property PublishAot=false' to it; a " +
                    "NativeAOT build cannot read the tables (query them with the Diplomacy.DuckDb package instead).", e);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or ParquetFormatException))
            {
                throw new ParquetFormatException(table, file, $"not a readable Parquet file of this table ({e.GetType().Name}: {e.Message})", e);
            }
        }
    }
}
