using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Serialization.SystemTextJson;

namespace Diplomacy.Serialization.Json;

/// <summary>The serializer settings of the format, one read-only instance per <see cref="ChronicleJsonOptions"/> value.</summary>
internal sealed class DiplomacyJson
{
    private static readonly ConcurrentDictionary<ChronicleJsonOptions, DiplomacyJson> Cache = new();

    private DiplomacyJson(ChronicleJsonOptions format)
    {
        Format = format;
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = DiplomacyJsonContext.Default.WithAddedModifier(DiplomacyContracts.Modify),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            AllowDuplicateProperties = false,
            UnmappedMemberHandling = format.AllowUnknownProperties ? JsonUnmappedMemberHandling.Skip : JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = format.MaxDepth,
            WriteIndented = format.Indented,
            Encoder = WriterEncoder,
        };
        foreach (var converter in DiplomacyConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.MakeReadOnly();
        Options = options;
        Actor = (JsonTypeInfo<Actor>)options.GetTypeInfo(typeof(Actor));
        Event = (JsonTypeInfo<DiplomaticEvent>)options.GetTypeInfo(typeof(DiplomaticEvent));
    }

    /// <summary>
    /// Non-ASCII letters (Vučić, Шойгу) are written as themselves, not as \u escapes, so files stay readable. The
    /// documents are data files, never embedded in HTML, so the relaxed encoder's HTML-sensitive characters are safe.
    /// </summary>
    public static JavaScriptEncoder WriterEncoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public ChronicleJsonOptions Format { get; }

    public JsonSerializerOptions Options { get; }

    public JsonTypeInfo<Actor> Actor { get; }

    public JsonTypeInfo<DiplomaticEvent> Event { get; }

    public static DiplomacyJson For(ChronicleJsonOptions? format) => Cache.GetOrAdd(format ?? ChronicleJsonOptions.Default, static f => new DiplomacyJson(f));

    public JsonReaderOptions ReaderOptions => new()
    {
        MaxDepth = Format.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = WriterEncoder,
        MaxDepth = Format.MaxDepth,
    };
}
