using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Json;
using Diplomacy.Serialization.Json.Converters;

namespace Diplomacy.Serialization.Documents;

/// <summary>
/// Reads one actor or event (an element of a document's array, or a JSON Lines line) and turns anything that goes
/// wrong into a <see cref="ChronicleFormatException"/> located by JSON path, line and byte.
/// </summary>
internal static partial class ElementReader
{
    /// <summary>Reads the element at the reader (its first token already read).</summary>
    /// <param name="reader">Positioned on the element's first token; left on its last.</param>
    /// <param name="info">The contract of the element's base type.</param>
    /// <param name="source">The text the reader reads, for locating errors.</param>
    /// <param name="path">The element's JSON path, e.g. <c>$.events[12]</c> (<c>$</c> for a JSON Lines line).</param>
    public static T Read<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info, in SourceText source, string path)
        where T : class
    {
        var start = reader.TokenStartIndex;
        var isEvent = typeof(T) == typeof(DiplomaticEvent);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw source.ErrorAt(start, path, $"{(isEvent ? "An event" : "An actor")} cannot be null.");
        }

        // Syntax (and depth) is checked first, so that such errors are located against the whole text; everything
        // the serializer reports after that is located relative to the element.
        var syntax = reader;
        try
        {
            syntax.Skip();
        }
        catch (JsonException e)
        {
            throw source.Context.Error(Clean(e), path, source.FirstLine + e.LineNumber, e.BytePositionInLine, e);
        }

        try
        {
            return JsonSerializer.Deserialize(ref reader, info)!;
        }
        catch (JsonException e)
        {
            throw TypeProblem(source, start, path, isEvent) ?? Located(e, source, start, path, UnknownProperty(e, info.Options));
        }
        catch (NotSupportedException e)
        {
            // The serializer's way of saying that an abstract type's discriminator is missing.
            throw TypeProblem(source, start, path, isEvent) ?? source.ErrorAt(start, path, e.Message, e);
        }
        catch (ArgumentException e)
        {
            // A model constructor or setter refused a value the converters let through (e.g. a null in a list).
            var field = e.ParamName is { Length: > 0 } name ? "." + JsonNamingPolicy.CamelCase.ConvertName(name) : string.Empty;
            throw source.ErrorAt(start, path + field, JsonText.MessageOf(e), e);
        }
    }

    /// <summary>
    /// Locates a serializer exception. The serializer reads the element on its own, so its path, line and position
    /// are relative to the element's start.
    /// </summary>
    private static ChronicleFormatException Located(JsonException e, in SourceText source, long start, string path, string? message = null)
    {
        var fullPath = e.Path is { Length: > 0 } relative && relative[0] == '$' ? path + relative[1..] : path;
        message ??= Clean(e);
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } position)
        {
            return source.ErrorAt(start, fullPath, message, e);
        }

        var (startLine, startPosition) = source.LocationOf(start);
        return source.Context.Error(message, fullPath, startLine + line, line == 0 ? startPosition + position : position, e);
    }

    /// <summary>
    /// For the serializer's refusal of a property the model does not have, a message in the format's terms: what the
    /// object is (by its <c>type</c> name, or its model's name), the property it most likely meant, and the properties
    /// it has. Null for any other error.
    /// </summary>
    internal static string? UnknownProperty(JsonException e, JsonSerializerOptions options)
    {
        var match = UnmappedMember().Match(e.Message);
        if (!match.Success || ModelNamed(options, match.Groups["type"].Value) is not { } type)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var what = KnownTypes.Actors.Concat(KnownTypes.Events).FirstOrDefault(t => t.Type == type).Name ?? JsonNamingPolicy.CamelCase.ConvertName(type.Name);
        var known = options.GetTypeInfo(type).Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name).ToList();
        if (typeof(Actor).IsAssignableFrom(type) || typeof(DiplomaticEvent).IsAssignableFrom(type))
        {
            known.Insert(0, KnownTypes.Discriminator);
        }

        static int Distance(string a, string b) => EditDistance.Of(a.ToLowerInvariant(), b.ToLowerInvariant());
        var meant = known.Where(k => k.Equals(name, StringComparison.OrdinalIgnoreCase) || Distance(k, name) <= Math.Max(1, Math.Min(k.Length, name.Length) / 3))
            .OrderBy(k => k.Equals(name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(k, name))
            .FirstOrDefault();
        var article = "aeiou".Contains(what[0], StringComparison.Ordinal) ? "an" : "a";
        return $"The property '{name}' is not part of {article} {what}{(meant is null ? "." : $"; did you mean '{meant}'?")} Its properties are: {string.Join(", ", known)}. (Set ChronicleJsonOptions.AllowUnknownProperties to ignore unknown properties.)";
    }

    /// <summary>
    /// The model type with this full name among those the format reads: the actor and event types and, through their
    /// contracts, every type they hold (citations, codings, items, money, places). Null when none is.
    /// </summary>
    private static Type? ModelNamed(JsonSerializerOptions options, string fullName)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(KnownTypes.Actors.Concat(KnownTypes.Events).Select(t => t.Type));
        while (pending.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.FullName == fullName)
            {
                return type;
            }

            if (type.IsPrimitive || type == typeof(string) || !options.TryGetTypeInfo(type, out var info))
            {
                continue;
            }

            if (info.ElementType is { } element)
            {
                pending.Enqueue(element);
            }

            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in info.Properties)
                {
                    pending.Enqueue(property.PropertyType);
                }
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^The JSON property '(?<name>[^']*)' could not be mapped to any \\.NET member contained in type '(?<type>[^']+)'")]
    private static partial System.Text.RegularExpressions.Regex UnmappedMember();

    /// <summary>The serializer's message without the location it appends (reported separately, 1-based).</summary>
    internal static string Clean(JsonException e)
    {
        var message = e.Message;
        foreach (var marker in (string[])[" Path: ", " LineNumber: "])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        // Advice meant for the authors of .NET types, not of JSON files, and the reader's own state.
        message = message.Replace(" Consider updating its nullability annotation.", string.Empty, StringComparison.Ordinal)
            .Replace(", when isFinalBlock is true.", ".", StringComparison.Ordinal)
            .Replace(", when isFinalBlock is false.", ".", StringComparison.Ordinal);
        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            message = "The document is empty; a chronicle document is {\"formatVersion\": 1, \"actors\": [...], \"events\": [...]}.";
        }

        if (e.InnerException is InvalidOperationException inner)
        {
            message += " " + inner.Message;
        }

        return message.Trim();
    }

    /// <summary>
    /// When the element has no <c>type</c>, or one the format does not define, a message that lists the known types;
    /// otherwise null (the serializer's own message is better).
    /// </summary>
    private static ChronicleFormatException? TypeProblem(in SourceText source, long start, string path, bool isEvent)
    {
        var what = isEvent ? "event" : "actor";
        var reader = new Utf8JsonReader(source.Bytes[(int)start..], new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return source.ErrorAt(start, path, $"An {what} is a JSON object with a \"type\" ({KnownTypes.Describe(isEvent)}); found {JsonText.Describe(reader.TokenType)}.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals(KnownTypes.Discriminator);
                reader.Read();
                if (!isType)
                {
                    reader.Skip();
                    continue;
                }

                var at = start + reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.String)
                {
                    return source.ErrorAt(at, path + ".type", $"The {what}'s \"type\" must be a string, one of: {KnownTypes.Describe(isEvent)}.");
                }

                var name = reader.GetString()!;
                return KnownTypes.IsKnown(isEvent, name)
                    ? null
                    : source.ErrorAt(at, path + ".type", $"Unknown {what} type '{name}'; the known {what} types are: {KnownTypes.Describe(isEvent)}.");
            }

            return source.ErrorAt(start, path, $"The {what} has no \"type\"; give one of: {KnownTypes.Describe(isEvent)}.");
        }
        catch (Exception e) when (e is JsonException || IsTextError(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Whether an exception is System.Text.Json refusing a string's text (invalid UTF-8, a lone surrogate escape such
    /// as <c>\uD800</c>), which its reader only notices when the string is read, and reports as an
    /// <see cref="InvalidOperationException"/>. Used only around reading, where nothing else throws that type.
    /// </summary>
    internal static bool IsTextError(Exception e) => e is InvalidOperationException;
}
