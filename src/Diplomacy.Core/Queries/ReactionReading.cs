namespace Diplomacy;

/// <summary>
/// How a reaction seen in the window of a tolerated act reads as an answer to that act, as an analyst would read it.
/// Ordered from the strongest answer to the weakest: <see cref="ToleratedAct.Ranked"/> lists reactions in this order.
/// </summary>
public enum ReactionReading
{
    /// <summary>
    /// A response to the act itself: the reaction answers the act, directly or through the reports and reactions it
    /// responds to (those of the actor's or the doer's side, not only a third party's), in words (any tone but
    /// <see cref="ReactionTone.Silent"/>).
    /// </summary>
    Response,

    /// <summary>A pointed silence (<see cref="ReactionTone.Silent"/>) where a word on the act, or on its doer, was expected.</summary>
    Silence,

    /// <summary>
    /// A reassurance about the relationship: a statement about the doer that does not answer the act, such as a denial
    /// that any dispute exists or praise of the doer's leader.
    /// </summary>
    Reassurance,
}
