namespace Diplomacy;

/// <summary>What was gained in exchange, and from whom.</summary>
/// <param name="Kind">What kind of gain.</param>
/// <param name="From">Who provided it, if anyone (Iran, for drones); null for a gain such as forces kept at home.</param>
public sealed record Consideration(ConsiderationKind Kind, ActorId? From = null)
{
    /// <summary>What exactly, in the author's words (e.g. <c>Shahed drones</c>).</summary>
    public string? Description { get; init; }

    /// <summary>E.g. <c>Materiel from IRN (drones)</c>.</summary>
    public override string ToString() =>
        $"{Kind}{(From is { } f ? " from " + f : string.Empty)}{(Description is null ? string.Empty : " (" + Description + ")")}";
}
