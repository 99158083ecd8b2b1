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
/// Default coding: joined <c>057</c>, left <c>161</c>, suspended <c>160</c>, resumed <c>050</c>. The change is the
/// member's own act (joining, withdrawing, freezing its participation) unless <see cref="DecidedBy"/> names who made it
/// (the Council of Europe expelling Russia, the UN General Assembly suspending it from the Human Rights Council).
/// </remarks>
public sealed record MembershipChange(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Member, ActorId Organization, MembershipChangeKind Change)
    : DiplomaticEvent(Id, When, Citations)
{
    /// <inheritdoc/>
    public override EventKind Kind => EventKind.MembershipChange;

    /// <summary>
    /// Who made the change when it was not the member's own act: the organisation (or a body of it) that admitted,
    /// suspended, expelled or restored the member. Null (the default) for the member's own act. The queries read the
    /// change as this actor's act toward the member (<c>DecidedBy → Member</c>) instead of the member's toward the
    /// organisation: an expulsion is the organisation's deed, not the expelled state's.
    /// </summary>
    public ActorId? DecidedBy { get; init; }

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo(Change switch
    {
        MembershipChangeKind.Joined => "057",
        MembershipChangeKind.Left => "161",
        MembershipChangeKind.Suspended => "160",
        _ => "050",
    });

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => DecidedBy is { } by ? [Member, Organization, by] : [Member, Organization];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() =>
        DecidedBy is { } by
            ? [(nameof(Member), Member), (nameof(Organization), Organization), (nameof(DecidedBy), by)]
            : [(nameof(Member), Member), (nameof(Organization), Organization)];
}
