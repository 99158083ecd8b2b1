using Diplomacy.Interop;

namespace Diplomacy.Interop.Tests;

/// <summary>Runs alone (no other test allocating in parallel), so that the heap it measures is its own.</summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public class MemoryMeasurements;

[Collection(nameof(MemoryMeasurements))]
public class IcewsStreamingMemoryTests
{
    [Fact]
    public async Task Streaming_memory_does_not_grow_with_the_file()
    {
        var sample = await File.ReadAllLinesAsync(Fixtures.PathTo(Fixtures.Icews));
        var goodRows = sample.Skip(1).Take(7).ToArray();
        var measured = new List<long>();
        var count = 0;
        using var reader = new SyntheticIcewsReader(sample[0], goodRows, count: 120_000);
        await foreach (var record in IcewsReader.ReadAsync(reader))
        {
            Assert.False(record.IsRejected);
            if (++count % 40_000 == 0)
            {
                measured.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal(120_000, count);
        Assert.True(measured[^1] - measured[0] < 4_000_000, $"The heap grew from {measured[0]:N0} to {measured[^1]:N0} bytes while streaming.");
    }

    /// <summary>An endless-looking ICEWS file made on the fly: the rows repeated with new Event IDs, never held whole.</summary>
    private sealed class SyntheticIcewsReader(string header, string[] rows, int count) : TextReader
    {
        private string? _pending = header + "\n";
        private int _written;

        public override int Read(char[] buffer, int index, int length) => Read(buffer.AsSpan(index, length));

        public override int Read(Span<char> buffer)
        {
            if (_pending is null)
            {
                if (_written == count)
                {
                    return 0;
                }

                var row = rows[_written % rows.Length];
                _pending = (90_000_000 + _written) + row[row.IndexOf('\t')..] + "\n";
                _written++;
            }

            var n = Math.Min(buffer.Length, _pending.Length);
            _pending.AsSpan(0, n).CopyTo(buffer);
            _pending = n == _pending.Length ? null : _pending[n..];
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));
    }
}
