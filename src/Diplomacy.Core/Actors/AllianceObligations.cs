namespace Diplomacy;

/// <summary>
/// The obligations a formal alliance places on its members, after the Alliance Treaty Obligations and Provisions
/// (ATOP) project; an alliance may carry several.
/// </summary>
[Flags]
public enum AllianceObligations
{
    /// <summary>No obligation recorded.</summary>
    None = 0,

    /// <summary>To defend a member that is attacked (ATOP defense; COW defense pact).</summary>
    Defense = 1,

    /// <summary>To join a member's offensive war (ATOP offense).</summary>
    Offense = 2,

    /// <summary>To stay out of a war against a member (ATOP neutrality).</summary>
    Neutrality = 4,

    /// <summary>Not to attack a member (ATOP non-aggression).</summary>
    NonAggression = 8,

    /// <summary>To consult in a crisis (ATOP consultation; COW entente).</summary>
    Consultation = 16,
}
