using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json.Converters;

/// <summary>The camelCase JSON names of an enum's values (<c>NewsOutlet</c> is <c>newsOutlet</c>).</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, JsonEncodedText Name)[] Entries =
        [.. Enum.GetValues<TEnum>().Select(v => (v, JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))))];

    /// <summary>Every name, for messages: <c>praise, support, …</c>.</summary>
    public static string Known { get; } = string.Join(", ", Entries.Select(e => e.Name.Value));

    /// <summary>The named values, without zero (for flags).</summary>
    public static IEnumerable<(TEnum Value, JsonEncodedText Name)> All => Entries;

    /// <summary>The JSON name of a value; a <see cref="JsonException"/> for a value without a name, which cannot be written faithfully.</summary>
    public static JsonEncodedText NameOf(TEnum value)
    {
        foreach (var entry in Entries)
        {
            if (EqualityComparer<TEnum>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }

        throw new JsonException($"{value} is not a named {typeof(TEnum).Name}; only named values can be written.");
    }

    /// <summary>The value named by the string at the reader; a <see cref="JsonException"/> listing the names otherwise.</summary>
    public static TEnum Read(ref Utf8JsonReader reader, IEnumerable<(TEnum Value, JsonEncodedText Name)>? among = null)
    {
        var candidates = among ?? Entries;
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (value, name) in candidates)
            {
                if (reader.ValueTextEquals(name.EncodedUtf8Bytes))
                {
                    return value;
                }
            }

            throw new JsonException($"'{reader.GetString()}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", candidates.Select(c => c.Name.Value))}.");
        }

        throw new JsonException($"Expected a string naming the {typeof(TEnum).Name} (one of: {string.Join(", ", candidates.Select(c => c.Name.Value))}), found {JsonText.Describe(reader.TokenType)}.");
    }
}

/// <summary>An enum as its camelCase name; numbers are refused, so that a file never depends on declaration order.</summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override bool HandleNull => true;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EnumNames<TEnum>.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EnumNames<TEnum>.NameOf(value));
}

/// <summary><see cref="AllianceObligations"/> (flags) as an array of camelCase names, e.g. <c>["defense", "consultation"]</c>; none is <c>[]</c>.</summary>
internal sealed class AllianceObligationsConverter : JsonConverter<AllianceObligations>
{
    private static readonly (AllianceObligations Value, JsonEncodedText Name)[] Flags =
        [.. EnumNames<AllianceObligations>.All.Where(e => e.Value != AllianceObligations.None)];

    private static readonly AllianceObligations Defined = Flags.Aggregate(AllianceObligations.None, (all, f) => all | f.Value);

    public override bool HandleNull => true;

    public override AllianceObligations Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected the obligations as an array of names (any of: {string.Join(", ", Flags.Select(f => f.Name.Value))}), found {JsonText.Describe(reader.TokenType)}.");
        }

        var result = AllianceObligations.None;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result |= EnumNames<AllianceObligations>.Read(ref reader, Flags);
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, AllianceObligations value, JsonSerializerOptions options)
    {
        if ((value & ~Defined) != 0)
        {
            throw new JsonException($"The obligations {value} include bits that have no name; only named obligations can be written.");
        }

        writer.WriteStartArray();
        foreach (var (flag, name) in Flags)
        {
            if (value.HasFlag(flag))
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }
}
