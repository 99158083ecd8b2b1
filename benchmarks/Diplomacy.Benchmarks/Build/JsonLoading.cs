using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Diplomacy.Benchmarks.Data;
using Diplomacy.Serialization;

namespace Diplomacy.Benchmarks.Build;

/// <summary>
/// Reading the synthetic records from the project's JSON formats (in memory, so that the disk is not measured) next
/// to the floor: System.Text.Json's source generator reading the same text into plain DTOs (<see cref="DocumentDto"/>,
/// <see cref="EventDto"/>). A chronicle document is read into a built chronicle (so validation and indexes are in
/// its time); JSON Lines into a list of events. Sizes from <c>--events</c>, as the other benchmarks.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Load")]
[MedianColumn]
public class JsonLoading : AtEachSize
{
    /// <summary>The largest size the quick check reads as a whole document (a string).</summary>
    public const int LargestDocument = 1_000_000;

    private string _document = string.Empty;
    private byte[] _documentBytes = [];
    private byte[] _lines = [];

    /// <summary>Writes the records once, as a chronicle document and as JSON Lines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var chronicle = Workbench.Get(Events).Chronicle;
        _document = ChronicleJson.Serialize(chronicle);
        _documentBytes = Encoding.UTF8.GetBytes(_document);
        using var stream = new MemoryStream();
        EventJsonLines.WriteAsync(chronicle.Events, stream).GetAwaiter().GetResult();
        _lines = stream.ToArray();
    }

    /// <summary>Sizes of the two texts, for the report.</summary>
    public (int Document, int Lines) Bytes => (_documentBytes.Length, _lines.Length);

    /// <summary>The floor for the document: STJ into DTOs, from UTF-8 bytes.</summary>
    [Benchmark(Baseline = true)]
    public int DocumentFloor() => JsonSerializer.Deserialize(_documentBytes, DtoJsonContext.Default.DocumentDto)!.Events.Count;

    /// <summary><see cref="ChronicleJson.Deserialize"/> from a string: parse, validate, build.</summary>
    [Benchmark]
    public int DocumentDeserialize() => ChronicleJson.Deserialize(_document).Events.Count;

    /// <summary><see cref="ChronicleJson.LoadAsync(Stream, CancellationToken)"/> from UTF-8 bytes: parse, validate, build.</summary>
    [Benchmark]
    public async Task<int> DocumentLoadAsync()
    {
        using var stream = new MemoryStream(_documentBytes, writable: false);
        return (await ChronicleJson.LoadAsync(stream).ConfigureAwait(false)).Events.Count;
    }

    /// <summary>The floor for JSON Lines: split the lines, STJ each into an <see cref="EventDto"/>.</summary>
    [Benchmark]
    public int LinesFloor()
    {
        var events = new List<EventDto>();
        ReadOnlySpan<byte> rest = _lines;
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.Length > 0)
            {
                events.Add(JsonSerializer.Deserialize(line, DtoJsonContext.Default.EventDto)!);
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return events.Count;
    }

    /// <summary><see cref="EventJsonLines.ReadAsync(Stream, CancellationToken)"/> into a list of events.</summary>
    [Benchmark]
    public async Task<int> LinesReadAsync()
    {
        using var stream = new MemoryStream(_lines, writable: false);
        var events = new List<DiplomaticEvent>();
        await foreach (var e in EventJsonLines.ReadAsync(stream).ConfigureAwait(false))
        {
            events.Add(e);
        }

        return events.Count;
    }
}
