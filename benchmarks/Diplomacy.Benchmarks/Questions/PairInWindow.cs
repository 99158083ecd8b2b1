using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;
using NodaTime;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>The events between two actors (in any roles) in a two-year window, returned in timeline order.</summary>
public class PairInWindow : EventListQuestion
{
    private DuckDBCommand? _sql;

    /// <summary>Loads the records for <see cref="DiplomacyReadingEvery"/>.</summary>
    [BenchmarkDotNet.Attributes.GlobalSetup(Target = nameof(DiplomacyReadingEvery))]
    public void SetupReading() => Setup();

    /// <summary>
    /// The same question, then every event of the answer read (a chronicle's answer makes each event from storage when
    /// it is first read; the LINQ and DuckDB answers hold records that already exist).
    /// </summary>
    [BenchmarkDotNet.Attributes.Benchmark]
    public int DiplomacyReadingEvery()
    {
        var read = 0;
        foreach (var e in AskDiplomacy(Bench.Chronicle))
        {
            read += e.Citations.Count;
        }

        return read;
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskDiplomacy(Chronicle chronicle) =>
        chronicle.EventsBetween(Scenario.First, Scenario.Second, Scenario.Window);

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskLinq(List<DiplomaticEvent> timeline)
    {
        var (first, second, from, to) = (Scenario.First, Scenario.Second, Scenario.Window.Start, Scenario.Window.End);
        return timeline
            .Where(e => e.When.Latest >= from && e.When.Earliest <= to)
            .Where(e => e.Actors is var actors && actors.Contains(first) && actors.Contains(second))
            .ToList();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskDuckDb(DuckDbEvents duckDb) => duckDb.Events(_sql!);

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            """
            SELECT pos FROM events
            WHERE latest >= $from AND earliest <= $to AND list_contains(actors, $first) AND list_contains(actors, $second)
            ORDER BY pos
            """,
            ("from", Scenario.Window.Start.ToDateOnly()),
            ("to", Scenario.Window.End.ToDateOnly()),
            ("first", Scenario.First.Value),
            ("second", Scenario.Second.Value));
}
