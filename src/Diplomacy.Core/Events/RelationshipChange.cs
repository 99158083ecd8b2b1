namespace Diplomacy;

/// <summary>The kind of relationship between two actors.</summary>
public enum RelationshipKind
{
    /// <summary>A formal alliance.</summary>
    Alliance,

    /// <summary>A declared strategic partnership.</summary>
    StrategicPartnership,

    /// <summary>A partnership (economic, security, political).</summary>
    Partnership,

    /// <summary>A friendly relationship without formal ties.</summary>
    Friendship,

    /// <summary>A rivalry.</summary>
    Rivalry,

    /// <summary>An open conflict short of war.</summary>
    Conflict,

    /// <summary>A war.</summary>
    War,
}

/// <summary>Extension methods on <see cref="RelationshipKind"/>.</summary>
public static class RelationshipKindExtensions
{
    /// <summary>True for rivalry, conflict and war.</summary>
    public static bool IsHostile(this RelationshipKind kind) => kind >= RelationshipKind.Rivalry;
}

/// <summary>How a relationship changed.</summary>
public enum RelationshipChangeKind
{
    /// <summary>It began.</summary>
    Formed,

    /// <summary>It grew stronger.</summary>
    Strengthened,

    /// <summary>It grew weaker.</summary>
    Weakened,

    /// <summary>One side left the other to fend for itself (Russia and Armenia).</summary>
    Abandoned,

    /// <summary>It ended.</summary>
    Ended,

    /// <summary>One side gave it up for something it valued more (Russia and Israel, for Iranian drones).</summary>
    Sacrificed,

    /// <summary>It was restored after a break.</summary>
    Restored,
}

/// <summary>Extension methods on <see cref="RelationshipChangeKind"/>.</summary>
public static class RelationshipChangeKindExtensions
{
    /// <summary>True for the changes by which an actor gives a relationship up: weakened, abandoned, ended, sacrificed.</summary>
    public static bool IsGivingUp(this RelationshipChangeKind change) =>
        change is RelationshipChangeKind.Weakened or RelationshipChangeKind.Abandoned or RelationshipChangeKind.Ended or RelationshipChangeKind.Sacrificed;
}

/// <summary>What an actor gained in exchange for a change in a relationship.</summary>
public enum ConsiderationKind
{
    /// <summary>Weapons, ammunition, equipment.</summary>
    Materiel,

    /// <summary>Forces kept for another front, or troops supplied.</summary>
    Forces,

    /// <summary>Money, trade, investment.</summary>
    Money,

    /// <summary>Oil, gas, electricity.</summary>
    Energy,

    /// <summary>Votes, recognition, diplomatic cover.</summary>
    PoliticalSupport,

    /// <summary>Something else.</summary>
    Other,
}

/// <summary>What was gained in exchange, and from whom.</summary>
/// <param name="Kind">What kind of gain.</param>
/// <param name="From">Who provided it, if anyone (Iran, for drones); null for a gain such as forces kept at home.</param>
public sealed record Consideration(ConsiderationKind Kind, ActorId? From = null)
{
    /// <summary>What exactly, in the author's words (e.g. <c>Shahed drones</c>).</summary>
    public string? Description { get; init; }

    /// <summary>E.g. <c>Materiel from IRN (drones)</c>.</summary>
    public override string ToString() =>
        $"{Kind}{(From is { } f ? " from " + f : string.Empty)}{(Description is null ? string.Empty : " (" + Description + ")")}";
}

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

    internal override IEnumerable<(string Field, ActorId Actor)> ActorReferences() =>
        InExchangeFor?.From is { } from
            ? [(nameof(Actor), Actor), (nameof(Partner), Partner), ("InExchangeFor.From", from)]
            : [(nameof(Actor), Actor), (nameof(Partner), Partner)];
}
