using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json.Converters;

/// <summary><see cref="FuzzyDate"/> as its EDTF text (<c>"2024-07"</c>, <c>"2023-21~"</c>, <c>"2022-02-24/.."</c>).</summary>
internal sealed class FuzzyDateConverter : JsonConverter<FuzzyDate>
{
    // The longest EDTF text FuzzyDate writes is 23 characters; anything much longer is not a date.
    private const int MaxChars = 64;

    public override bool HandleNull => true;

    public override FuzzyDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date as an EDTF string (e.g. \"2024-07-08\", \"2023-04\", \"2022-02-24/..\"), found {JsonText.Describe(reader.TokenType)}.");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= MaxChars)
        {
            Span<char> buffer = stackalloc char[MaxChars];
            var written = reader.CopyString(buffer);
            if (FuzzyDate.TryParse(buffer[..written], out var date))
            {
                return date;
            }
        }

        var text = reader.GetString()!;
        try
        {
            return FuzzyDate.Parse(text.Length > MaxChars ? text[..MaxChars] + "…" : text);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, FuzzyDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[MaxChars];
        value.TryFormat(buffer, out var written, default, null);
        writer.WriteStringValue(buffer[..written]);
    }
}
