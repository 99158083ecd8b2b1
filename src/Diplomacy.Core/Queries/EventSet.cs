using NodaTime;

namespace Diplomacy;

/// <summary>
/// A set of events to ask about: given by id, by a predicate, or both (an event is in the set when either says so).
/// </summary>
/// <remarks>Predicates are only ever applied to events that a reaction or disclosure refers to, never to every event.</remarks>
public sealed record EventSet
{
    private readonly IReadOnlyList<EventId> _ids = ValueList<EventId>.Empty;
    private readonly HashSet<EventId> _lookup = [];

    /// <summary>The events named by id; never null.</summary>
    public IReadOnlyList<EventId> Ids
    {
        get => _ids;
        init
        {
            _ids = ValueList<EventId>.From(value, nameof(Ids));
            _lookup = [.. _ids];
        }
    }

    /// <summary>A test for further events, if any (e.g. every Serbian arms transfer that ends in Ukraine).</summary>
    public Func<DiplomaticEvent, bool>? Predicate { get; init; }

    /// <summary>The events with these ids.</summary>
    public static EventSet Of(params IEnumerable<EventId> ids) => new() { Ids = ids.ToArray() };

    /// <summary>The events that meet a predicate.</summary>
    public static EventSet Where(Func<DiplomaticEvent, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new() { Predicate = predicate };
    }

    /// <summary>True when the event is in the set.</summary>
    public bool Contains(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        return _lookup.Contains(diplomaticEvent.Id) || (Predicate?.Invoke(diplomaticEvent) ?? false);
    }

    /// <summary>Equal when the ids are equal and the predicates are the same delegate.</summary>
    public bool Equals(EventSet? other) =>
        other is not null && _ids.Equals(other._ids) && Equals(Predicate, other.Predicate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_ids, Predicate);
}
