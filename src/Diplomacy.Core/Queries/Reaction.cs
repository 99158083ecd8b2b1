using NodaTime;

namespace Diplomacy;

/// <summary>
/// A public reaction by an actor (or one of its officials or bodies) to a set of events: who spoke, in what tone,
/// what they said, when, and the events in the set it answers.
/// </summary>
/// <remarks>
/// The reports of the reaction itself are <c>Statement.Citations</c>; <see cref="QueryResult.Citations"/> adds those of
/// the events it answers and of the reports it answers them through.
/// </remarks>
/// <param name="Statement">The reaction event (a <see cref="ReactionTone.Silent"/> one for pointed silence).</param>
public sealed record Reaction(PublicReaction Statement) : QueryResult
{
    private readonly IReadOnlyList<PublicReaction> _through = ValueList<PublicReaction>.Empty;

    private readonly IReadOnlyList<DiplomaticEvent> _respondsTo = ValueList<DiplomaticEvent>.Empty;

    /// <summary>Who spoke.</summary>
    public ActorId Speaker => Statement.Speaker;

    /// <summary>In what tone.</summary>
    public ReactionTone Tone => Statement.Tone;

    /// <summary>A short phrase the speaker is reported to have said, if any.</summary>
    public string? Quote => Statement.Quote;

    /// <summary>When.</summary>
    public FuzzyDate When => Statement.When;

    /// <summary>The events of the set the reaction answers, directly or through the reports and reactions it responds to; never null.</summary>
    public IReadOnlyList<DiplomaticEvent> RespondsTo
    {
        get => _respondsTo;
        init => _respondsTo = ValueList<DiplomaticEvent>.From(value, nameof(RespondsTo));
    }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when the speaker counts for the reacting actor only through an office they
    /// may not yet (or no longer) have held when they spoke.
    /// </summary>
    public Certainty Certainty { get; init; }

    /// <summary>
    /// The reactions of other speakers (who do not count for the reacting actor) that the reaction reaches the events
    /// through, when it reaches them only that way: Moscow warning Seoul over Seoul's statement about a treaty answers
    /// Seoul, and reaches the treaty only through it. Empty (never null) when the reaction answers the events directly,
    /// through reports about them, or through the actor's own earlier statements.
    /// </summary>
    public IReadOnlyList<PublicReaction> Through
    {
        get => _through;
        init => _through = ValueList<PublicReaction>.From(value, nameof(Through));
    }

    /// <summary>True when the reaction reaches the events only through what others said about them (<see cref="Through"/> is not empty).</summary>
    public bool IsIndirect => _through.Count > 0;
}
