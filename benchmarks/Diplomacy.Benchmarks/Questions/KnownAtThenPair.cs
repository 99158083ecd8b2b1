using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>
/// What was publicly known on a day about two actors in a two-year window: <see cref="Chronicle.AsKnownAt"/>, then
/// the pair query. An event counts once its first citation had certainly been published.
/// </summary>
public class KnownAtThenPair : EventListQuestion
{
    private DuckDBCommand? _sql;

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskDiplomacy(Chronicle chronicle) =>
        chronicle.AsKnownAt(Scenario.KnownAt).EventsBetween(Scenario.First, Scenario.Second, Scenario.Window);

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskLinq(List<DiplomaticEvent> timeline)
    {
        var (first, second, from, to, knownAt) = (Scenario.First, Scenario.Second, Scenario.Window.Start, Scenario.Window.End, Scenario.KnownAt);
        return timeline
            .Where(e => e.When.Latest >= from && e.When.Earliest <= to)
            .Where(e => e.Actors is var actors && actors.Contains(first) && actors.Contains(second))
            .Where(e => e.FirstKnown <= knownAt)
            .ToList();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskDuckDb(DuckDbEvents duckDb) => duckDb.Events(_sql!);

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            """
            SELECT pos FROM events
            WHERE latest >= $from AND earliest <= $to AND known <= $known
              AND list_contains(actors, $first) AND list_contains(actors, $second)
            ORDER BY pos
            """,
            ("from", Scenario.Window.Start.ToDateOnly()),
            ("to", Scenario.Window.End.ToDateOnly()),
            ("known", Scenario.KnownAt.ToDateOnly()),
            ("first", Scenario.First.Value),
            ("second", Scenario.Second.Value));
}
