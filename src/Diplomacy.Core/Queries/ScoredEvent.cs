using NodaTime;

namespace Diplomacy;

/// <summary>An event as <see cref="ChronicleQueries.Divergence"/> read it: words or deeds, and how warm or hostile.</summary>
/// <param name="Event">The event.</param>
/// <param name="QuadClass">How it was read: verbal or material, cooperation or conflict.</param>
/// <param name="Goldstein">Its score on the Goldstein scale, -10 (most hostile) to +10 (most cooperative), as read.</param>
public sealed record ScoredEvent(DiplomaticEvent Event, QuadClass QuadClass, double Goldstein)
{
    /// <summary>For arms that reached an enemy of the actor toward whom the event was read, that enemy.</summary>
    public ActorId? Enemy { get; init; }

    /// <summary>
    /// <see cref="Diplomacy.Certainty.Possible"/> when the event may not count as read: whoever acted may not have
    /// counted for the actor on its days, or whoever it was aimed at for the other side (both count through an office
    /// they may not yet have held, or no longer held); for arms that reached an enemy, the enmity may not yet have
    /// held. <see cref="Diplomacy.Certainty.Certain"/> otherwise, and by default.
    /// </summary>
    public Certainty Certainty { get; init; }
}
