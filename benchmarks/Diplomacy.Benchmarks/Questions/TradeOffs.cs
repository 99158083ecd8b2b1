using Diplomacy.Benchmarks.Data;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>
/// The relationships one actor gave up in exchange for something: its <see cref="RelationshipChange"/> events whose
/// change gives the relationship up and whose <see cref="RelationshipChange.InExchangeFor"/> is set, as
/// <see cref="TradeOff"/> records in timeline order.
/// </summary>
public class TradeOffs : Question<IReadOnlyList<TradeOff>>
{
    /// <summary>The change kinds that give a relationship up, as the numbers the SQL compares with.</summary>
    private static readonly string GivingUp = string.Join(
        ", ",
        Enum.GetValues<RelationshipChangeKind>().Where(k => k.IsGivingUp()).Select(k => ((int)k).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private DuckDBCommand? _sql;

    /// <inheritdoc/>
    protected override IReadOnlyList<TradeOff> AskDiplomacy(Chronicle chronicle) => chronicle.TradeOffs(Scenario.TradeOffActor);

    /// <inheritdoc/>
    protected override IReadOnlyList<TradeOff> AskLinq(List<DiplomaticEvent> timeline)
    {
        var actor = Scenario.TradeOffActor;
        return timeline
            .OfType<RelationshipChange>()
            .Where(c => c.Actor == actor && c.Change.IsGivingUp() && c.InExchangeFor is not null)
            .Select(ToTradeOff)
            .ToList();
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<TradeOff> AskDuckDb(DuckDbEvents duckDb) =>
        [.. duckDb.Events(_sql!).Cast<RelationshipChange>().Select(ToTradeOff)];

    /// <inheritdoc/>
    protected override void PrepareDuckDb(DuckDbEvents duckDb) =>
        _sql = duckDb.Prepare(
            $"""
            SELECT pos FROM relationship_changes
            WHERE actor = $actor AND change IN ({GivingUp}) AND exchange_kind IS NOT NULL
            ORDER BY pos
            """,
            ("actor", Scenario.TradeOffActor.Value));

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Canonical(IReadOnlyList<TradeOff> answer) =>
        [.. answer.Select(t => $"{t.Evidence[0].Id} {t.Partner} {t.Relationship} {t.Change} {t.When} {t.Gained}").Order(StringComparer.Ordinal)];

    private static TradeOff ToTradeOff(RelationshipChange c) =>
        new(c.Actor, c.Partner, c.Relationship, c.Change, c.When, c.InExchangeFor!) { Evidence = [c] };
}
