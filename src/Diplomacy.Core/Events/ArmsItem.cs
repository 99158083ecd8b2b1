namespace Diplomacy;

/// <summary>One line of a transfer: a category of weapon, how many, and which.</summary>
/// <param name="Category">The broad category.</param>
/// <param name="Quantity">How many units (systems, rounds, vehicles), if known; never negative.</param>
/// <param name="Designation">The model or calibre, if known (e.g. <c>155 mm</c>, <c>Shahed-136</c>).</param>
public sealed record ArmsItem(WeaponCategory Category, long? Quantity = null, string? Designation = null)
{
    /// <summary>True when the source gives the quantity as approximate ("about 16 million").</summary>
    public bool IsApproximate { get; init; }

    /// <summary>E.g. <c>~16,000,000 SmallCalibreAmmunition</c>.</summary>
    public override string ToString() =>
        $"{(IsApproximate ? "~" : string.Empty)}{(Quantity is { } q ? q.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + " " : string.Empty)}{Category}{(Designation is null ? string.Empty : " (" + Designation + ")")}";
}
