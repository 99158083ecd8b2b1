using System.Diagnostics;
using System.Globalization;
using Diplomacy.Benchmarks.Data;
using Diplomacy.Serialization;
using Diplomacy.TestKit.Synthetic;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks;

/// <summary>
/// Build, append, snapshot save and load at one size, each next to DuckDB doing the same in the same run: appending
/// 1,000 coded events (a live feed's batch) to the built chronicle (DuckDB: its appender on the events table), saving a
/// snapshot and opening it again (DuckDB: checkpointing its own database file, then opening it and scanning the table).
/// </summary>
public static class ScaleReport
{
    private const int BatchSize = 1_000;
    private const int Batches = 20;

    /// <summary>Measures <paramref name="eventCount"/> events and prints the figures.</summary>
    public static int Run(int eventCount, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var synthetic = SyntheticChronicle.Generate(eventCount + (BatchSize * Batches));

        // The appended batches are plain coded events from the end of the generated set (a feed's kind of event;
        // they refer to no other event); the chronicle is built from the rest.
        var all = synthetic.Events.ToArray();
        var referenced = all.SelectMany(e => e switch
        {
            PublicReaction r => r.InResponseTo,
            Disclosure d => d.About,
            ArmsTransfer { Continues: { } c } => [c],
            _ => (IEnumerable<EventId>)[],
        }).ToHashSet();
        var appendable = new HashSet<int>();
        for (var i = all.Length - 1; i >= 0 && appendable.Count < BatchSize * Batches; i--)
        {
            if (all[i] is CodedEvent { Summary: null } && all[i].GetType() == typeof(CodedEvent) && !referenced.Contains(all[i].Id))
            {
                appendable.Add(i);
            }
        }

        var baseEvents = all.Where((_, i) => !appendable.Contains(i)).ToArray();
        var batches = appendable.Order().Select(i => all[i]).Chunk(BatchSize).ToArray();
        all = null;
        output.WriteLine($"Scale: {baseEvents.Length:N0} events built, then {Batches} appends of {BatchSize:N0}");

        var clock = Stopwatch.StartNew();
        var chronicle = new ChronicleBuilder().AddActors(synthetic.Actors).AddEvents(baseEvents).Build();
        var built = clock.Elapsed;
        output.WriteLine($"  build: {built.TotalSeconds:F2} s ({built.TotalSeconds * 1e6 / baseEvents.Length:F2} s per million)");
        var built0 = chronicle;
        baseEvents = null;

        var appendTimes = new List<double>();
        foreach (var batch in batches)
        {
            clock.Restart();
            chronicle = chronicle.With(batch);
            appendTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        appendTimes.Sort();
        output.WriteLine($"  append {BatchSize:N0} events: median {appendTimes[Batches / 2]:F1} ms, max {appendTimes[^1]:F1} ms, min {appendTimes[0]:F1} ms");

        var scenario = Scenario.Choose(built0, synthetic.LastDay);
        var pairBuilt = Time(() => built0.EventsBetween(scenario.First, scenario.Second, scenario.Window).Count, 20_000);
        var pairAppended = Time(() => chronicle.EventsBetween(scenario.First, scenario.Second, scenario.Window).Count, 20_000);
        output.WriteLine($"  pair query ({scenario.First}-{scenario.Second}, two years): {pairBuilt * 1e9:F0} ns built, {pairAppended * 1e9:F0} ns after the appends");
        built0 = null;

        var directory = Directory.CreateTempSubdirectory("diplomacy-scale-");
        try
        {
            var snapshot = Path.Combine(directory.FullName, "chronicle.snapshot");
            clock.Restart();
            ChronicleSnapshot.SaveAsync(chronicle, snapshot).GetAwaiter().GetResult();
            var saved = clock.Elapsed;
            var size = new FileInfo(snapshot).Length;
            chronicle = null;
            GC.Collect();
            clock.Restart();
            var loaded = ChronicleSnapshot.LoadAsync(snapshot).GetAwaiter().GetResult();
            var loadedIn = clock.Elapsed;
            var count = loaded.Events.Count;
            output.WriteLine($"  snapshot: {size / (1024.0 * 1024):F0} MiB ({size / (double)count:F1} B/event); save {saved.TotalSeconds:F2} s ({count / saved.TotalSeconds / 1e6:F1} M events/s, fsync'd), load {loadedIn.TotalSeconds:F2} s ({count / loadedIn.TotalSeconds / 1e6:F1} M events/s)");

            var timeline = loaded.Events;
            var database = Path.Combine(directory.FullName, "events.duckdb");
            clock.Restart();
            using (var duckDb = DuckDbEvents.Load(timeline, null, database))
            {
                var loadedDuck = clock.Elapsed;
                var duckAppends = new List<double>();
                var next = timeline.Count;
                foreach (var batch in batches)
                {
                    clock.Restart();
                    DuckDbEvents.AppendEventRows(duckDb.Connection, batch, next);
                    duckAppends.Add(clock.Elapsed.TotalMilliseconds);
                    next += batch.Length;
                }

                duckAppends.Sort();
                output.WriteLine($"  DuckDB: rows appended into its file in {loadedDuck.TotalSeconds:F2} s; appender, {BatchSize:N0} rows: median {duckAppends[Batches / 2]:F1} ms, max {duckAppends[^1]:F1} ms");
                PairBaselines(duckDb.Connection, scenario, output);
                clock.Restart();
                using var checkpoint = duckDb.Connection.CreateCommand();
                checkpoint.CommandText = "CHECKPOINT";
                checkpoint.ExecuteNonQuery();
                output.WriteLine($"  DuckDB: checkpoint {clock.Elapsed.TotalSeconds:F2} s, file {new FileInfo(database).Length / (1024.0 * 1024):F0} MiB");
            }

            clock.Restart();
            using (var reopened = new DuckDBConnection($"DataSource={database}"))
            {
                reopened.Open();
                using var scan = reopened.CreateCommand();
                scan.CommandText = "SELECT count(*), sum(pos), max(id), count(DISTINCT actors[1]) FROM events";
                using var reader = scan.ExecuteReader();
                reader.Read();
                output.WriteLine($"  DuckDB: open its file and scan every column in {clock.Elapsed.TotalSeconds:F2} s ({Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) / clock.Elapsed.TotalSeconds / 1e6:F1} M rows/s)");
            }

            GC.KeepAlive(loaded);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("DIPLOMACY_KEEP_SNAPSHOT") is null)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                output.WriteLine($"  kept: {directory.FullName}");
            }
        }

        return 0;
    }

    /// <summary>
    /// DuckDB's pair question three ways: today's query on the events table (a list column tested per row), the same
    /// on a copy of the table sorted by earliest day (so its zone maps skip most row groups for the window), and on
    /// a pair table (one row per unordered pair of an event's actors) sorted by pair and day.
    /// </summary>
    private static void PairBaselines(DuckDBConnection connection, Scenario scenario, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE events_by_day AS SELECT * FROM events ORDER BY earliest, latest;
                CREATE TABLE pairs AS
                    WITH u AS (SELECT pos, earliest, latest, unnest(actors) AS x FROM events)
                    SELECT u1.pos, u1.earliest, u1.latest, least(u1.x, u2.x) AS a, greatest(u1.x, u2.x) AS b
                    FROM u AS u1 JOIN u AS u2 ON u1.pos = u2.pos AND u1.x < u2.x
                    ORDER BY a, b, earliest;
                """;
            create.ExecuteNonQuery();
        }

        output.WriteLine($"  DuckDB: sorted copy and pair table made in {clock.Elapsed.TotalSeconds:F1} s");
        var (first, second) = string.CompareOrdinal(scenario.First.Value, scenario.Second.Value) < 0
            ? (scenario.First.Value, scenario.Second.Value) : (scenario.Second.Value, scenario.First.Value);
        string[] queries =
        [
            "SELECT pos FROM events WHERE latest >= $from AND earliest <= $to AND list_contains(actors, $first) AND list_contains(actors, $second) ORDER BY pos",
            "SELECT pos FROM events_by_day WHERE latest >= $from AND earliest <= $to AND list_contains(actors, $first) AND list_contains(actors, $second) ORDER BY pos",
            "SELECT pos FROM pairs WHERE a = $first AND b = $second AND latest >= $from AND earliest <= $to ORDER BY pos",
        ];
        var timings = new List<string>();
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new DuckDBParameter("from", scenario.Window.Start.ToDateOnly()));
            command.Parameters.Add(new DuckDBParameter("to", scenario.Window.End.ToDateOnly()));
            command.Parameters.Add(new DuckDBParameter("first", first));
            command.Parameters.Add(new DuckDBParameter("second", second));
            var rows = 0;
            var seconds = Time(
                () =>
                {
                    rows = 0;
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        rows++;
                    }

                    return rows;
                },
                50);
            timings.Add($"{seconds * 1e6:F0} us ({rows} rows)");
        }

        output.WriteLine($"  DuckDB pair query: events table {timings[0]}; sorted by day {timings[1]}; pair table {timings[2]}");
    }

    private static double Time(Func<int> query, int repetitions)
    {
        query();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
        {
            query();
        }

        return clock.Elapsed.TotalSeconds / repetitions;
    }
}
