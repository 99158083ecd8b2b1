using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Json;

namespace Diplomacy.Serialization.Snapshots;

/// <summary>
/// A snapshot section's JSON array of model objects, each deserialised when first asked for: loading only finds
/// where each element starts and ends (a skim, several times faster than deserialising), so that opening a snapshot
/// does not pay for typed events no query reads. Safe from any thread: a race creates an object twice, equal by value,
/// and keeps one.
/// </summary>
internal sealed class ModelsOnDemand<T> : IReadOnlyList<T>, IModelsJson
    where T : class
{
    private readonly byte[] _json;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly T?[] _values;
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly JsonReaderOptions _readerOptions;

    /// <summary>Finds the elements of the array in <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">The payload is not a JSON array.</exception>
    public ModelsOnDemand(byte[] json, DiplomacyJson format)
    {
        _json = json;
        _typeInfo = (JsonTypeInfo<T>)format.Options.GetTypeInfo(typeof(T));
        _readerOptions = format.ReaderOptions;
        var reader = new Utf8JsonReader(json, _readerOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("The section is not a JSON array.");
        }

        var starts = new List<int>();
        var ends = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            starts.Add((int)reader.TokenStartIndex);
            reader.Skip();
            ends.Add((int)reader.BytesConsumed);
        }

        if (reader.TokenType != JsonTokenType.EndArray || reader.Read())
        {
            throw new JsonException("The array does not end where the section does.");
        }

        _starts = [.. starts];
        _ends = [.. ends];
        _values = new T?[_starts.Length];
    }

    /// <inheritdoc/>
    public int Count => _values.Length;

    /// <inheritdoc/>
    public ReadOnlySpan<byte> Json => _json;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            var value = Volatile.Read(ref _values[index]);
            if (value is not null)
            {
                return value;
            }

            var created = JsonSerializer.Deserialize(_json.AsSpan(_starts[index], _ends[index] - _starts[index]), _typeInfo)
                ?? throw new InvalidDataException($"Snapshot entry {index} is null.");
            return Interlocked.CompareExchange(ref _values[index], created, null) ?? created;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Models still held as the JSON array they were read from (this format's own), so that saving them again copies the
/// bytes instead of deserialising and serialising every element.
/// </summary>
internal interface IModelsJson
{
    /// <summary>The JSON array, exactly as read.</summary>
    ReadOnlySpan<byte> Json { get; }
}
