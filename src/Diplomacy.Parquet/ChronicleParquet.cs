using Diplomacy.Parquet.Tables;
using Parquet.Serialization;

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
    /// <exception cref="ParquetFormatException">A value cannot be read back (the message names table, column and row).</exception>
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

        var actors = await ReadTableAsync<ActorRow>(directory, Tables.Tables.Actors, cancellationToken).ConfigureAwait(false);
        var rows = new RowSet();
        rows.Events.AddRange(await ReadTableAsync<EventRow>(directory, Tables.Tables.Events, cancellationToken).ConfigureAwait(false));
        rows.EventActors.AddRange(await ReadTableAsync<EventActorRow>(directory, Tables.Tables.EventActors, cancellationToken).ConfigureAwait(false));
        rows.EventLinks.AddRange(await ReadTableAsync<EventLinkRow>(directory, Tables.Tables.EventLinks, cancellationToken).ConfigureAwait(false));
        rows.Citations.AddRange(await ReadTableAsync<CitationRow>(directory, Tables.Tables.Citations, cancellationToken).ConfigureAwait(false));
        rows.ArmsTransfers.AddRange(await ReadTableAsync<ArmsTransferRow>(directory, Tables.Tables.ArmsTransfers, cancellationToken).ConfigureAwait(false));
        rows.ArmsItems.AddRange(await ReadTableAsync<ArmsItemRow>(directory, Tables.Tables.ArmsItems, cancellationToken).ConfigureAwait(false));
        rows.Meetings.AddRange(await ReadTableAsync<MeetingRow>(directory, Tables.Tables.Meetings, cancellationToken).ConfigureAwait(false));
        rows.PublicReactions.AddRange(await ReadTableAsync<PublicReactionRow>(directory, Tables.Tables.PublicReactions, cancellationToken).ConfigureAwait(false));
        rows.SanctionsActions.AddRange(await ReadTableAsync<SanctionsActionRow>(directory, Tables.Tables.SanctionsActions, cancellationToken).ConfigureAwait(false));
        rows.RelationshipChanges.AddRange(await ReadTableAsync<RelationshipChangeRow>(directory, Tables.Tables.RelationshipChanges, cancellationToken).ConfigureAwait(false));
        rows.OfficeChanges.AddRange(await ReadTableAsync<OfficeChangeRow>(directory, Tables.Tables.OfficeChanges, cancellationToken).ConfigureAwait(false));
        rows.MembershipChanges.AddRange(await ReadTableAsync<MembershipChangeRow>(directory, Tables.Tables.MembershipChanges, cancellationToken).ConfigureAwait(false));
        rows.Disclosures.AddRange(await ReadTableAsync<DisclosureRow>(directory, Tables.Tables.Disclosures, cancellationToken).ConfigureAwait(false));
        rows.Commitments.AddRange(await ReadTableAsync<CommitmentRow>(directory, Tables.Tables.Commitments, cancellationToken).ConfigureAwait(false));
        rows.CodedEvents.AddRange(await ReadTableAsync<CodedEventRow>(directory, Tables.Tables.CodedEvents, cancellationToken).ConfigureAwait(false));

        return new ChronicleBuilder()
            .AddActors(actors.OrderBy(a => a.Position).Select(ActorRows.ToActor))
            .AddEvents(new EventAssembler(rows).Assemble())
            .Build();
    }

    private static async Task<List<TRow>> ReadTableAsync<TRow>(string root, string table, CancellationToken cancellationToken)
        where TRow : class, new()
    {
        var folder = Path.Combine(root, table);
        var rows = new List<TRow>();
        if (!Directory.Exists(folder))
        {
            return rows;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var result = await ParquetSerializer.DeserializeAsync<TRow>(file, cancellationToken: cancellationToken).ConfigureAwait(false);
            rows.AddRange(result.Data);
        }

        return rows;
    }
}
