using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Diplomacy.Benchmarks.Data;

namespace Diplomacy.Benchmarks.Build;

/// <summary>
/// Getting the records ready to ask: Diplomacy validates them and builds its indexes; the LINQ user sorts a list into
/// timeline order; DuckDB appends them to a table. Seconds per operation at a million events, so each is run a few
/// times, not thousands.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Load")]
[MedianColumn]
public class Loading : AtEachSize
{
    private IReadOnlyList<Actor> _actors = [];
    private IReadOnlyList<DiplomaticEvent> _events = [];
    private List<DiplomaticEvent> _timeline = [];

    /// <summary>Makes the records once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var bench = Workbench.Get(Events);
        _actors = bench.Synthetic.Actors;
        _events = bench.Synthetic.Events;
        _timeline = bench.Timeline;
    }

    /// <summary>Validates the records and builds the chronicle's indexes.</summary>
    [Benchmark(Baseline = true)]
    public Chronicle Diplomacy() => new ChronicleBuilder().AddActors(_actors).AddEvents(_events).Build();

    /// <summary>Sorts the records into timeline order, as a LINQ user who wants them in order would.</summary>
    [Benchmark]
    public List<DiplomaticEvent> Linq() => [.. _events.OrderBy(e => e.When).ThenBy(e => e.Id)];

    /// <summary>Appends the records (in timeline order) to a new in-memory DuckDB table.</summary>
    [Benchmark]
    public int DuckDb()
    {
        using var duckDb = DuckDbEvents.Load(_timeline);
        return duckDb.Timeline.Count;
    }
}
