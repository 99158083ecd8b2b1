namespace Diplomacy;

/// <summary>
/// Where something happened: a named place, the state it is in, and optionally its coordinates and its GeoNames id.
/// </summary>
/// <param name="Name">The place's name, e.g. <c>Moscow</c>.</param>
/// <param name="Country">The state the place is in, if known.</param>
public sealed record Place(string Name, ActorId? Country = null)
{
    /// <summary>Latitude in degrees (WGS 84), if known.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees (WGS 84), if known.</summary>
    public double? Longitude { get; init; }

    /// <summary>
    /// The place's id in the GeoNames gazetteer (geonames.org; <c>524901</c> is Moscow), if known: the
    /// <c>geonameid</c> that PLOVER 2.0 and POLECAT records carry, which names one place whatever its spelling.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public long? GeoNamesId
    {
        get => _geoNamesId;
        init => _geoNamesId = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(GeoNamesId), value, "A GeoNames id is a positive number.");
    }

    private readonly long? _geoNamesId;

    /// <summary>The name, with the country when known.</summary>
    public override string ToString() => Country is { } c ? $"{Name}, {c}" : Name;
}
