namespace Diplomacy;

/// <summary>The thread-safe <see cref="IChronicleStore"/>: a reference swapped by compare-and-exchange.</summary>
public sealed class ChronicleStore : IChronicleStore
{
    private Chronicle _current;

    /// <summary>Creates a store holding <paramref name="initial"/>.</summary>
    public ChronicleStore(Chronicle initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    /// <inheritdoc/>
    public Chronicle Current => Volatile.Read(ref _current);

    /// <inheritdoc/>
    public Chronicle Append(IEnumerable<DiplomaticEvent> events, IEnumerable<Actor>? actors = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var newEvents = events.ToArray();
        var newActors = actors?.ToArray() ?? [];
        return Update(current => current.With(newActors, newEvents));
    }

    /// <inheritdoc/>
    public Chronicle Update(Func<Chronicle, Chronicle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            var current = Current;
            var next = change(current) ?? throw new InvalidOperationException("The change returned null; return a chronicle.");
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, next, current), current))
            {
                return next;
            }
        }
    }
}
