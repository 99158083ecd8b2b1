using NodaTime;

namespace Diplomacy;

/// <summary>
/// An act hostile to an actor that drew no reaction from it at criticism or beyond: what was done, by whom, how it
/// was hostile, and the strongest reaction seen.
/// </summary>
/// <param name="Act">The hostile event.</param>
/// <param name="Doer">Who did it.</param>
/// <param name="Hostility">How it was hostile.</param>
public sealed record ToleratedAct(DiplomaticEvent Act, ActorId Doer, Hostility Hostility) : QueryResult
{
    private readonly IReadOnlyList<PublicReaction> _reactions = ValueList<PublicReaction>.Empty;
    private readonly IReadOnlyList<RankedReaction> _ranked = ValueList<RankedReaction>.Empty;

    /// <summary>For <see cref="Hostility.ArmingEnemy"/> and <see cref="Hostility.AidingEnemy"/>, the enemy armed or aided.</summary>
    public ActorId? Enemy { get; init; }

    /// <summary>
    /// The strongest answer to the act seen in the window (all are milder than criticism): the first of
    /// <see cref="Ranked"/>, or null when there was no reaction at all.
    /// </summary>
    public PublicReaction? StrongestReaction { get; init; }

    /// <summary>How <see cref="StrongestReaction"/> reads as an answer to the act; null when there was no reaction at all.</summary>
    public ReactionReading? StrongestReading { get; init; }

    /// <summary>
    /// Every reaction seen in the window with its reading, strongest answer first: by <see cref="ReactionReading"/>
    /// (responses to the act, then pointed silences, then reassurances about the relationship), then by tone, the more
    /// hostile first, then in timeline order; never null.
    /// </summary>
    public IReadOnlyList<RankedReaction> Ranked
    {
        get => _ranked;
        init => _ranked = ValueList<RankedReaction>.From(value, nameof(Ranked));
    }

    /// <summary>Every reaction seen in the window, in timeline order; never null.</summary>
    public IReadOnlyList<PublicReaction> Reactions
    {
        get => _reactions;
        init => _reactions = ValueList<PublicReaction>.From(value, nameof(Reactions));
    }

    /// <summary>The last day a reaction would have counted.</summary>
    public LocalDate WindowEnd { get; init; }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when the enmity may not have held throughout the act, when a direct act's target
    /// may not have counted for the actor then (an office it may not yet, or no longer, have held), when the actor may
    /// have been at war or in open conflict with the doer between the act and <see cref="WindowEnd"/>, or when the
    /// chronicle is a view whose cut-off falls before <see cref="WindowEnd"/>, so that a reaction may yet come.
    /// </summary>
    public Certainty Certainty { get; init; }
}
