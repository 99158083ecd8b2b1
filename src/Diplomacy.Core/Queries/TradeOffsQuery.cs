namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.TradeOffs"/>.</summary>
internal static class TradeOffsQuery
{
    public static IReadOnlyList<TradeOff> TradeOffs(Chronicle chronicle, ActorId actor, ConsiderationKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(actor, nameof(actor));
        return chronicle.Index.TradeOffsBy(actor)
            .Where(c => kind is null || c.InExchangeFor!.Kind == kind)
            .Select(c => new TradeOff(c.Actor, c.Partner, c.Relationship, c.Change, c.When, c.InExchangeFor!) { Evidence = [c] })
            .ToArray();
    }
}
