namespace Diplomacy;

/// <summary>
/// The four-way split of event types used across CAMEO-coded data: words or deeds, cooperation or conflict.
/// The numbers are the ones ICEWS and GDELT use.
/// </summary>
public enum QuadClass
{
    /// <summary>Statements, appeals, intentions, consultations, diplomatic cooperation (CAMEO roots 01-05).</summary>
    VerbalCooperation = 1,

    /// <summary>Material cooperation, aid, yielding, investigation (CAMEO roots 06-09).</summary>
    MaterialCooperation = 2,

    /// <summary>Demands, disapproval, rejection, threats, protest (CAMEO roots 10-14).</summary>
    VerbalConflict = 3,

    /// <summary>Force posture, reduced relations, coercion, assault, fighting, mass violence (CAMEO roots 15-20).</summary>
    MaterialConflict = 4,
}
