namespace Diplomacy;

/// <summary>
/// A change in the relationship between two actors, seen from <see cref="Actor"/>'s side, and what it gained in
/// exchange, if anything.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the change happened.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Actor">The actor that changed the relationship.</param>
/// <param name="Partner">The other side.</param>
/// <param name="Relationship">The kind of relationship.</param>
/// <param name="Change">How it changed.</param>
/// <remarks>
/// Default coding: for alliances, partnerships and friendships, formed <c>057</c>, strengthened and restored
/// <c>050</c>, weakened <c>160</c>, abandoned, ended and sacrificed <c>161</c>. For rivalry, conflict and war,
/// formed and strengthened <c>190</c> (war, conflict) or <c>111</c> (rivalry); any other change <c>050</c>.
/// </remarks>
public sealed record RelationshipChange(
    EventId Id,
    FuzzyDate When,
    IReadOnlyList<Citation> Citations,
    ActorId Actor,
    ActorId Partner,
    RelationshipKind Relationship,
    RelationshipChangeKind Change)
    : DiplomaticEvent(Id, When, Citations)
{
    /// <summary>What the actor gained in exchange, if the change was a trade.</summary>
    public Consideration? InExchangeFor { get; init; }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.RelationshipChange;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo((Relationship.IsHostile(), Change) switch
    {
        (false, RelationshipChangeKind.Formed) => "057",
        (false, RelationshipChangeKind.Strengthened or RelationshipChangeKind.Restored) => "050",
        (false, RelationshipChangeKind.Weakened) => "160",
        (false, _) => "161",
        (true, RelationshipChangeKind.Formed or RelationshipChangeKind.Strengthened) => Relationship == RelationshipKind.Rivalry ? "111" : "190",
        (true, _) => "050",
    });

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() =>
        InExchangeFor?.From is { } from ? [Actor, Partner, from] : [Actor, Partner];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() =>
        InExchangeFor?.From is { } from
            ? [(nameof(Actor), Actor), (nameof(Partner), Partner), ("InExchangeFor.From", from)]
            : [(nameof(Actor), Actor), (nameof(Partner), Partner)];
}
