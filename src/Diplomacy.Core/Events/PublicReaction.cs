namespace Diplomacy;

/// <summary>
/// A public reaction or statement: who spoke, about whom, in response to which events, in what tone, with a short
/// quote. Silence where a reaction was expected is recorded too, with <see cref="ReactionTone.Silent"/>.
/// </summary>
/// <param name="Id">The event's id.</param>
/// <param name="When">When the reaction was made (or, for silence, the period it covers).</param>
/// <param name="Citations">The reports it rests on.</param>
/// <param name="Speaker">Who reacted: a person, a body or a state.</param>
/// <param name="Tone">How.</param>
/// <remarks>
/// Default coding by tone: praise <c>051</c>, support <c>050</c>, confirmation <c>015</c>, neutral <c>010</c>,
/// evasive and silent <c>011</c> (decline comment), denial <c>010</c>, criticism and condemnation <c>111</c>,
/// threat <c>130</c>.
/// </remarks>
public sealed record PublicReaction(EventId Id, FuzzyDate When, IReadOnlyList<Citation> Citations, ActorId Speaker, ReactionTone Tone)
    : DiplomaticEvent(Id, When, Citations)
{
    private readonly IReadOnlyList<EventId> _inResponseTo = ValueList<EventId>.Empty;

    /// <summary>Whom the reaction is about, if anyone in particular.</summary>
    public ActorId? About { get; init; }

    /// <summary>The events it responds to; never null.</summary>
    public IReadOnlyList<EventId> InResponseTo
    {
        get => _inResponseTo;
        init => _inResponseTo = ValueList<EventId>.From(value, nameof(InResponseTo));
    }

    /// <summary>A short phrase the speaker is reported to have said, if any.</summary>
    public string? Quote { get; init; }

    /// <inheritdoc/>
    public override EventKind Kind => EventKind.PublicReaction;

    /// <inheritdoc/>
    protected override Coding DefaultCoding => Coding.FromCameo(Tone switch
    {
        ReactionTone.Praise => "051",
        ReactionTone.Support => "050",
        ReactionTone.Confirmation => "015",
        ReactionTone.Evasive or ReactionTone.Silent => "011",
        ReactionTone.Criticism or ReactionTone.Condemnation => "111",
        ReactionTone.Threat => "130",
        _ => "010",
    });

    /// <inheritdoc/>
    protected override IEnumerable<ActorId> EnumerateRoles() => About is { } about ? [Speaker, about] : [Speaker];

    internal override IEnumerable<(FieldName Field, ActorId Actor)> ActorReferences() =>
        About is { } about ? [(nameof(Speaker), Speaker), (nameof(About), about)] : [(nameof(Speaker), Speaker)];

    internal override IEnumerable<(FieldName Field, EventId Event)> EventReferences() => Indexed(nameof(InResponseTo), _inResponseTo);
}
