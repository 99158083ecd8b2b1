using System.Diagnostics;
using System.Globalization;
using Diplomacy.TestKit;

namespace Diplomacy.Reliability.Stress;

/// <summary>What the stress run saw.</summary>
/// <param name="Rounds">Rounds run (each a fresh store filled by the writers while the readers query it).</param>
/// <param name="Appends">Appends made, in all.</param>
/// <param name="Retries">Times a writer's compare-and-exchange lost to another and recomputed its chronicle (measured by the writers).</param>
/// <param name="Reads">Readings of <c>Current</c> checked, in all.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="HeapMiB">The managed heap after each round (after a full collection), in MiB: first, largest, last.</param>
/// <param name="Failures">Lost appends, partial chronicles seen, memory growth; empty when all held.</param>
public sealed record StressReport(int Rounds, long Appends, long Retries, long Reads, TimeSpan Elapsed, (double First, double Max, double Last) HeapMiB, IReadOnlyList<string> Failures)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Rounds} rounds in {Elapsed.TotalSeconds:F0} s: {Appends} appends ({Appends / Elapsed.TotalSeconds:F0}/s, {Retries} retries), {Reads} readings checked ({Reads / Elapsed.TotalSeconds:F0}/s); heap after a round {HeapMiB.First:F1} MiB first, {HeapMiB.Max:F1} max, {HeapMiB.Last:F1} last; {Failures.Count} failures");
}

/// <summary>
/// Concurrency under load: several writers append batches to one <see cref="ChronicleStore"/> while many readers take
/// <see cref="IChronicleStore.Current"/> and query it, round after round until the time budget is spent. Each reading
/// must be a whole chronicle: every writer's batches a gap-free prefix, the actor index agreeing with the event list,
/// never fewer events than the reader saw before. After each round no append may be lost, and the heap after a round
/// must not grow from round to round.
/// </summary>
public static class StoreStress
{
    private const int Batch = 5;

    public static StressReport Run(TimeSpan budget, int writers, int readers, int batchesPerWriter, TextWriter log)
    {
        var basis = new ChronicleBuilder().AddActors(SampleWorld.Actors).Build();
        var failures = new List<string>();
        var heaps = new List<double>();
        long appends = 0, reads = 0, retries = 0;
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < budget || rounds == 0)
        {
            rounds++;
            var store = new ChronicleStore(basis);
            using var done = new CancellationTokenSource();
            var writerThreads = Enumerable.Range(0, writers).Select(w => Task.Factory.StartNew(() =>
            {
                for (var b = 0; b < batchesPerWriter; b++)
                {
                    var events = Enumerable.Range(b * Batch, Batch).Select(i => Meeting(w, i)).ToArray();
                    var attempts = 0;
                    store.Update(current =>
                    {
                        attempts++;
                        return current.With([], events);
                    });
                    Interlocked.Add(ref retries, attempts - 1);
                    Interlocked.Increment(ref appends);
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            var readerThreads = Enumerable.Range(0, readers).Select(_ => Task.Factory.StartNew(() =>
            {
                var seen = 0;
                while (!done.IsCancellationRequested)
                {
                    var chronicle = store.Current;
                    if (Whole(chronicle, writers) is { } problem)
                    {
                        lock (failures)
                        {
                            failures.Add($"round {rounds}: {problem}");
                        }
                    }

                    if (chronicle.Events.Count < seen)
                    {
                        lock (failures)
                        {
                            failures.Add($"round {rounds}: a reader saw {chronicle.Events.Count} events after {seen}");
                        }
                    }

                    seen = chronicle.Events.Count;
                    Interlocked.Increment(ref reads);
                }
            }, TaskCreationOptions.LongRunning)).ToArray();

            Task.WaitAll(writerThreads);
            done.Cancel();
            Task.WaitAll(readerThreads);

            var final = store.Current;
            var expected = writers * batchesPerWriter * Batch;
            if (final.Events.Count != expected || Whole(final, writers) is not null)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"round {rounds}: {final.Events.Count} events at the end, expected {expected} (an append was lost)"));
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            heaps.Add(GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0));
            if (rounds % 10 == 0)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {rounds}, {clock.Elapsed.TotalSeconds:F0} s: {appends} appends, {reads} readings, heap {heaps[^1]:F1} MiB, {failures.Count} failures"));
            }
        }

        // Flat: the heap after the last rounds is not above the first rounds' by more than noise.
        var early = heaps.Take(Math.Max(1, heaps.Count / 4)).Max();
        var late = heaps.Skip(heaps.Count - Math.Max(1, heaps.Count / 4)).Average();
        if (heaps.Count >= 8 && late > (early * 1.5) + 8)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"the heap grew from {early:F1} MiB after the first rounds to {late:F1} MiB after the last"));
        }

        return new StressReport(rounds, appends, retries, reads, clock.Elapsed, (heaps[0], heaps.Max(), heaps[^1]), failures);
    }

    /// <summary>Null when the chronicle is whole: each writer's events are whole batches without a gap, and the actor index agrees with the event list.</summary>
    private static string? Whole(Chronicle chronicle, int writers)
    {
        var counts = new int[writers];
        foreach (var e in chronicle.Events)
        {
            var id = e.Id.ToString();
            counts[id[1] - '0']++;
        }

        for (var w = 0; w < writers; w++)
        {
            var n = counts[w];
            if (n % Batch != 0 || (n > 0 && !chronicle.ContainsEvent(Id(w, n - 1))) || chronicle.ContainsEvent(Id(w, n)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"writer {w}'s events are not whole batches without gaps ({n} events)");
            }
        }

        var indexed = chronicle.EventsInvolving(SampleWorld.Vulin).Count;
        return indexed == chronicle.Events.Count
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the actor index holds {indexed} events, the event list {chronicle.Events.Count}");
    }

    private static string Id(int writer, int i) => string.Create(CultureInfo.InvariantCulture, $"w{writer}-{i}");

    private static Meeting Meeting(int writer, int i) =>
        new(Id(writer, i), FuzzyDate.FromYear(2000 + (i % 20)), [SampleWorld.Cite(SampleWorld.Vreme, "2024")], [SampleWorld.Vulin, SampleWorld.Patrushev]);
}
