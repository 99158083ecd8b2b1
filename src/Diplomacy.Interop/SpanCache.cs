namespace Diplomacy.Interop;

/// <summary>
/// Interns what repeats in a file (actor names, codes, places, publishers) by its text, looked up without allocating a
/// string for a text already seen.
/// </summary>
internal sealed class SpanCache<T>
{
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanCache() => _lookup = _items.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _items.Count;

    public bool TryGet(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    public T Add(ReadOnlySpan<char> key, T value)
    {
        _lookup[key] = value;
        return value;
    }
}

/// <summary>A reusable buffer for composing a lookup key from several columns without allocating.</summary>
internal sealed class KeyBuffer
{
    private const char Separator = '\u001F';
    private char[] _chars = new char[256];
    private int _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public KeyBuffer Clear()
    {
        _length = 0;
        return this;
    }

    public KeyBuffer Append(ReadOnlySpan<char> part)
    {
        var needed = _length + part.Length + 1;
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }

        part.CopyTo(_chars.AsSpan(_length));
        _length += part.Length;
        _chars[_length++] = Separator;
        return this;
    }
}
