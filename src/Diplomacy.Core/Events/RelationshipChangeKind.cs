namespace Diplomacy;

/// <summary>How a relationship changed.</summary>
public enum RelationshipChangeKind
{
    /// <summary>It began.</summary>
    Formed,

    /// <summary>It grew stronger.</summary>
    Strengthened,

    /// <summary>It grew weaker.</summary>
    Weakened,

    /// <summary>One side left the other to fend for itself (Russia and Armenia).</summary>
    Abandoned,

    /// <summary>It ended.</summary>
    Ended,

    /// <summary>One side gave it up for something it valued more (Russia and Israel, for Iranian drones).</summary>
    Sacrificed,

    /// <summary>It was restored after a break.</summary>
    Restored,
}
