namespace Diplomacy;

/// <summary>What an actor gained in exchange for a change in a relationship.</summary>
public enum ConsiderationKind
{
    /// <summary>Weapons, ammunition, equipment.</summary>
    Materiel,

    /// <summary>Forces kept for another front, or troops supplied.</summary>
    Forces,

    /// <summary>Money, trade, investment.</summary>
    Money,

    /// <summary>Oil, gas, electricity.</summary>
    Energy,

    /// <summary>Votes, recognition, diplomatic cover.</summary>
    PoliticalSupport,

    /// <summary>Something else.</summary>
    Other,
}
