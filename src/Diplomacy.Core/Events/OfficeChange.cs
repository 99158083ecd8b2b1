namespace Diplomacy;

/// <summary>
/// A person taking up or leaving an office (Vulin: head of BIA until November 2023; deputy prime minister from May
/// 2024). What a person held on a day is derived from these events.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the change took effect.</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Person">Who.</param>
/// <param name="Office">The office's title, e.g. <c>Director of the Security Intelligence Agency</c>; the same text names the same office across events.</param>
/// <param name="Change">What happened.</param>
/// <remarks>
/// A chronicle checks that each person's changes to each office are in order: a removal or resignation follows an
/// appointment, an appointment does not repeat while the office is held, a reinstatement follows a departure.
/// Default coding: CAMEO <c>010</c> (make statement); CAMEO has no code for domestic appointments.
/// </remarks>
public sealed record OfficeChange(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Person, string Office, OfficeChangeKind Change)
    : DiplomaticEvent(Id, When, Citations)
{
    /// <summary>The body the office belongs to (a government, ministry or agency), if given.</summary>
    public ActorId? Body { get; init; }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.OfficeChange;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo("010");

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => Body is { } body ? [Person, body] : [Person];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() =>
        Body is { } body ? [(nameof(Person), Person), (nameof(Body), body)] : [(nameof(Person), Person)];
}
