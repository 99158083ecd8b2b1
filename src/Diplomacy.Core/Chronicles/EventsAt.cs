namespace Diplomacy;

/// <summary>
/// A query's answer over one segment: the positions of the events it found, in timeline order. Each event is made
/// from the storage's columns the first time it is read and kept, so a caller that counts the answer, or reads only
/// its first few events, does not pay for the rest, and reading an event twice gives the same instance.
/// </summary>
/// <remarks>
/// Safe to read from several threads: two threads reading an event that has not been made yet may both make it, and
/// both then return the one that was kept first (the events are equal by value either way).
/// </remarks>
internal sealed class EventsAt : IReadOnlyList<DiplomaticEvent>
{
    private readonly int[] _positions;
    private readonly Func<int, DiplomaticEvent> _make;
    private DiplomaticEvent?[]? _made;

    /// <summary>The events at <paramref name="positions"/> (ascending), each made by <paramref name="make"/> when first read.</summary>
    public EventsAt(int[] positions, Func<int, DiplomaticEvent> make)
    {
        _positions = positions;
        _make = make;
    }

    /// <inheritdoc/>
    public int Count => _positions.Length;

    /// <inheritdoc/>
    public DiplomaticEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_positions.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The answer holds {_positions.Length} events; indexes run from 0 to {_positions.Length - 1}.");
            }

            var made = Volatile.Read(ref _made) ?? Interlocked.CompareExchange(ref _made, new DiplomaticEvent?[_positions.Length], null) ?? _made!;
            var kept = Volatile.Read(ref made[index]);
            if (kept is null)
            {
                var fresh = _make(_positions[index]);
                kept = Interlocked.CompareExchange(ref made[index], fresh, null) ?? fresh;
            }

            return kept;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<DiplomaticEvent> GetEnumerator()
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
