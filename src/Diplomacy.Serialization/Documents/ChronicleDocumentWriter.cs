using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Json;

namespace Diplomacy.Serialization.Documents;

/// <summary>Writes a chronicle document: <c>formatVersion</c>, the actors (by id), the events (in timeline order).</summary>
internal static class ChronicleDocumentWriter
{
    /// <summary>How much output may wait in the writer before the caller flushes it to the stream.</summary>
    public const int FlushThreshold = 64 * 1024;

    /// <summary>
    /// Writes the document in steps: after each step, when the writer holds more than <see cref="FlushThreshold"/>
    /// bytes, the caller flushes (synchronously or not), so large chronicles stream out in bounded memory.
    /// </summary>
    public static IEnumerable<Utf8JsonWriter> Steps(Utf8JsonWriter writer, Chronicle chronicle, DiplomacyJson json)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion"u8, ChronicleDocumentReader.CurrentVersion);
        foreach (var pending in Elements(writer, "actors", chronicle.Actors, json.Actor))
        {
            yield return pending;
        }

        foreach (var pending in Elements(writer, "events", chronicle.Events, json.Event))
        {
            yield return pending;
        }

        writer.WriteEndObject();
        yield return writer;
    }

    private static IEnumerable<Utf8JsonWriter> Elements<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items, JsonTypeInfo<T> info)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, info);
            if (writer.BytesPending > FlushThreshold)
            {
                yield return writer;
            }
        }

        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, Chronicle chronicle, DiplomacyJson json)
    {
        foreach (var pending in Steps(writer, chronicle, json))
        {
            pending.Flush();
        }
    }

    public static async Task WriteAsync(Stream stream, Chronicle chronicle, DiplomacyJson json, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(stream, json.WriterOptions(json.Format.Indented));
        await using (writer.ConfigureAwait(false))
        {
            foreach (var pending in Steps(writer, chronicle, json))
            {
                await pending.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
