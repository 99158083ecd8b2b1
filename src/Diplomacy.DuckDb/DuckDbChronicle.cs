using System.Globalization;
using Diplomacy.Parquet.Tables;
using DuckDB.NET.Data;
using NodaTime;

namespace Diplomacy.DuckDb;

/// <summary>
/// A chronicle's Parquet table set (written by Diplomacy.Parquet) queried in place by an in-process DuckDB: the core
/// questions as the SQL of <see cref="SqlQuestions"/>, answered with the same typed results and evidence as the
/// in-memory <see cref="Chronicle"/>, for data sets larger than memory.
/// </summary>
/// <remarks>
/// <para>Each question runs its SQL over the tables; the events it selects are then read from the tables and put
/// together as records. Answers that replay steps (a sanctions stance, offices held) or wrap them in a result record
/// (trade-offs) are derived from those events by the library's own queries, so the rule is written once; the SQL
/// decides which events. Memory is DuckDB's <see cref="DuckDbOptions.MemoryLimit"/> plus the answers.</para>
/// <para>Views (<see cref="AsOf"/>, <see cref="AsKnownAt(LocalDate, KnownBy)"/>) share the database of the chronicle they come from;
/// dispose that one when done. Not thread-safe: one question at a time per chronicle and its views.</para>
/// </remarks>
public sealed class DuckDbChronicle : IDisposable
{
    private static readonly string[] TableNames =
    [
        Tables.Events, Tables.EventActors, Tables.EventLinks, Tables.Citations, Tables.ArmsTransfers, Tables.ArmsItems, Tables.Meetings,
        Tables.PublicReactions, Tables.SanctionsActions, Tables.RelationshipChanges, Tables.OfficeChanges, Tables.MembershipChanges,
        Tables.Disclosures, Tables.Commitments, Tables.CodedEvents,
    ];

    private readonly DuckDBConnection _connection;
    private readonly bool _owner;

    /// <summary>How many events of an answer are made into records at a time (see <see cref="DuckDbOptions.AssemblyBatch"/>).</summary>
    private readonly int _assemblyBatch;

    /// <summary>The tables copied into DuckDB for the answer being assembled.</summary>
    private readonly HashSet<string> _staged = new(StringComparer.Ordinal);

    private DuckDbChronicle(DuckDBConnection connection, bool owner, int assemblyBatch, LocalDate? asOf, LocalDate? knownAt, LocalDate? releasedBy = null)
    {
        _connection = connection;
        _owner = owner;
        _assemblyBatch = assemblyBatch;
        AsOfDate = asOf;
        KnownAtDate = knownAt;
        ReleasedByDate = releasedBy;
    }

    /// <summary>The cut-off of an <see cref="AsOf"/> view; null when this is not one.</summary>
    public LocalDate? AsOfDate { get; }

    /// <summary>The cut-off of an <see cref="AsKnownAt(LocalDate)"/> view (by publication); null when this is not one.</summary>
    public LocalDate? KnownAtDate { get; }

    /// <summary>The cut-off of an <see cref="AsKnownAt(LocalDate, KnownBy)"/> view by <see cref="KnownBy.Release"/>; null when this is not one.</summary>
    public LocalDate? ReleasedByDate { get; }

    /// <summary>Opens the table set in <paramref name="directory"/>: an in-memory DuckDB database with one view per table over its files.</summary>
    /// <param name="directory">The root folder of the table set.</param>
    /// <param name="options">Memory limit and threads; null for <see cref="DuckDbOptions.Default"/>.</param>
    /// <returns>The chronicle; dispose it to close the database.</returns>
    /// <exception cref="DirectoryNotFoundException">A table's folder is missing.</exception>
    public static DuckDbChronicle Open(string directory, DuckDbOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= DuckDbOptions.Default;
        var root = Path.GetFullPath(directory);
        foreach (var table in TableNames.Append(Tables.Actors))
        {
            if (!Directory.Exists(Path.Combine(root, table)))
            {
                throw new DirectoryNotFoundException($"'{directory}' has no '{table}' folder: it is not a Diplomacy Parquet table set (write one with ChronicleParquet.WriteAsync).");
            }
        }

        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        try
        {
            var setup = new List<string>
            {
                $"SET memory_limit = '{options.MemoryLimit}'",
                "SET preserve_insertion_order = false",
            };
            if (options.Threads > 0)
            {
                setup.Add(string.Create(CultureInfo.InvariantCulture, $"SET threads = {options.Threads}"));
            }

            foreach (var table in TableNames)
            {
                setup.Add($"CREATE VIEW {table} AS SELECT * FROM read_parquet('{Quote(Path.Combine(root, table))}/*/*.parquet', hive_partitioning = true, union_by_name = true)");
            }

            setup.Add($"CREATE VIEW {Tables.Actors} AS SELECT * FROM read_parquet('{Quote(Path.Combine(root, Tables.Actors))}/*.parquet')");
            setup.Add("CREATE TEMP TABLE wanted (event_id VARCHAR, batch INTEGER)");
            foreach (var statement in setup)
            {
                using var command = connection.CreateCommand();
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }

            AddLaterColumns(connection, root);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new DuckDbChronicle(connection, owner: true, options.AssemblyBatch, null, null);
    }

    /// <summary>A view of what had certainly occurred by <paramref name="date"/>, as <see cref="Chronicle.AsOf"/>.</summary>
    /// <param name="date">The cut-off; on a view, the earlier cut-off wins.</param>
    /// <returns>The view, sharing this chronicle's database.</returns>
    public DuckDbChronicle AsOf(LocalDate date) =>
        new(_connection, owner: false, _assemblyBatch, Earlier(AsOfDate, date), KnownAtDate, ReleasedByDate);

    /// <summary>A view of what was publicly known at <paramref name="date"/>, as <see cref="Chronicle.AsKnownAt(NodaTime.LocalDate)"/>.</summary>
    /// <param name="date">The cut-off; on a view, the earlier cut-off wins.</param>
    /// <returns>The view, sharing this chronicle's database.</returns>
    public DuckDbChronicle AsKnownAt(LocalDate date) => AsKnownAt(date, KnownBy.Publication);

    /// <summary>
    /// A view of what was known at <paramref name="date"/> by publication or by data set release, as
    /// <see cref="Chronicle.AsKnownAt(LocalDate, KnownBy)"/>: by release, the events whose <c>first_released</c> (else,
    /// when no citation names a release, <c>first_known</c>) is on or before it.
    /// </summary>
    /// <param name="date">The cut-off; on a view, the earlier cut-off of the same kind wins.</param>
    /// <param name="by">Which question: publication or release.</param>
    /// <returns>The view, sharing this chronicle's database.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named <see cref="KnownBy"/>.</exception>
    public DuckDbChronicle AsKnownAt(LocalDate date, KnownBy by) => by switch
    {
        KnownBy.Publication => new(_connection, owner: false, _assemblyBatch, AsOfDate, Earlier(KnownAtDate, date), ReleasedByDate),
        KnownBy.Release => new(_connection, owner: false, _assemblyBatch, AsOfDate, KnownAtDate, Earlier(ReleasedByDate, date)),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a named KnownBy."),
    };

    /// <summary>The events involving <paramref name="actor"/> in any role, as <see cref="Chronicle.EventsInvolving"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="period">Only events whose possible days overlap it; null for any time.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<DiplomaticEvent> EventsInvolving(ActorId actor, DateInterval? period = null) =>
        Events("events_involving", [("actor", actor.Value), .. Period(period)]);

    /// <summary>The events involving both actors, as <see cref="Chronicle.EventsBetween"/>.</summary>
    /// <param name="first">One actor.</param>
    /// <param name="second">The other.</param>
    /// <param name="period">Only events whose possible days overlap it; null for any time.</param>
    /// <returns>The events, in timeline order.</returns>
    public IReadOnlyList<DiplomaticEvent> EventsBetween(ActorId first, ActorId second, DateInterval? period = null) =>
        Events("events_between", [("first", first.Value), ("second", second.Value), .. Period(period)]);

    /// <summary>The events that meet <paramref name="filter"/>, as <see cref="ChronicleQueries.Timeline"/>.</summary>
    /// <param name="filter">Which events to keep; null keeps every event.</param>
    /// <returns>The events, in timeline order.</returns>
    /// <exception cref="ArgumentException">The filter's actor or counterpart is <c>default(ActorId)</c>.</exception>
    /// <exception cref="NotSupportedException">
    /// The filter sets <see cref="TimelineFilter.IncludeAffiliated"/> or <see cref="TimelineFilter.ActsBetween"/>: who
    /// counts for a side, and who acts toward whom, are not read by the shipped SQL. Ask an in-memory chronicle of the
    /// subset (read with <c>ChronicleParquet.ReadAsync</c>) instead.
    /// </exception>
    public IReadOnlyList<DiplomaticEvent> Timeline(TimelineFilter? filter = null)
    {
        filter ??= new TimelineFilter();
        if (filter.Actor is { IsDefault: true } || filter.Counterpart is { IsDefault: true })
        {
            throw new ArgumentException("The filter's actor or counterpart is default(ActorId), which identifies nothing; leave it null to match any actor.", nameof(filter));
        }

        if (filter.IncludeAffiliated || filter.ActsBetween)
        {
            throw new NotSupportedException("IncludeAffiliated and ActsBetween are not read by the shipped SQL, which matches actors as recorded; ask an in-memory chronicle of the subset (ChronicleParquet.ReadAsync) for them.");
        }

        return Events(
            "timeline",
            [
                ("actor", filter.Actor?.Value),
                ("counterpart", filter.Counterpart?.Value),
                ("kinds", filter.Kinds.Count == 0 ? null : "," + string.Join(",", filter.Kinds) + ","),
                ("quad_class", filter.QuadClass is { } q ? (int)q : null),
                .. Period(filter.Period),
            ]);
    }

    /// <summary>The sanctions stance of <paramref name="imposer"/> toward <paramref name="target"/> on a day, as <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate)"/>.</summary>
    /// <param name="imposer">Who takes the stance.</param>
    /// <param name="target">Toward whom.</param>
    /// <param name="at">The day.</param>
    /// <returns>The stance, with the steps as evidence.</returns>
    public SanctionsStance SanctionsStance(ActorId imposer, ActorId target, LocalDate at)
    {
        CheckActor(imposer, nameof(imposer));
        CheckActor(target, nameof(target));
        var steps = Events("sanctions_stance", [("imposer", imposer.Value), ("target", target.Value), ("at", RowSet.Day(at))]);
        return Derive(steps).SanctionsStance(imposer, target, at);
    }

    /// <summary>The relationship changes <paramref name="actor"/> made in exchange for something, as <see cref="ChronicleQueries.TradeOffs"/>.</summary>
    /// <param name="actor">Who made them.</param>
    /// <param name="kind">Only trades for this kind of gain; null for all.</param>
    /// <returns>The trade-offs in timeline order, each with its relationship change as evidence.</returns>
    public IReadOnlyList<TradeOff> TradeOffs(ActorId actor, ConsiderationKind? kind = null)
    {
        CheckActor(actor, nameof(actor));
        var changes = Events("trade_offs", [("actor", actor.Value), ("gained_kind", kind?.ToString())]);
        return Derive(changes).TradeOffs(actor, kind);
    }

    /// <summary>The offices <paramref name="person"/> held on <paramref name="at"/>, as <see cref="ChronicleQueries.RoleOf"/>.</summary>
    /// <param name="person">Whose offices.</param>
    /// <param name="at">The day.</param>
    /// <returns>The offices, ordered by start, each with its start and end changes as evidence.</returns>
    public IReadOnlyList<OfficeHeld> RoleOf(ActorId person, LocalDate at)
    {
        CheckActor(person, nameof(person));
        var changes = Events("office_changes", [("person", person.Value)]);
        return Derive(changes).RoleOf(person, at);
    }

    /// <summary>How many events the table set holds in this view.</summary>
    /// <returns>The count.</returns>
    public long CountEvents()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM events AS e
            WHERE (CAST($as_of AS DATE) IS NULL OR (e.latest <= CAST($as_of AS DATE) AND NOT e.open_end))
              AND (CAST($known_at AS DATE) IS NULL OR e.first_known <= CAST($known_at AS DATE))
              AND (CAST($released_by AS DATE) IS NULL OR coalesce(e.first_released, e.first_known) <= CAST($released_by AS DATE))
            """;
        AddView(command);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Closes the database (only for the chronicle <see cref="Open"/> returned; views do nothing).</summary>
    public void Dispose()
    {
        if (_owner)
        {
            _connection.Dispose();
        }
    }

    private IReadOnlyList<DiplomaticEvent> Events(string question, IEnumerable<(string Name, object? Value)> parameters)
    {
        var ids = new List<string>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = SqlQuestions.Get(question);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
            }

            AddView(command);
            using var reader = command.ExecuteReader();
            var column = reader.GetOrdinal("event_id");
            while (reader.Read())
            {
                ids.Add(reader.GetString(column));
            }
        }

        if (ids.Count == 0)
        {
            return [];
        }

        Execute("DELETE FROM wanted");
        using (var appender = _connection.CreateAppender("wanted"))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                appender.CreateRow().AppendValue(ids[i]).AppendValue(i / _assemblyBatch).EndRow();
            }
        }

        // A large answer is assembled a batch at a time: its rows are first copied into DuckDB (which keeps them
        // within its memory limit, spilling if need be), then read back and made into records batch by batch, so
        // the .NET side never holds more than one batch's rows beside the records already made.
        var batches = (ids.Count + _assemblyBatch - 1) / _assemblyBatch;
        var staged = batches > 1;
        var byId = new Dictionary<string, DiplomaticEvent>(ids.Count, StringComparer.Ordinal);
        var shared = new SharedValues();
        try
        {
            if (staged)
            {
                Stage(Tables.Events);
            }

            for (var batch = 0; batch < batches; batch++)
            {
                foreach (var e in new EventAssembler(ReadRows(batch, staged), shared).Assemble())
                {
                    byId.Add(e.Id.Value, e);
                }
            }
        }
        finally
        {
            foreach (var table in _staged)
            {
                Execute($"DROP TABLE IF EXISTS staged_{table}");
            }

            _staged.Clear();
        }

        return [.. ids.Select(id => Shown(byId[id]))];
    }

    /// <summary>An event as this view shows it: with only the citations known by its cut-offs, as <see cref="Chronicle.AsKnownAt(LocalDate, KnownBy)"/> shows it.</summary>
    private DiplomaticEvent Shown(DiplomaticEvent e)
    {
        if (KnownAtDate is { } known)
        {
            e = e.AsKnownAt(known) ?? e;
        }

        if (ReleasedByDate is { } released)
        {
            e = e.AsKnownAt(released, KnownBy.Release) ?? e;
        }

        return e;
    }

    /// <summary>The rows of one batch of the wanted events, from every table their kinds need.</summary>
    private RowSet ReadRows(int batch, bool staged)
    {
        List<TRow> Rows<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties | System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TRow>(string table)
            where TRow : new()
        {
            if (staged)
            {
                Stage(table);
            }

            using var command = _connection.CreateCommand();
            command.CommandText = staged
                ? string.Create(CultureInfo.InvariantCulture, $"SELECT * FROM staged_{table} WHERE wanted_batch = {batch}")
                : $"SELECT * FROM {table} WHERE event_id IN (SELECT event_id FROM wanted)";
            using var reader = command.ExecuteReader();
            return RowReader.Read<TRow>(reader);
        }

        // The event rows first: their kinds say which kind tables to read.
        var rows = new RowSet();
        rows.Events.AddRange(Rows<EventRow>(Tables.Events));
        var kinds = rows.Events.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
        bool Has(EventKind kind) => kinds.Contains(kind.ToString());
        rows.EventActors.AddRange(Rows<EventActorRow>(Tables.EventActors));
        rows.Citations.AddRange(Rows<CitationRow>(Tables.Citations));
        if (Has(EventKind.ArmsTransfer) || Has(EventKind.PublicReaction) || Has(EventKind.Disclosure))
        {
            rows.EventLinks.AddRange(Rows<EventLinkRow>(Tables.EventLinks));
        }

        if (Has(EventKind.ArmsTransfer))
        {
            rows.ArmsTransfers.AddRange(Rows<ArmsTransferRow>(Tables.ArmsTransfers));
            rows.ArmsItems.AddRange(Rows<ArmsItemRow>(Tables.ArmsItems));
        }

        if (Has(EventKind.Meeting))
        {
            rows.Meetings.AddRange(Rows<MeetingRow>(Tables.Meetings));
        }

        if (Has(EventKind.PublicReaction))
        {
            rows.PublicReactions.AddRange(Rows<PublicReactionRow>(Tables.PublicReactions));
        }

        if (Has(EventKind.SanctionsAction))
        {
            rows.SanctionsActions.AddRange(Rows<SanctionsActionRow>(Tables.SanctionsActions));
        }

        if (Has(EventKind.RelationshipChange))
        {
            rows.RelationshipChanges.AddRange(Rows<RelationshipChangeRow>(Tables.RelationshipChanges));
        }

        if (Has(EventKind.OfficeChange))
        {
            rows.OfficeChanges.AddRange(Rows<OfficeChangeRow>(Tables.OfficeChanges));
        }

        if (Has(EventKind.MembershipChange))
        {
            rows.MembershipChanges.AddRange(Rows<MembershipChangeRow>(Tables.MembershipChanges));
        }

        if (Has(EventKind.Disclosure))
        {
            rows.Disclosures.AddRange(Rows<DisclosureRow>(Tables.Disclosures));
        }

        if (Has(EventKind.Commitment))
        {
            rows.Commitments.AddRange(Rows<CommitmentRow>(Tables.Commitments));
        }

        if (Has(EventKind.CodedEvent))
        {
            rows.CodedEvents.AddRange(Rows<CodedEventRow>(Tables.CodedEvents));
        }

        return rows;
    }

    /// <summary>Copies a table's rows of every wanted event into DuckDB, tagged with their batch (once per answer).</summary>
    private void Stage(string table)
    {
        if (_staged.Add(table))
        {
            Execute($"CREATE OR REPLACE TEMP TABLE staged_{table} AS SELECT t.*, w.batch AS wanted_batch FROM {table} AS t JOIN wanted AS w ON t.event_id = w.event_id");
        }
    }

    /// <summary>
    /// A chronicle of just these events and the actors they name, for the library's own rule to derive an answer from,
    /// seen with this view's cut-offs, so that an answer about a day past them is at most possible, as in memory.
    /// </summary>
    private Chronicle Derive(IReadOnlyList<DiplomaticEvent> events)
    {
        var derived = events.Count == 0 ? Chronicle.Empty : Build(events);
        derived = AsOfDate is { } asOf ? derived.AsOf(asOf) : derived;
        derived = KnownAtDate is { } known ? derived.AsKnownAt(known) : derived;
        return ReleasedByDate is { } released ? derived.AsKnownAt(released, KnownBy.Release) : derived;
    }

    private Chronicle Build(IReadOnlyList<DiplomaticEvent> events)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            WITH named AS (
                SELECT actor AS id FROM event_actors WHERE event_id IN (SELECT event_id FROM wanted)
                UNION SELECT source FROM citations WHERE event_id IN (SELECT event_id FROM wanted)
            ),
            closure AS (
                SELECT id FROM named
                UNION SELECT nationality FROM actors WHERE actor_id IN (SELECT id FROM named)
                UNION SELECT home_state FROM actors WHERE actor_id IN (SELECT id FROM named)
            )
            SELECT * FROM actors WHERE actor_id IN (SELECT id FROM closure)
            """;
        using var reader = command.ExecuteReader();
        var actors = RowReader.Read<ActorRow>(reader).OrderBy(a => a.Position).Select(ActorRows.ToActor);
        return new ChronicleBuilder().AddActors(actors).AddEvents(events).Build();
    }

    private void AddView(DuckDBCommand command)
    {
        command.Parameters.Add(new DuckDBParameter("as_of", AsOfDate is { } a ? RowSet.Day(a) : DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("known_at", KnownAtDate is { } k ? RowSet.Day(k) : DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("released_by", ReleasedByDate is { } r ? RowSet.Day(r) : DBNull.Value));
    }

    private static LocalDate Earlier(LocalDate? current, LocalDate date) => current is { } c && c < date ? c : date;

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static IEnumerable<(string, object?)> Period(DateInterval? period) =>
        [("period_start", period is null ? null : RowSet.Day(period.Start)), ("period_end", period is null ? null : RowSet.Day(period.End))];

    private static void CheckActor(ActorId actor, string parameterName)
    {
        if (actor.IsDefault)
        {
            throw new ArgumentException("The actor is default(ActorId), which identifies nothing.", parameterName);
        }
    }

    /// <summary>
    /// Columns added to the table set after its first version, with their types: a table set written before them (by an
    /// older Diplomacy.Parquet) is read as if they were there and empty, so the same SQL answers over it.
    /// </summary>
    private static readonly (string Table, string Column, string Type)[] LaterColumns =
    [
        (Tables.Events, "first_released", "DATE"),
        (Tables.Citations, "release_data_set", "VARCHAR"),
        (Tables.Citations, "release_name", "VARCHAR"),
        (Tables.Citations, "release_published", "DATE"),
        (Tables.Meetings, "place_geonames_id", "BIGINT"),
        (Tables.CodedEvents, "location_geonames_id", "BIGINT"),
    ];

    private static void AddLaterColumns(DuckDBConnection connection, string root)
    {
        foreach (var group in LaterColumns.GroupBy(c => c.Table))
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            using (var describe = connection.CreateCommand())
            {
                describe.CommandText = $"SELECT column_name FROM (DESCRIBE {group.Key})";
                using var reader = describe.ExecuteReader();
                while (reader.Read())
                {
                    present.Add(reader.GetString(0));
                }
            }

            var missing = group.Where(c => !present.Contains(c.Column)).Select(c => $"CAST(NULL AS {c.Type}) AS {c.Column}").ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE OR REPLACE VIEW {group.Key} AS SELECT *, {string.Join(", ", missing)} FROM read_parquet('{Quote(Path.Combine(root, group.Key))}/*/*.parquet', hive_partitioning = true, union_by_name = true)";
            command.ExecuteNonQuery();
        }
    }

    private static string Quote(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
