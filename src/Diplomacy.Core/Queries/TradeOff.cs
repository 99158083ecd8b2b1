namespace Diplomacy;

/// <summary>
/// A relationship change an actor made in exchange for something, as one <see cref="RelationshipChange"/> records it:
/// usually a relationship given up (Russia ended its partnership with Israel for drones from Iran), sometimes one formed,
/// strengthened or restored as a concession (Turkey's alliance with Sweden, for US F-16s).
/// </summary>
/// <param name="Actor">Who made the change.</param>
/// <param name="Partner">The other side.</param>
/// <param name="Relationship">The kind of relationship.</param>
/// <param name="Change">How it changed; <see cref="RelationshipChangeKindExtensions.IsGivingUp"/> tells a relationship given up from a concession.</param>
/// <param name="When">When.</param>
/// <param name="Gained">What was gained, and from whom (<see cref="Consideration.From"/>).</param>
public sealed record TradeOff(ActorId Actor, ActorId Partner, RelationshipKind Relationship, RelationshipChangeKind Change, FuzzyDate When, Consideration Gained)
    : QueryResult;
