using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Diplomacy.Serialization.Documents;
using Diplomacy.Serialization.Json;

namespace Diplomacy.Serialization;

/// <summary>
/// Reads and writes event logs as JSON Lines: one event per line, each a JSON object exactly as in a chronicle
/// document's <c>events</c> array (with its <c>type</c>). Both directions stream: a file of millions of events is
/// never held in memory as text, only one line (and one buffer of output) at a time.
/// </summary>
/// <remarks>
/// <para>Lines end with <c>\n</c> (a <c>\r</c> before it is ignored); blank lines are skipped; the file may start
/// with a UTF-8 byte order mark. Each event is checked on its own (form of ids, dates, codes, required and unknown
/// properties); references to actors and other events are checked only when the events are put into a chronicle
/// (<see cref="ChronicleBuilder"/>).</para>
/// <para>Errors are <see cref="ChronicleFormatException"/>s whose <see cref="ChronicleFormatException.LineNumber"/> is
/// the line of the file and whose <see cref="ChronicleFormatException.Path"/> is relative to that line's event
/// (<c>$.when</c>).</para>
/// </remarks>
public static class EventJsonLines
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Reads the events of a JSON Lines stream, one at a time, with the default options.</summary>
    /// <exception cref="ChronicleFormatException">A line is not a valid event (thrown when that line is reached).</exception>
    public static IAsyncEnumerable<DiplomaticEvent> ReadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, null, cancellationToken);

    /// <summary>Reads the events of a JSON Lines stream, one at a time, in file order.</summary>
    /// <param name="stream">The UTF-8 content; read to its end, not closed.</param>
    /// <param name="options">How to read (unknown properties, depth, longest line); <see cref="ChronicleJsonOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="ChronicleFormatException">A line is not a valid event, or is longer than <see cref="ChronicleJsonOptions.MaxLineBytes"/> (thrown when that line is reached; the events before it have been returned).</exception>
    public static async IAsyncEnumerable<DiplomaticEvent> ReadAsync(Stream stream, ChronicleJsonOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var json = DiplomacyJson.For(options);
        var maxLine = json.Format.MaxLineBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxLine + 2));
        int start = 0, end = 0;
        long lineNumber = 0;
        var atEnd = false;
        try
        {
            while (true)
            {
                var newLine = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newLine < 0 && !atEnd)
                {
                    if (end - start > maxLine + 1)
                    {
                        throw TooLong(lineNumber + 1, maxLine);
                    }

                    if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxLine + 2L));
                        buffer.AsSpan(0, end).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    atEnd = read == 0;
                    end += read;
                    continue;
                }

                if (newLine < 0 && start == end)
                {
                    yield break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var length = newLine < 0 ? end - start : newLine;
                lineNumber++;
                if (length > maxLine + 1)
                {
                    throw TooLong(lineNumber, maxLine);
                }

                var parsed = ParseLine(buffer.AsSpan(start, length), lineNumber, json);
                start += newLine < 0 ? length : length + 1;
                if (parsed is not null)
                {
                    yield return parsed;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ChronicleFormatException TooLong(long lineNumber, int maxLine) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The line is longer than {maxLine} bytes (ChronicleJsonOptions.MaxLineBytes); JSON Lines hold one event per line."), "$", lineNumber, maxLine);

    /// <summary>Reads one line's event; null for a blank line.</summary>
    private static DiplomaticEvent? ParseLine(ReadOnlySpan<byte> line, long lineNumber, DiplomacyJson json)
    {
        if (lineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Trim((ReadOnlySpan<byte>)" \t"u8).IsEmpty)
        {
            return null;
        }

        var source = new SourceText(line, lineNumber, ReadContext.None);
        var reader = new Utf8JsonReader(line, json.ReaderOptions);
        try
        {
            reader.Read();
            var parsed = ElementReader.Read(ref reader, json.Event, source, "$");
            if (reader.Read())
            {
                throw source.ErrorAt(reader.TokenStartIndex, "$", "A line holds one event; found more after it.");
            }

            return parsed;
        }
        catch (JsonException e)
        {
            // Malformed JSON outside the event object (e.g. after it).
            throw new ChronicleFormatException(ElementReader.Clean(e), "$", lineNumber, e.BytePositionInLine, null, e);
        }
        catch (InvalidOperationException e) when (ElementReader.IsTextError(e))
        {
            throw source.ErrorAt(reader.TokenStartIndex, "$", e.Message, e);
        }
    }

    /// <summary>Writes events as JSON Lines, one per line, flushing as it goes; returns how many were written.</summary>
    /// <param name="events">The events, in the order to write them.</param>
    /// <param name="stream">Where to write; flushed at the end, not closed.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public static async Task<long> WriteAsync(IAsyncEnumerable<DiplomaticEvent> events, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new LineWriter(stream);
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await lines.WriteAsync(e, cancellationToken).ConfigureAwait(false);
        }

        return await lines.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="WriteAsync(IAsyncEnumerable{DiplomaticEvent}, Stream, CancellationToken)"/>
    public static async Task<long> WriteAsync(IEnumerable<DiplomaticEvent> events, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new LineWriter(stream);
        foreach (var e in events)
        {
            await lines.WriteAsync(e, cancellationToken).ConfigureAwait(false);
        }

        return await lines.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serializes events into a buffer, one per line, and hands the buffer to the stream when it fills.</summary>
    private sealed class LineWriter(Stream stream)
    {
        private readonly DiplomacyJson _json = DiplomacyJson.For(null);
        private readonly ArrayBufferWriter<byte> _buffer = new(InitialBufferSize * 2);
        private Utf8JsonWriter? _writer;
        private long _count;

        public ValueTask WriteAsync(DiplomaticEvent e, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(e);
            cancellationToken.ThrowIfCancellationRequested();
            _writer ??= new Utf8JsonWriter(_buffer, _json.WriterOptions(indented: false));
            JsonSerializer.Serialize(_writer, e, _json.Event);
            _writer.Flush();
            _writer.Reset();
            _buffer.Write("\n"u8);
            _count++;
            return _buffer.WrittenCount >= InitialBufferSize ? DrainAsync(cancellationToken) : ValueTask.CompletedTask;
        }

        public async Task<long> CompleteAsync(CancellationToken cancellationToken)
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (_writer is not null)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }

            return _count;
        }

        private async ValueTask DrainAsync(CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }
}
