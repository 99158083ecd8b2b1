namespace Diplomacy;

/// <summary>Where something happened: a named place, the state it is in, and optionally its coordinates.</summary>
/// <param name="Name">The place's name, e.g. <c>Moscow</c>.</param>
/// <param name="Country">The state the place is in, if known.</param>
public sealed record Place(string Name, ActorId? Country = null)
{
    /// <summary>Latitude in degrees (WGS 84), if known.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees (WGS 84), if known.</summary>
    public double? Longitude { get; init; }

    /// <summary>The name, with the country when known.</summary>
    public override string ToString() => Country is { } c ? $"{Name}, {c}" : Name;
}
