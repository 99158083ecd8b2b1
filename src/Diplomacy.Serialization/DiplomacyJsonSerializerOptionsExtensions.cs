using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Documents;
using Diplomacy.Serialization.Json;
using NodaTime.Serialization.SystemTextJson;

namespace Diplomacy.Serialization;

/// <summary>Lets applications embed Diplomacy types in their own JSON, written exactly as in chronicle files.</summary>
public static class DiplomacyJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds converters so that <paramref name="options"/> reads and writes the model's types in the chronicle format:
    /// ids, EDTF dates, CAMEO codes, money, codings and enums as in <c>docs/format.md</c>; actors and events (with
    /// their <c>type</c>), citations, places, items and considerations; a <see cref="Chronicle"/> as a whole document
    /// (validated when read); and NodaTime's date and time types in their ISO forms. Converters already present for
    /// a type are kept. Works without reflection (source-generated contracts), so it is safe under trimming and AOT.
    /// </summary>
    /// <remarks>
    /// Model objects are read strictly (unknown properties refused) when <paramref name="options"/> disallows unmapped
    /// members, and leniently otherwise; indentation and depth follow the caller's writer and reader.
    /// </remarks>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureForDiplomacy(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonConverter[] converters =
        [
            .. DiplomacyConverters.All,
            new ModelConverter<Actor>(),
            new ModelConverter<State>(),
            new ModelConverter<Person>(),
            new ModelConverter<Organization>(),
            new ModelConverter<Alliance>(),
            new ModelConverter<DiplomaticEvent>(),
            new ModelConverter<ArmsTransfer>(),
            new ModelConverter<Meeting>(),
            new ModelConverter<PublicReaction>(),
            new ModelConverter<SanctionsAction>(),
            new ModelConverter<RelationshipChange>(),
            new ModelConverter<OfficeChange>(),
            new ModelConverter<MembershipChange>(),
            new ModelConverter<Disclosure>(),
            new ModelConverter<Commitment>(),
            new ModelConverter<CodedEvent>(),
            new ModelConverter<Citation>(),
            new ModelConverter<Place>(),
            new ModelConverter<ArmsItem>(),
            new ModelConverter<Consideration>(),
            new ChronicleConverter(),
            NodaConverters.InstantConverter,
            NodaConverters.LocalDateConverter,
            NodaConverters.LocalDateTimeConverter,
            NodaConverters.LocalTimeConverter,
            NodaConverters.AnnualDateConverter,
            NodaConverters.YearMonthConverter,
            NodaConverters.IsoDateIntervalConverter,
            NodaConverters.IsoIntervalConverter,
            NodaConverters.OffsetConverter,
            NodaConverters.OffsetDateTimeConverter,
            NodaConverters.OffsetDateConverter,
            NodaConverters.OffsetTimeConverter,
            NodaConverters.DurationConverter,
            NodaConverters.RoundtripPeriodConverter,
        ];
        foreach (var converter in converters)
        {
            if (!options.Converters.Any(existing => existing.Type == converter.Type))
            {
                options.Converters.Add(converter);
            }
        }

        return options;
    }

    private static DiplomacyJson FormatFor(JsonSerializerOptions options) =>
        DiplomacyJson.For(options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow ? ChronicleJsonOptions.Default : Lenient);

    private static readonly ChronicleJsonOptions Lenient = new() { AllowUnknownProperties = true };

    /// <summary>Reads and writes a model type with the format's own contracts, whatever the caller's options say.</summary>
    private sealed class ModelConverter<T> : JsonConverter<T>
        where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)FormatFor(options).Options.GetTypeInfo(typeof(T)));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)FormatFor(options).Options.GetTypeInfo(typeof(T)));
    }

    /// <summary>A chronicle as a whole document, validated when read; positions in errors are relative to the document.</summary>
    private sealed class ChronicleConverter : JsonConverter<Chronicle>
    {
        public override Chronicle? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var bytes = System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
            var format = options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow ? ChronicleJsonOptions.Default : Lenient;
            try
            {
                return ChronicleDocumentReader.Read(bytes, format, null);
            }
            catch (ChronicleFormatException e)
            {
                throw new JsonException("The chronicle is not valid. " + e.Message, e);
            }
        }

        public override void Write(Utf8JsonWriter writer, Chronicle value, JsonSerializerOptions options)
        {
            foreach (var _ in ChronicleDocumentWriter.Steps(writer, value, FormatFor(options)))
            {
                // The caller's serializer flushes its own writer.
            }
        }
    }
}
