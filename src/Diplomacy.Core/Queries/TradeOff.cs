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
