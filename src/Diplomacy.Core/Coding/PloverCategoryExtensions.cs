namespace Diplomacy;

/// <summary>What a <see cref="PloverCategory"/> implies.</summary>
public static class PloverCategoryExtensions
{
    /// <summary>
    /// The quad class the PLOVER manual gives a category: agree, consult, support and concede are verbal cooperation;
    /// cooperate, aid and retreat material cooperation; request, accuse, reject, sanction and threaten verbal conflict;
    /// protest, mobilize, coerce and assault material conflict.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="PloverCategory"/>.</exception>
    public static QuadClass ToQuadClass(this PloverCategory category) => category switch
    {
        PloverCategory.Agree or PloverCategory.Consult or PloverCategory.Support or PloverCategory.Concede => QuadClass.VerbalCooperation,
        PloverCategory.Cooperate or PloverCategory.Aid or PloverCategory.Retreat => QuadClass.MaterialCooperation,
        PloverCategory.Request or PloverCategory.Accuse or PloverCategory.Reject or PloverCategory.Sanction or PloverCategory.Threaten => QuadClass.VerbalConflict,
        PloverCategory.Protest or PloverCategory.Mobilize or PloverCategory.Coerce or PloverCategory.Assault => QuadClass.MaterialConflict,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a defined PloverCategory."),
    };
}
