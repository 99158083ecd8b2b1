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
}
