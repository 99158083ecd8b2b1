namespace Diplomacy;

/// <summary>Someone making facts public: who, how, and about which events.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When it was made public.</param>
/// <param name="Citations">The reports it rests on (for a leak, who published it).</param>
/// <param name="Discloser">Who made it public (the outlet that published, or the leaker when known).</param>
/// <param name="Method">How.</param>
/// <remarks>Default coding: CAMEO <c>010</c> (make statement).</remarks>
public sealed record Disclosure(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Discloser, DisclosureMethod Method)
    : DiplomaticEvent(Id, When, Citations)
{
    private readonly IReadOnlyList<EventId> _about = ValueList<EventId>.Empty;
    private readonly IReadOnlyList<ActorId> _concerning = ValueList<ActorId>.Empty;

    /// <summary>The events it revealed; never null.</summary>
    public IReadOnlyList<EventId> About
    {
        get => _about;
        init => _about = ValueList<EventId>.From(value, nameof(About));
    }

    /// <summary>The actors it concerns (whose deeds were revealed); never null.</summary>
    public IReadOnlyList<ActorId> Concerning
    {
        get => _concerning;
        init => _concerning = ValueList<ActorId>.From(value, nameof(Concerning));
    }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.Disclosure;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo("010");

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => [Discloser, .. _concerning];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() =>
        [(nameof(Discloser), Discloser), .. Indexed(nameof(Concerning), _concerning)];

    internal override IEnumerable<(FieldName Field, EventId Event)> EventReferences() => Indexed(nameof(About), _about);
}
