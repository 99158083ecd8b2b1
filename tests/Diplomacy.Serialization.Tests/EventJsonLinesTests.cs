using System.Runtime.CompilerServices;
using System.Text;
using Diplomacy.TestKit;

namespace Diplomacy.Serialization.Tests;

/// <summary>JSON Lines: one event per line, streamed both ways, errors by line.</summary>
public class EventJsonLinesTests
{
    private const string Line = """{"type":"meeting","id":"m","when":"2024","participants":["RUS"],"citations":[{"source":"vreme","published":"2024"}]}""";

    private static async Task<List<DiplomaticEvent>> ReadAll(Stream stream, ChronicleJsonOptions? options = null)
    {
        var events = new List<DiplomaticEvent>();
        await foreach (var e in EventJsonLines.ReadAsync(stream, options))
        {
            events.Add(e);
        }

        return events;
    }

    [Fact]
    public async Task Writes_one_compact_event_per_line()
    {
        using var stream = new MemoryStream();
        var count = await EventJsonLines.WriteAsync(SampleWorld.Events, stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(SampleWorld.Events.Length, count);
        Assert.Equal(SampleWorld.Events.Length + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.All(lines[..^1], l => Assert.StartsWith("{\"type\":", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_line_feeds_carriage_returns_blank_lines_and_a_byte_order_mark()
    {
        var text = "\uFEFF" + Line + "\r\n\r\n   \n" + Line.Replace("\"m\"", "\"n\"", StringComparison.Ordinal);
        var events = await ReadAll(Chronicles.Utf8(text));
        Assert.Equal(["m", "n"], events.Select(e => e.Id.Value));
    }

    [Fact]
    public async Task Events_are_read_on_their_own_without_a_chronicle()
    {
        // RUS and vreme are not defined anywhere: references are checked when the events go into a chronicle.
        var events = await ReadAll(Chronicles.Utf8(Line));
        Assert.IsType<Meeting>(Assert.Single(events));
    }

    [Fact]
    public async Task Reading_streams_without_reading_the_whole_input()
    {
        await using var endless = new EndlessLines(Encoding.UTF8.GetBytes(Line + "\n"));
        var taken = 0;
        await foreach (var _ in EventJsonLines.ReadAsync(endless))
        {
            if (++taken == 1000)
            {
                break;
            }
        }

        Assert.Equal(1000, taken);
        Assert.InRange(endless.BytesRead, 1000 * (Line.Length + 1), 1000 * (Line.Length + 1) + (256 * 1024));
    }

    [Fact]
    public async Task Writing_streams_as_events_arrive()
    {
        using var stream = new MemoryStream();
        long lengthWhileWriting = 0;

        async IAsyncEnumerable<DiplomaticEvent> Produce([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < 5000; i++)
            {
                if (i == 4000)
                {
                    lengthWhileWriting = stream.Length;
                }

                await Task.Yield();
                yield return new Meeting($"m{i}", FuzzyDate.FromYear(2024), [SampleWorld.Cite(SampleWorld.Vreme, "2024")], [SampleWorld.Russia]);
            }
        }

        var count = await EventJsonLines.WriteAsync(Produce(), stream);

        Assert.Equal(5000, count);
        Assert.True(lengthWhileWriting > 0, "Nothing reached the stream before the last event was written.");
        Assert.True(lengthWhileWriting < stream.Length);
    }

    [Fact]
    public async Task Events_before_a_bad_line_are_returned_first()
    {
        var text = Line + "\n" + Line + "\n{\"type\":\"meeting\"";
        var seen = new List<DiplomaticEvent>();
        var error = await Assert.ThrowsAsync<ChronicleFormatException>(async () =>
        {
            await foreach (var e in EventJsonLines.ReadAsync(Chronicles.Utf8(text)))
            {
                seen.Add(e);
            }
        });

        Assert.Equal(2, seen.Count);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_refused_with_its_number()
    {
        var options = new ChronicleJsonOptions { MaxLineBytes = 1024 };
        var longLine = Line.Replace("\"2024\"}]}", "\"2024\",\"title\":\"" + new string('x', 2000) + "\"}]}", StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<ChronicleFormatException>(() => ReadAll(Chronicles.Utf8(Line + "\n" + longLine + "\n" + Line), options));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("longer than 1024 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_line_breaks_is_refused_before_it_fills_memory()
    {
        await using var endless = new EndlessLines(Encoding.UTF8.GetBytes("{\"type\":\"meeting\",\"summary\":\"" + new string('y', 100)));
        var error = await Assert.ThrowsAsync<ChronicleFormatException>(() => ReadAll(endless, new ChronicleJsonOptions { MaxLineBytes = 4096 }));

        Assert.Equal(1, error.LineNumber);
        Assert.InRange(endless.BytesRead, 4096, 4096 + (128 * 1024));
    }

    [Fact]
    public async Task Reading_can_be_cancelled()
    {
        await using var endless = new EndlessLines(Encoding.UTF8.GetBytes(Line + "\n"));
        using var cancellation = new CancellationTokenSource();
        var taken = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in EventJsonLines.ReadAsync(endless, cancellation.Token))
            {
                if (++taken == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
    }

    /// <summary>A non-seekable stream that repeats a chunk forever and counts what was read.</summary>
    private sealed class EndlessLines(byte[] chunk) : TestStream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, 4096);
            for (var i = 0; i < count; i++)
            {
                buffer[i] = chunk[(int)((BytesRead + i) % chunk.Length)];
            }

            BytesRead += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
