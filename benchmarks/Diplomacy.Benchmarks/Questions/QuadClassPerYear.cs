using System.Globalization;
using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>How many events of one year and quad class.</summary>
/// <param name="Year">The year of the event's earliest possible day.</param>
/// <param name="Quad">The quad class of its coding.</param>
/// <param name="Count">How many.</param>
public readonly record struct YearQuadCount(int Year, QuadClass Quad, int Count);

/// <summary>
/// For one pair over all time: how many events of each quad class in each year (the year of the earliest possible
/// day), ordered by year and quad class. Words and deeds, cooperation and conflict, year by year.
/// </summary>
public class QuadClassPerYear : Question<IReadOnlyList<YearQuadCount>>
{
    private DuckDBCommand? _sql;

    /// <inheritdoc/>
    protected override IReadOnlyList<YearQuadCount> AskDiplomacy(Chronicle chronicle) =>
        Count(chronicle.EventsBetween(Scenario.First, Scenario.Second));

    /// <inheritdoc/>
    protected override IReadOnlyList<YearQuadCount> AskLinq(List<DiplomaticEvent> timeline)
    {
        var (first, second) = (Scenario.First, Scenario.Second);
        return Count(timeline.Where(e => e.Actors is var actors && actors.Contains(first) && actors.Contains(second)));
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<YearQuadCount> AskDuckDb(DuckDbEvents duckDb)
    {
        var result = new List<YearQuadCount>();
        using var reader = _sql!.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new YearQuadCount(reader.GetInt32(0), (QuadClass)reader.GetInt32(1), reader.GetInt32(2)));
        }

        return result;
    }

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            """
            SELECT CAST(year(earliest) AS INTEGER) AS y, CAST(quad AS INTEGER) AS q, CAST(count(*) AS INTEGER) AS n
            FROM events
            WHERE list_contains(actors, $first) AND list_contains(actors, $second)
            GROUP BY y, q
            ORDER BY y, q
            """,
            ("first", Scenario.First.Value),
            ("second", Scenario.Second.Value));

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Canonical(IReadOnlyList<YearQuadCount> answer) =>
        [.. answer.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Year} {c.Quad} {c.Count}")).Order(StringComparer.Ordinal)];

    private static List<YearQuadCount> Count(IEnumerable<DiplomaticEvent> events) =>
        [.. events
            .GroupBy(e => (e.When.Earliest.Year, e.Coding.QuadClass))
            .Select(g => new YearQuadCount(g.Key.Year, g.Key.QuadClass, g.Count()))
            .OrderBy(c => c.Year)
            .ThenBy(c => c.Quad)];
}
