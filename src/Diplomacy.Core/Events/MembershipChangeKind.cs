namespace Diplomacy;

/// <summary>How a membership changed.</summary>
public enum MembershipChangeKind
{
    /// <summary>Became a member.</summary>
    Joined,

    /// <summary>Ceased to be a member.</summary>
    Left,

    /// <summary>Suspended or froze its participation while remaining a member on paper.</summary>
    Suspended,

    /// <summary>Took part again after a suspension.</summary>
    Resumed,
}
