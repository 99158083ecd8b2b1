using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using Diplomacy.Benchmarks.Data;
using Diplomacy.TestKit.Synthetic;

namespace Diplomacy.Benchmarks;

/// <summary>
/// Managed memory per event, measured with forced, compacting collections: the records alone (events, their ids
/// and their shared citations and codings, the actors), what the chronicle adds (its arrays and indexes), and the two
/// together once the caller's own array is dropped. Also the build time, and DuckDB's own (native) memory for the
/// same rows.
/// </summary>
public static class MemoryReport
{
    /// <summary>Measures <paramref name="eventCount"/> events (with ids padded with zeros when <paramref name="paddedIds"/>) and prints the figures.</summary>
    public static int Run(int eventCount, TextWriter output, bool paddedIds = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var baseline = Heap();
        var records = Generate(eventCount, paddedIds);
        var withRecords = Heap();

        var clock = Stopwatch.StartNew();
        var chronicle = Build(records);
        var built = clock.Elapsed;
        var withChronicle = Heap();

        var summary = records.Summary;
        records = null;
        var chronicleOnly = Heap();

        double PerEvent(long bytes) => bytes / (double)eventCount;
        output.WriteLine($"Memory: {eventCount:N0} events ({summary})");
        output.WriteLine($"  chronicle built (validation + indexes) in {built.TotalSeconds:F2} s");
        output.WriteLine($"  records (events, ids, citations, actors; plus the caller's array): {PerEvent(withRecords - baseline),7:F1} B/event");
        output.WriteLine($"  chronicle arrays and indexes:                                      {PerEvent(withChronicle - withRecords),7:F1} B/event");
        output.WriteLine($"  chronicle in total, records included:                              {PerEvent(chronicleOnly - baseline),7:F1} B/event");
        output.WriteLine($"  peak working set of the process so far:                            {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024),7:F2} GiB");

        var beforeDuckDb = Heap();
        using var duckDb = DuckDbEvents.Load(chronicle.Events);
        var duckDbManaged = Heap() - beforeDuckDb;
        using var command = duckDb.Connection.CreateCommand();
        command.CommandText = "SELECT CAST(sum(memory_usage_bytes) AS BIGINT) FROM duckdb_memory()";
        var duckDbNative = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        output.WriteLine($"  DuckDB table of the same rows: {PerEvent(duckDbNative):F1} B/event native, {PerEvent(duckDbManaged):F1} B/event managed");
        GC.KeepAlive(chronicle);
        return 0;
    }

    // Separate, never inlined: temporaries (the generator, the builder) must not stay alive in this frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Records Generate(int eventCount, bool paddedIds)
    {
        var synthetic = SyntheticChronicle.Generate(SyntheticOptions.For(eventCount) with { PaddedIds = paddedIds });
        var events = synthetic.Events.ToArray();
        var coded = events.Count(e => e.Kind == EventKind.CodedEvent);
        return new Records(
            [.. synthetic.Actors],
            events,
            $"{coded:N0} coded{(paddedIds ? ", ids padded with zeros" : string.Empty)}; {synthetic.CitationCount:N0} distinct citations in {synthetic.CitationListCount:N0} distinct lists");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Chronicle Build(Records records) =>
        new ChronicleBuilder().AddActors(records.Actors).AddEvents(records.Events).Build();

    private static long Heap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private sealed record Records(Actor[] Actors, DiplomaticEvent[] Events, string Summary);
}
