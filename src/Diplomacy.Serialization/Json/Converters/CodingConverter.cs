using System.Text.Json;
using System.Text.Json.Serialization;

namespace Diplomacy.Serialization.Json.Converters;

/// <summary>
/// <see cref="Coding"/> as an object. A coding that is exactly the codebook's coding of its CAMEO code is written
/// compactly as <c>{"cameo": "051"}</c> and read back as the codebook's (shared) instance; any other coding is
/// written in full: <c>cameo</c> (if any), <c>quadClass</c>, then <c>goldstein</c>, <c>ploverCategory</c>,
/// <c>ploverMode</c> and <c>ploverContexts</c> when set.
/// </summary>
internal sealed class CodingConverter : JsonConverter<Coding>
{
    private const string Known = "cameo, quadClass, goldstein, ploverCategory, ploverMode, ploverContexts";

    /// <summary>
    /// Stands for a JSON <c>null</c> until the event holding it is complete, when
    /// <see cref="DiplomacyContracts"/> refuses it: the model reads a null coding as "the kind's default", which is what
    /// an absent property means, while an explicit null in a file is an error.
    /// </summary>
    internal static readonly Coding ExplicitNull = new(QuadClass.VerbalCooperation);

    public override bool HandleNull => true;

    public override Coding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ExplicitNull;
        }

        ObjectReading.ExpectStartObject(ref reader, "a coding ({\"cameo\": \"051\"} or {\"quadClass\": \"verbalCooperation\", ...})");
        CameoCode? cameo = null;
        QuadClass? quadClass = null;
        double? goldstein = null;
        PloverCategory? category = null;
        string? mode = null;
        List<string>? contexts = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("cameo"u8))
            {
                ObjectReading.MarkSeen(ref seen, 1, "cameo", options);
                var text = ObjectReading.ReadString(ref reader, "a CAMEO event code");
                cameo = CameoCode.TryParse(text, out var code) ? code : JsonText.Create(static t => new CameoCode(t), text);
            }
            else if (reader.ValueTextEquals("quadClass"u8))
            {
                ObjectReading.MarkSeen(ref seen, 2, "quadClass", options);
                reader.Read();
                quadClass = EnumNames<QuadClass>.Read(ref reader);
            }
            else if (reader.ValueTextEquals("goldstein"u8))
            {
                ObjectReading.MarkSeen(ref seen, 4, "goldstein", options);
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var score) || score is < -10 or > 10)
                {
                    throw new JsonException("Expected the Goldstein score as a number from -10 to +10.");
                }

                goldstein = score;
            }
            else if (reader.ValueTextEquals("ploverCategory"u8))
            {
                ObjectReading.MarkSeen(ref seen, 8, "ploverCategory", options);
                reader.Read();
                category = EnumNames<PloverCategory>.Read(ref reader);
            }
            else if (reader.ValueTextEquals("ploverMode"u8))
            {
                ObjectReading.MarkSeen(ref seen, 16, "ploverMode", options);
                mode = ObjectReading.ReadString(ref reader, "the PLOVER mode");
            }
            else if (reader.ValueTextEquals("ploverContexts"u8))
            {
                ObjectReading.MarkSeen(ref seen, 32, "ploverContexts", options);
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonException($"Expected the PLOVER contexts as an array of strings, found {JsonText.Describe(reader.TokenType)}.");
                }

                contexts = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    contexts.Add(JsonText.ReadString(ref reader, "a PLOVER context"));
                }
            }
            else
            {
                ObjectReading.Unknown(ref reader, options, "a coding", Known);
            }
        }

        if (seen == 1)
        {
            // {"cameo": "051"}: the codebook's coding of the code.
            return Coding.TryFromCameo(cameo!.Value, out var fromCodebook)
                ? fromCodebook
                : throw new JsonException($"The CAMEO code '{cameo}' is not in the codebook, so its coding cannot be looked up; give it in full (at least 'quadClass').");
        }

        if (quadClass is null)
        {
            throw new JsonException("A coding needs a 'quadClass' unless it is only a CAMEO code ({\"cameo\": \"051\"}), which takes the codebook's coding.");
        }

        var coding = new Coding(quadClass.Value)
        {
            Cameo = cameo,
            Goldstein = goldstein,
            PloverCategory = category,
            PloverMode = mode,
            PloverContexts = contexts ?? [],
        };

        // Share the codebook's instance when the full form says nothing more than the code.
        return cameo is { } c && Coding.TryFromCameo(c, out var shared) && shared.Equals(coding) ? shared : coding;
    }

    public override void Write(Utf8JsonWriter writer, Coding value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Cameo is { } cameo)
        {
            writer.WriteString("cameo"u8, cameo.Value);
            if (Coding.TryFromCameo(cameo, out var fromCodebook) && fromCodebook.Equals(value))
            {
                writer.WriteEndObject();
                return;
            }
        }

        writer.WriteString("quadClass"u8, EnumNames<QuadClass>.NameOf(value.QuadClass));
        if (value.Goldstein is { } goldstein)
        {
            writer.WriteNumber("goldstein"u8, goldstein);
        }

        if (value.PloverCategory is { } category)
        {
            writer.WriteString("ploverCategory"u8, EnumNames<PloverCategory>.NameOf(category));
        }

        if (value.PloverMode is { } mode)
        {
            writer.WriteString("ploverMode"u8, mode);
        }

        if (value.PloverContexts.Count > 0)
        {
            writer.WriteStartArray("ploverContexts"u8);
            foreach (var context in value.PloverContexts)
            {
                writer.WriteStringValue(context);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
