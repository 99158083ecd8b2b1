namespace Diplomacy;

/// <summary>
/// The tone of a public reaction or statement. The values are ordered from warmest to most hostile; from
/// <see cref="Criticism"/> on they are hostile, in increasing strength.
/// </summary>
public enum ReactionTone
{
    /// <summary>Praise ("a dear friend and reliable partner").</summary>
    Praise,

    /// <summary>Support or endorsement.</summary>
    Support,

    /// <summary>Confirmation of facts by someone involved.</summary>
    Confirmation,

    /// <summary>A neutral statement, or a promise to look into the matter.</summary>
    Neutral,

    /// <summary>An evasive answer.</summary>
    Evasive,

    /// <summary>Pointed silence where a reaction was expected; recorded so that it can be queried.</summary>
    Silent,

    /// <summary>A denial (of a dispute, of a fact).</summary>
    Denial,

    /// <summary>Criticism.</summary>
    Criticism,

    /// <summary>Condemnation.</summary>
    Condemnation,

    /// <summary>A threat.</summary>
    Threat,
}
