using NodaTime;

namespace Diplomacy;

/// <summary>How many arms of one category went along a route.</summary>
/// <param name="Category">The weapon category.</param>
/// <param name="Quantity">The sum of the quantities stated.</param>
public sealed record ArmsQuantity(WeaponCategory Category, long Quantity)
{
    /// <summary>True when some quantity summed was approximate ("about 16 million").</summary>
    public bool IsApproximate { get; init; }

    /// <summary>
    /// True when some item of this category had no stated quantity (including goods re-exported by a transfer that
    /// names no items of its own), so that <see cref="Quantity"/> is only a lower bound.
    /// </summary>
    public bool IsLowerBound { get; init; }
}
