using System.Buffers;
using System.Text;
using System.Text.Json;
using Diplomacy.Serialization.Documents;
using Diplomacy.Serialization.Files;
using Diplomacy.Serialization.Json;

namespace Diplomacy.Serialization;

/// <summary>
/// Reads and writes a <see cref="Chronicle"/> as one JSON document in the format described in <c>docs/format.md</c>
/// and by the JSON Schema <c>schema/chronicle-v1.schema.json</c> in this package:
/// <c>{"formatVersion": 1, "actors": [...], "events": [...]}</c>.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> checks everything: the JSON itself, each value's type and form (ids, EDTF dates, CAMEO codes,
/// enum names), the <c>type</c> of each actor and event, required and unknown properties, the format version, and
/// then the chronicle as a whole (duplicate ids, unknown actors and events, ...) through
/// <see cref="ChronicleBuilder"/>. Every failure is a <see cref="ChronicleFormatException"/> naming the JSON path,
/// line and byte; nothing is built. Older format versions are migrated; newer ones are refused.</para>
/// <para><b>Writing</b> is stable: actors by id, events in timeline order, properties in a fixed order, empty
/// optional values left out. A view (<see cref="Chronicle.AsOf"/>) is written with its visible events.</para>
/// <para>The whole document is held in memory while it is read. For event logs of millions of events use
/// <see cref="EventJsonLines"/>, which streams.</para>
/// </remarks>
public static class ChronicleJson
{
    /// <summary>The format version this library writes, and the newest it reads.</summary>
    public const int FormatVersion = ChronicleDocumentReader.CurrentVersion;

    /// <summary>Reads a chronicle from a file.</summary>
    /// <param name="path">The file to read (UTF-8, with or without a byte order mark).</param>
    /// <param name="options">How to read; <see cref="ChronicleJsonOptions.Default"/> when null.</param>
    /// <exception cref="ChronicleFormatException">The file is not a valid chronicle; the message says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Chronicle Load(string path, ChronicleJsonOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ChronicleDocumentReader.Read(File.ReadAllBytes(path), options, path);
    }

    /// <summary>Reads a chronicle from a stream (to its end), with the default options.</summary>
    /// <exception cref="ChronicleFormatException">The content is not a valid chronicle; the message says where and why.</exception>
    public static Task<Chronicle> LoadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        LoadAsync(stream, null, cancellationToken);

    /// <summary>Reads a chronicle from a stream (to its end).</summary>
    /// <param name="stream">The UTF-8 content; read to its end, not closed.</param>
    /// <param name="options">How to read; <see cref="ChronicleJsonOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="ChronicleFormatException">The content is not a valid chronicle; the message says where and why.</exception>
    public static async Task<Chronicle> LoadAsync(Stream stream, ChronicleJsonOptions? options, CancellationToken cancellationToken = default)
    {
        using var buffer = await PooledBuffer.ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
        return ChronicleDocumentReader.Read(buffer.Span, options, null);
    }

    /// <summary>Reads a chronicle from JSON text.</summary>
    /// <exception cref="ChronicleFormatException">The text is not a valid chronicle; the message says where and why.</exception>
    public static Chronicle Deserialize(string json, ChronicleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, bytes);
            return ChronicleDocumentReader.Read(bytes.AsSpan(0, length), options, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Writes a chronicle as JSON text.</summary>
    public static string Serialize(Chronicle chronicle, ChronicleJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        var json = DiplomacyJson.For(options);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, json.WriterOptions(json.Format.Indented)))
        {
            ChronicleDocumentWriter.Write(writer, chronicle, json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes a chronicle to a file, atomically: the content goes to a temporary file beside it, which is flushed to
    /// disk and then renamed over <paramref name="path"/>. If anything fails, the previous file is left as it was.
    /// </summary>
    /// <param name="chronicle">The chronicle to write.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="options">How to write; <see cref="ChronicleJsonOptions.Default"/> when null.</param>
    public static void Save(Chronicle chronicle, string path, ChronicleJsonOptions? options = null) =>
        Save(chronicle, path, options, wrap: null);

    /// <summary><see cref="Save(Chronicle, string, ChronicleJsonOptions?)"/> with a seam for tests that wraps the temporary file's stream.</summary>
    internal static void Save(Chronicle chronicle, string path, ChronicleJsonOptions? options, Func<Stream, Stream>? wrap)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        var json = DiplomacyJson.For(options);
        AtomicFile.Write(
            path,
            stream =>
            {
                using var writer = new Utf8JsonWriter(stream, json.WriterOptions(json.Format.Indented));
                ChronicleDocumentWriter.Write(writer, chronicle, json);
            },
            wrap);
    }

    /// <summary>Writes a chronicle to a file atomically; see <see cref="Save(Chronicle, string, ChronicleJsonOptions?)"/>.</summary>
    public static Task SaveAsync(Chronicle chronicle, string path, ChronicleJsonOptions? options = null, CancellationToken cancellationToken = default) =>
        SaveAsync(chronicle, path, options, wrap: null, cancellationToken);

    internal static Task SaveAsync(Chronicle chronicle, string path, ChronicleJsonOptions? options, Func<Stream, Stream>? wrap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        var json = DiplomacyJson.For(options);
        return AtomicFile.WriteAsync(path, (stream, ct) => ChronicleDocumentWriter.WriteAsync(stream, chronicle, json, ct), cancellationToken, wrap);
    }

    /// <summary>Writes a chronicle to a stream with the default options (the stream is flushed, not closed).</summary>
    public static Task SaveAsync(Chronicle chronicle, Stream stream, CancellationToken cancellationToken = default) =>
        SaveAsync(chronicle, stream, null, cancellationToken);

    /// <summary>
    /// Writes a chronicle to a stream, flushing as it goes so that memory stays bounded. The stream is flushed, not
    /// closed. Writing to a stream is not atomic; to replace a file safely use
    /// <see cref="Save(Chronicle, string, ChronicleJsonOptions?)"/>.
    /// </summary>
    public static Task SaveAsync(Chronicle chronicle, Stream stream, ChronicleJsonOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(stream);
        return ChronicleDocumentWriter.WriteAsync(stream, chronicle, DiplomacyJson.For(options), cancellationToken);
    }
}
