namespace Diplomacy;

/// <summary>A reaction seen in the window of a tolerated act, with how it reads as an answer to the act.</summary>
/// <param name="Reaction">The reaction.</param>
/// <param name="Reading">How it reads: a response to the act, a pointed silence, or a reassurance about the relationship.</param>
public sealed record RankedReaction(PublicReaction Reaction, ReactionReading Reading);
