namespace Diplomacy;

/// <summary>
/// A relationship an actor gave up (ended, abandoned, sacrificed or weakened) in exchange for something, as one
/// <see cref="RelationshipChange"/> records it: Russia ended its partnership with Israel for drones from Iran.
/// </summary>
/// <param name="Actor">Who gave the relationship up.</param>
/// <param name="Partner">The other side.</param>
/// <param name="Relationship">The kind of relationship given up.</param>
/// <param name="Change">How it was given up.</param>
/// <param name="When">When.</param>
/// <param name="Gained">What was gained, and from whom (<see cref="Consideration.From"/>).</param>
public sealed record TradeOff(ActorId Actor, ActorId Partner, RelationshipKind Relationship, RelationshipChangeKind Change, FuzzyDate When, Consideration Gained)
    : QueryResult;

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
