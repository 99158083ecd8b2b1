using System.Diagnostics;
using System.Runtime;
using Diplomacy.Benchmarks.Data;
using Diplomacy.TestKit.Synthetic;

namespace Diplomacy.Benchmarks;

/// <summary>
/// Managed memory per event, measured with forced, compacting collections: the records alone (events, their ids
/// and their shared citations and codings), what the chronicle adds (its arrays and indexes), and the two together
/// once the caller's own array is dropped. Also the build time, and DuckDB's own (native) memory for the same rows.
/// </summary>
public static class MemoryReport
{
    /// <summary>Measures <paramref name="eventCount"/> events and prints the figures.</summary>
    public static int Run(int eventCount, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var baseline = Heap();
        var clock = Stopwatch.StartNew();
        var synthetic = SyntheticChronicle.Generate(eventCount);
        var generated = clock.Elapsed;
        var citations = (synthetic.CitationCount, synthetic.CitationListCount);
        var actors = synthetic.Actors.ToArray();
        var events = synthetic.Events.ToArray();
        var coded = events.Count(e => e.Kind == EventKind.CodedEvent);
        synthetic = null;
        var records = Heap();

        clock.Restart();
        var chronicle = new ChronicleBuilder().AddActors(actors).AddEvents(events).Build();
        var built = clock.Elapsed;
        var withChronicle = Heap();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        actors = null;
        events = null;
        var chronicleOnly = Heap();
        GC.KeepAlive(chronicle);

        double PerEvent(long bytes) => bytes / (double)eventCount;
        output.WriteLine($"Memory: {eventCount:N0} events ({coded:N0} coded), {citations.CitationCount:N0} distinct citations in {citations.CitationListCount:N0} distinct lists");
        output.WriteLine($"  generated in {generated.TotalSeconds:F2} s; chronicle built (validation + indexes) in {built.TotalSeconds:F2} s");
        output.WriteLine($"  records (events, ids, citations, actors):  {PerEvent(records - baseline),7:F1} B/event");
        output.WriteLine($"  chronicle arrays and indexes:              {PerEvent(withChronicle - records),7:F1} B/event");
        output.WriteLine($"  chronicle in total (records + indexes):   {PerEvent(chronicleOnly - baseline),7:F1} B/event");
        output.WriteLine($"  peak working set of the process:          {peak / (1024.0 * 1024 * 1024),7:F2} GiB");

        var timeline = chronicle.Events;
        var beforeDuckDb = Heap();
        using var duckDb = DuckDbEvents.Load(timeline);
        var duckDbManaged = Heap() - beforeDuckDb;
        using var command = duckDb.Connection.CreateCommand();
        command.CommandText = "SELECT sum(memory_usage_bytes) FROM duckdb_memory()";
        var duckDbNative = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"  DuckDB table of the same rows: native {PerEvent(duckDbNative),7:F1} B/event, managed {PerEvent(duckDbManaged):F1} B/event (besides the records)");
        return 0;
    }

    private static long Heap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
