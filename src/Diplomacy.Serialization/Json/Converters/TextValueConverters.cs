using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json.Converters;

/// <summary>
/// Reads and writes a value that has a text form (an id, a code) as a JSON string, also as a property name. A value
/// that does not parse becomes a <see cref="JsonException"/>, which the serializer locates (path, line, byte).
/// </summary>
internal abstract class TextValueConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly string _what;

    protected TextValueConverter(string what) => _what = what;

    public override bool HandleNull => true;

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonText.ReadString(ref reader, _what));

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    /// <summary>Parses the text, throwing <see cref="JsonException"/> with the model's explanation when it is not valid.</summary>
    protected abstract T Parse(string text);

    protected abstract string Format(T value);
}

/// <summary>Helpers for reading text and reporting what was found instead.</summary>
internal static class JsonText
{
    /// <summary>The string at the reader, or a <see cref="JsonException"/> naming what was expected.</summary>
    internal static string ReadString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {what} as a JSON string, found {Describe(reader.TokenType)}.");

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };

    /// <summary>An argument exception's message without the "(Parameter 'x')" suffix the runtime appends.</summary>
    internal static string MessageOf(ArgumentException exception)
    {
        var suffix = exception.ParamName is null ? null : $" (Parameter '{exception.ParamName}')";
        var message = exception.Message;
        return suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    /// <summary>Runs a model constructor, turning its argument exception into a <see cref="JsonException"/>.</summary>
    internal static TValue Create<TValue>(Func<string, TValue> create, string text)
    {
        try
        {
            return create(text);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(MessageOf(e), e);
        }
    }
}

/// <summary><see cref="ActorId"/> as its text: <c>"SRB"</c>, <c>"aleksandar-vulin"</c>.</summary>
internal sealed class ActorIdConverter() : TextValueConverter<ActorId>("an actor id")
{
    protected override ActorId Parse(string text) =>
        ActorId.TryParse(text, out var id) ? id : JsonText.Create(static t => new ActorId(t), text);

    protected override string Format(ActorId value) => value.Value;
}

/// <summary><see cref="EventId"/> as its text.</summary>
internal sealed class EventIdConverter() : TextValueConverter<EventId>("an event id")
{
    protected override EventId Parse(string text) =>
        EventId.TryParse(text, null, out var id) ? id : JsonText.Create(static t => new EventId(t), text);

    protected override string Format(EventId value) => value.Value;
}

/// <summary><see cref="CameoCode"/> as its digits, leading zeros kept: <c>"0311"</c>.</summary>
internal sealed class CameoCodeConverter() : TextValueConverter<CameoCode>("a CAMEO event code")
{
    protected override CameoCode Parse(string text) =>
        CameoCode.TryParse(text, out var code) ? code : JsonText.Create(static t => new CameoCode(t), text);

    protected override string Format(CameoCode value) => value.Value;
}
