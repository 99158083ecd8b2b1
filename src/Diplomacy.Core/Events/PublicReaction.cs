namespace Diplomacy;

/// <summary>
/// The tone of a public reaction or statement. The values are ordered from warmest to most hostile; from
/// <see cref="Criticism"/> on they are hostile, in increasing strength.
/// </summary>
public enum ReactionTone
{
    /// <summary>Praise ("a dear friend and reliable partner").</summary>
    Praise,

    /// <summary>Support or endorsement.</summary>
    Support,

    /// <summary>Confirmation of facts by someone involved.</summary>
    Confirmation,

    /// <summary>A neutral statement, or a promise to look into the matter.</summary>
    Neutral,

    /// <summary>An evasive answer.</summary>
    Evasive,

    /// <summary>Pointed silence where a reaction was expected; recorded so that it can be queried.</summary>
    Silent,

    /// <summary>A denial (of a dispute, of a fact).</summary>
    Denial,

    /// <summary>Criticism.</summary>
    Criticism,

    /// <summary>Condemnation.</summary>
    Condemnation,

    /// <summary>A threat.</summary>
    Threat,
}

/// <summary>Extension methods on <see cref="ReactionTone"/>.</summary>
public static class ReactionToneExtensions
{
    /// <summary>True for criticism, condemnation and threats.</summary>
    public static bool IsHostile(this ReactionTone tone) => tone >= ReactionTone.Criticism;
}

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

    internal override IEnumerable<(string Field, ActorId Actor)> ActorReferences() =>
        About is { } about ? [(nameof(Speaker), Speaker), (nameof(About), about)] : [(nameof(Speaker), Speaker)];

    internal override IEnumerable<(string Field, EventId Event)> EventReferences() => Indexed(nameof(InResponseTo), _inResponseTo);
}
