namespace Diplomacy;

/// <summary>Extension methods on <see cref="QuadClass"/>.</summary>
public static class QuadClassExtensions
{
    /// <summary>True for the two verbal classes (words), false for the material ones (deeds).</summary>
    public static bool IsVerbal(this QuadClass quadClass) => quadClass is QuadClass.VerbalCooperation or QuadClass.VerbalConflict;

    /// <summary>True for the two cooperative classes.</summary>
    public static bool IsCooperative(this QuadClass quadClass) => quadClass is QuadClass.VerbalCooperation or QuadClass.MaterialCooperation;
}
