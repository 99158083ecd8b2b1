using NodaTime;

namespace Diplomacy;

/// <summary>How an act was hostile to the actor that tolerated it.</summary>
public enum Hostility
{
    /// <summary>Material conflict (sanctions, force, cutting ties) toward the actor or anyone who counts for it (its official bodies, nationals and office holders).</summary>
    Direct,

    /// <summary>Arms that reached an actor it was at war or in open conflict with, directly or along a chain of transfers.</summary>
    ArmingEnemy,

    /// <summary>Other material cooperation (aid) toward an actor it was at war or in open conflict with.</summary>
    AidingEnemy,
}
