namespace Diplomacy;

public static partial class ChronicleQueries
{
    /// <summary>
    /// The relationships <paramref name="actor"/> gave up in exchange for something, optionally only those traded for
    /// one kind of consideration: the <see cref="RelationshipChange"/> events in which it is the actor, the change
    /// gives the relationship up (<see cref="RelationshipChangeKindExtensions.IsGivingUp"/>) and
    /// <see cref="RelationshipChange.InExchangeFor"/> is set.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="actor">Who gave the relationships up.</param>
    /// <param name="kind">Only trades for this kind of gain; null for all.</param>
    /// <returns>The trade-offs in timeline order; each one's evidence is its relationship change.</returns>
    /// <remarks>Cost: O(log n + k) for the k relationship changes by which the actor gave something up in exchange (an index of them is built on first use).</remarks>
    /// <example><c>chronicle.TradeOffs("RUS", ConsiderationKind.Materiel)</c>: Israel (drones from Iran), South Korea (ammunition from North Korea).</example>
    public static IReadOnlyList<TradeOff> TradeOffs(this Chronicle chronicle, ActorId actor, ConsiderationKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(actor, nameof(actor));
        return chronicle.Index.TradeOffsBy(actor)
            .Where(c => kind is null || c.InExchangeFor!.Kind == kind)
            .Select(c => new TradeOff(c.Actor, c.Partner, c.Relationship, c.Change, c.When, c.InExchangeFor!) { Evidence = [c] })
            .ToArray();
    }
}
