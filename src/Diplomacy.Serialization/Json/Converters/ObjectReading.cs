using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json.Converters;

/// <summary>Shared checks for the converters that read small objects by hand (money, coding).</summary>
internal static class ObjectReading
{
    public static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {what} as a JSON object, found {JsonText.Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Marks a property as seen; a second occurrence is an error unless the options allow duplicates.</summary>
    public static void MarkSeen(ref int seen, int bit, string name, JsonSerializerOptions options)
    {
        if ((seen & bit) != 0 && !options.AllowDuplicateProperties)
        {
            throw new JsonException($"The property '{name}' appears twice.");
        }

        seen |= bit;
    }

    /// <summary>Skips an unknown property's value, or refuses it when the options disallow unmapped members.</summary>
    public static void Unknown(ref Utf8JsonReader reader, JsonSerializerOptions options, string what, string known)
    {
        if (options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow)
        {
            throw new JsonException($"The property '{reader.GetString()}' is not part of {what}; expected {known}. (Set ChronicleJsonOptions.AllowUnknownProperties to ignore unknown properties.)");
        }

        reader.Read();
        reader.Skip();
    }

    public static string ReadString(ref Utf8JsonReader reader, string what)
    {
        reader.Read();
        return JsonText.ReadString(ref reader, what);
    }

    public static bool ReadBoolean(ref Utf8JsonReader reader, string what)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"Expected {what} as true or false, found {JsonText.Describe(reader.TokenType)}."),
        };
    }
}
