using NodaTime;

namespace Diplomacy;

/// <summary>
/// A route by which arms from an origin reached an end user: the ordered chain of actors, what went along it and
/// the transfers behind it.
/// </summary>
/// <param name="Actors">The chain: the supplier (the origin or one of its organisations), the recipient, the intermediaries in order, the end user.</param>
public sealed record ArmsRoute(IReadOnlyList<ActorId> Actors) : QueryResult
{
    private readonly IReadOnlyList<ActorId> _actors = ValueList<ActorId>.From(Actors, nameof(Actors));
    private readonly IReadOnlyList<ArmsQuantity> _quantities = ValueList<ArmsQuantity>.Empty;
    private readonly IReadOnlyList<Money> _values = ValueList<Money>.Empty;
    private readonly IReadOnlyList<ArmsTransfer> _transfers = ValueList<ArmsTransfer>.Empty;

    /// <summary>The chain of actors, supplier first and end user last; never null.</summary>
    public IReadOnlyList<ActorId> Actors
    {
        get => _actors;
        init => _actors = ValueList<ActorId>.From(value, nameof(Actors));
    }

    /// <summary>Quantities summed per weapon category, in category order; never null.</summary>
    public IReadOnlyList<ArmsQuantity> Quantities
    {
        get => _quantities;
        init => _quantities = ValueList<ArmsQuantity>.From(value, nameof(Quantities));
    }

    /// <summary>Values summed per currency, one amount per currency in code order (currencies are never added together); never null.</summary>
    public IReadOnlyList<Money> Values
    {
        get => _values;
        init => _values = ValueList<Money>.From(value, nameof(Values));
    }

    /// <summary>Every transfer along the route (those leaving the origin and those passing the goods on), in timeline order; never null.</summary>
    public IReadOnlyList<ArmsTransfer> Transfers
    {
        get => _transfers;
        init => _transfers = ValueList<ArmsTransfer>.From(value, nameof(Transfers));
    }

    /// <summary>The actors between the supplier and the end user.</summary>
    public IReadOnlyList<ActorId> Via => ValueList<ActorId>.Wrap(_actors.Skip(1).Take(Math.Max(0, _actors.Count - 2)).ToArray());
}
