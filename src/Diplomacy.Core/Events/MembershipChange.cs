namespace Diplomacy;

/// <summary>A member joining, leaving, suspending or resuming its membership of an alliance or organisation.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the change took effect.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Member">Who (usually a state).</param>
/// <param name="Organization">The alliance or organisation.</param>
/// <param name="Change">What happened.</param>
/// <remarks>
/// Members on a day are derived from these events. A suspended member is still a member, flagged as suspended.
/// Default coding: joined <c>057</c>, left <c>161</c>, suspended <c>160</c>, resumed <c>050</c>.
/// </remarks>
public sealed record MembershipChange(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Member, ActorId Organization, MembershipChangeKind Change)
    : DiplomaticEvent(Id, When, Citations)
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.MembershipChange;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo(Change switch
    {
        MembershipChangeKind.Joined => "057",
        MembershipChangeKind.Left => "161",
        MembershipChangeKind.Suspended => "160",
        _ => "050",
    });

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => [Member, Organization];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() => [(nameof(Member), Member), (nameof(Organization), Organization)];
}
