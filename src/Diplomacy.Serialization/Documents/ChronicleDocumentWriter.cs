using System.Text.Json;
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
        writer.WriteStartArray("actors"u8);
        foreach (var actor in chronicle.Actors)
        {
            JsonSerializer.Serialize(writer, actor, json.Actor);
            if (writer.BytesPending > FlushThreshold)
            {
                yield return writer;
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("events"u8);
        foreach (var e in chronicle.Events)
        {
            JsonSerializer.Serialize(writer, e, json.Event);
            if (writer.BytesPending > FlushThreshold)
            {
                yield return writer;
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        yield return writer;
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
