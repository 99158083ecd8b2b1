using System.Collections;

namespace Diplomacy;

/// <summary>
/// An immutable list with structural equality, used behind every <see cref="IReadOnlyList{T}"/>
/// property of the model so that two records with the same contents compare equal.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;
    private int _hash;

    private ValueList(T[] items) => _items = items;

    /// <summary>Wraps a copy of <paramref name="items"/>; null becomes empty; an existing ValueList is reused.</summary>
    public static ValueList<T> From(IEnumerable<T>? items, string? parameterName = null)
    {
        switch (items)
        {
            case null:
                return Empty;
            case ValueList<T> list:
                return list;
        }

        var array = items.ToArray();
        if (array.Length == 0)
        {
            return Empty;
        }

        if (!typeof(T).IsValueType)
        {
            for (var i = 0; i < array.Length; i++)
            {
                if (array[i] is null)
                {
                    throw new ArgumentException($"The list has a null element at index {i}.", parameterName ?? nameof(items));
                }
            }
        }

        return new ValueList<T>(array);
    }

    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public T this[int index] => _items[index];

    public int Count => _items.Length;

    public ReadOnlySpan<T> AsSpan() => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <summary>
    /// The items' combined hash, computed on first use and kept (the list never changes; 0 means not computed yet,
    /// so a combined hash of 0 is kept as 1). Threads racing to compute it write the same value.
    /// </summary>
    public override int GetHashCode()
    {
        if (_hash != 0)
        {
            return _hash;
        }

        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        var combined = hash.ToHashCode();
        _hash = combined == 0 ? 1 : combined;
        return _hash;
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
