using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>One actor's events (in any role) in a two-year window, returned in timeline order.</summary>
public class ActorInWindow : EventListQuestion
{
    private DuckDBCommand? _sql;

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskDiplomacy(Chronicle chronicle) =>
        chronicle.EventsInvolving(Scenario.Actor, Scenario.Window);

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskLinq(List<DiplomaticEvent> timeline)
    {
        var (actor, from, to) = (Scenario.Actor, Scenario.Window.Start, Scenario.Window.End);
        return timeline
            .Where(e => e.When.Latest >= from && e.When.Earliest <= to)
            .Where(e => e.Actors.Contains(actor))
            .ToList();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<DiplomaticEvent> AskDuckDb(DuckDbEvents duckDb) => duckDb.Events(_sql!);

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            """
            SELECT pos FROM events
            WHERE latest >= $from AND earliest <= $to AND list_contains(actors, $actor)
            ORDER BY pos
            """,
            ("from", Scenario.Window.Start.ToDateOnly()),
            ("to", Scenario.Window.End.ToDateOnly()),
            ("actor", Scenario.Actor.Value));
}
