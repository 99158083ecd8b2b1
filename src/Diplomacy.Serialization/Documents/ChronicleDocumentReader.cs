using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomacy.Serialization.Json;
using Diplomacy.Serialization.Json.Converters;

namespace Diplomacy.Serialization.Documents;

/// <summary>
/// Reads a chronicle document: checks its format version (migrating older ones), reads actors and events one
/// element at a time, and builds the chronicle through <see cref="ChronicleBuilder"/> so that it is validated.
/// </summary>
internal static class ChronicleDocumentReader
{
    public const int CurrentVersion = 1;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static Chronicle Read(ReadOnlySpan<byte> utf8, ChronicleJsonOptions? options, string? filePath, IReadOnlyList<IFormatMigration>? migrations = null)
    {
        var json = DiplomacyJson.For(options);
        if (utf8.StartsWith(Bom))
        {
            utf8 = utf8[Bom.Length..];
        }

        var context = new ReadContext(filePath);
        var version = ReadVersion(new SourceText(utf8, 1, context), json);
        if (version == CurrentVersion)
        {
            return ReadCurrent(new SourceText(utf8, 1, context), json);
        }

        var migrated = Migrate(new SourceText(utf8, 1, context), version, json, migrations ?? FormatMigrations.All);
        var note = string.Create(CultureInfo.InvariantCulture, $"(The document was migrated from formatVersion {version} to {CurrentVersion}; the location is in the migrated text.)");
        return ReadCurrent(new SourceText(migrated, 1, context with { Note = note }), json);
    }

    /// <summary>Finds <c>formatVersion</c> among the top-level properties (usually the first) and checks it.</summary>
    private static int ReadVersion(in SourceText source, DiplomacyJson json)
    {
        var reader = new Utf8JsonReader(source.Bytes, json.ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                throw source.ErrorAt(0, "$", "The document is empty; a chronicle document is {\"formatVersion\": 1, \"actors\": [...], \"events\": [...]}.");
            }

            ExpectDocumentObject(ref reader, source);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("formatVersion"u8);
                reader.Read();
                if (!isVersion)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version < 0)
                {
                    throw source.ErrorAt(reader.TokenStartIndex, "$.formatVersion", "formatVersion must be a whole number (this library writes 1).");
                }

                if (version > CurrentVersion)
                {
                    throw source.ErrorAt(reader.TokenStartIndex, "$.formatVersion", string.Create(CultureInfo.InvariantCulture, $"formatVersion {version} is newer than this version of Diplomacy.Serialization can read (it reads versions up to {CurrentVersion}); update the Diplomacy.Serialization package to read this file."));
                }

                return version;
            }

            throw source.ErrorAt(0, "$", "The document has no formatVersion; a chronicle document is {\"formatVersion\": 1, \"actors\": [...], \"events\": [...]}.");
        }
        catch (JsonException e)
        {
            throw Malformed(e, source, "$");
        }
        catch (InvalidOperationException e) when (ElementReader.IsTextError(e))
        {
            throw source.ErrorAt(reader.TokenStartIndex, "$", e.Message, e);
        }
    }

    private static void ExpectDocumentObject(ref Utf8JsonReader reader, in SourceText source)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw source.ErrorAt(reader.TokenStartIndex, "$", $"A chronicle document is a JSON object {{\"formatVersion\": 1, \"actors\": [...], \"events\": [...]}}; found {JsonText.Describe(reader.TokenType)}.");
        }
    }

    private static Chronicle ReadCurrent(in SourceText source, DiplomacyJson json)
    {
        var reader = new Utf8JsonReader(source.Bytes, json.ReaderOptions);
        var actors = new Elements<Actor>("$.actors");
        var events = new Elements<DiplomaticEvent>("$.events");
        var path = "$";
        try
        {
            reader.Read();
            ExpectDocumentObject(ref reader, source);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameStart = reader.TokenStartIndex;
                path = "$." + name;
                if (!seen.Add(name))
                {
                    throw source.ErrorAt(nameStart, path, $"The property '{name}' appears twice in the document.");
                }

                reader.Read();
                switch (name)
                {
                    case "formatVersion":
                        break;
                    case "actors":
                        actors.ReadArray(ref reader, json.Actor, source, json.Format.MaxArrayLength);
                        break;
                    case "events":
                        events.ReadArray(ref reader, json.Event, source, json.Format.MaxArrayLength);
                        break;
                    default:
                        if (!json.Format.AllowUnknownProperties)
                        {
                            throw source.ErrorAt(nameStart, path, $"The property '{name}' is not part of a chronicle document; expected formatVersion, actors, events. (Set ChronicleJsonOptions.AllowUnknownProperties to ignore unknown properties.)");
                        }

                        reader.Skip();
                        break;
                }

                path = "$";
            }

            // Anything after the document's closing brace is an error the reader reports here.
            reader.Read();
        }
        catch (JsonException e)
        {
            throw Malformed(e, source, actors.Current ?? events.Current ?? path);
        }
        catch (InvalidOperationException e) when (ElementReader.IsTextError(e))
        {
            throw source.ErrorAt(reader.TokenStartIndex, actors.Current ?? events.Current ?? path, e.Message, e);
        }

        try
        {
            return new ChronicleBuilder().AddActors(actors.Items).AddEvents(events.Items).Build();
        }
        catch (ChronicleValidationException e)
        {
            throw ValidationErrors.Locate(e, source, actors, events);
        }
    }

    private static ChronicleFormatException Malformed(JsonException e, in SourceText source, string path) =>
        e.LineNumber is { } line
            ? source.Context.Error(ElementReader.Clean(e), path, line + 1, e.BytePositionInLine, e)
            : source.Context.Error(ElementReader.Clean(e), path, null, null, e);

    private static byte[] Migrate(in SourceText source, int version, DiplomacyJson json, IReadOnlyList<IFormatMigration> migrations)
    {
        var context = source.Context;
        JsonObject document;
        try
        {
            document = JsonNode.Parse(source.Bytes, documentOptions: new JsonDocumentOptions { MaxDepth = json.Format.MaxDepth })!.AsObject();
        }
        catch (JsonException e)
        {
            throw Malformed(e, source, "$");
        }

        for (var from = version; from < CurrentVersion; from++)
        {
            var migration = migrations.FirstOrDefault(m => m.FromVersion == from)
                ?? throw context.Error(string.Create(CultureInfo.InvariantCulture, $"formatVersion {from} is older than this library can read: there is no migration from it to {from + 1}."), "$.formatVersion", null, null);
            try
            {
                migration.Migrate(document);
            }
            catch (InvalidOperationException e)
            {
                throw context.Error(string.Create(CultureInfo.InvariantCulture, $"The document could not be migrated from formatVersion {from}: {e.Message}"), "$", null, null, e);
            }

            document["formatVersion"] = from + 1;
        }

        var buffer = new ArrayBufferWriter<byte>(source.Bytes.Length + 1024);
        using (var writer = new Utf8JsonWriter(buffer, json.WriterOptions(indented: true)))
        {
            document.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>The elements of one of the document's arrays, with where each starts, for locating problems later.</summary>
internal sealed class Elements<T>(string arrayPath)
    where T : class
{
    public List<T> Items { get; } = [];

    public List<long> Starts { get; } = [];

    public string ArrayPath { get; } = arrayPath;

    /// <summary>The path of the element being read, while reading.</summary>
    public string? Current { get; private set; }

    public string PathOf(int index) => string.Create(CultureInfo.InvariantCulture, $"{ArrayPath}[{index}]");

    public void ReadArray(ref Utf8JsonReader reader, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, in SourceText source, int maxLength)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw source.ErrorAt(reader.TokenStartIndex, ArrayPath, $"Expected an array, found {JsonText.Describe(reader.TokenType)}.");
        }

        Current = PathOf(0);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Current = PathOf(Items.Count);
            if (Items.Count == maxLength)
            {
                throw source.ErrorAt(reader.TokenStartIndex, Current, string.Create(CultureInfo.InvariantCulture, $"The array holds more than {maxLength} elements (ChronicleJsonOptions.MaxArrayLength); raise the limit for a document you trust, or keep large event logs in JSON Lines."));
            }

            Starts.Add(reader.TokenStartIndex);
            Items.Add(ElementReader.Read(ref reader, info, source, Current));
            Current = PathOf(Items.Count);
        }

        Current = null;
    }
}
