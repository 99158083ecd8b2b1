using System.Diagnostics;
using System.Globalization;
using Diplomacy;
using Diplomacy.DuckDb;
using Diplomacy.Parquet;
using Diplomacy.TestKit.Synthetic;
using NodaTime;

// Past one machine's memory: streams synthetic events to the Parquet table set without holding them, then asks each
// core question through DuckDB (memory_limit set) and, when --memory N is given, of the in-memory chronicle of the
// first N events too; with --verify, the two must agree on the same events or the run fails.
//
//   dotnet run --project benchmarks/Diplomacy.Scale -c Release -- --events 100000000 --dir /tmp/scale --phase write
//   dotnet run --project benchmarks/Diplomacy.Scale -c Release -- --events 100000000 --dir /tmp/scale --phase query --memory-limit 512MB [--threads 2]
//   dotnet run --project benchmarks/Diplomacy.Scale -c Release -- --events 100000000 --phase memory --memory 100000000
//   dotnet run --project benchmarks/Diplomacy.Scale -c Release -- --events 20000 --verify      (the CI quick mode)
var arguments = Arguments.Parse(args);
var output = Console.Out;
var overall = "0 GiB";
const int BaseSeed = SyntheticOptions.DefaultSeed;
var directory = arguments.Directory ?? Path.Combine(Path.GetTempPath(), "diplomacy-scale-" + Guid.NewGuid().ToString("N"));
var ownsDirectory = arguments.Directory is null;
try
{
    // The chunks share their actors; each records the office changes of its own few persons, so that the data set
    // as a whole stays consistent (one person's offices come from one chunk) however many chunks there are.
    const int HoldersPerChunk = 20;
    var chunkCount = (int)((arguments.Events + arguments.Chunk - 1) / arguments.Chunk);
    var personCount = Math.Max(new SyntheticOptions().PersonCount, HoldersPerChunk * chunkCount);
    SyntheticChronicle Chunk(int k, int count) => SyntheticChronicle.Generate(new SyntheticOptions
    {
        EventCount = count, Seed = BaseSeed + k, ActorSeed = BaseSeed, IdPrefix = string.Create(CultureInfo.InvariantCulture, $"c{k}e"),
        PersonCount = personCount, OfficeHolders = (k * HoldersPerChunk)..((k + 1) * HoldersPerChunk),
    });

    IEnumerable<SyntheticChronicle> Chunks(long total)
    {
        var k = 0;
        for (long done = 0; done < total; done += arguments.Chunk, k++)
        {
            yield return Chunk(k, (int)Math.Min(arguments.Chunk, total - done));
        }
    }

    if (arguments.Phase is "write" or "all")
    {
        var clock = Stopwatch.StartNew();
        var writer = ChronicleParquetWriter.Create(directory, new ParquetWriteOptions { BufferedEvents = 200_000 });
        await using (writer)
        {
            var first = true;
            foreach (var chunk in Chunks(arguments.Events))
            {
                if (first)
                {
                    await writer.WriteActorsAsync(chunk.Actors);
                    first = false;
                }

                await writer.AddAsync(chunk.Events);
                if (arguments.Events >= 10_000_000 && writer.EventCount % 10_000_000 == 0)
                {
                    output.WriteLine($"  {writer.EventCount:N0} events written, {clock.Elapsed.TotalMinutes:F1} min, peak RSS {PeakRss()}");
                }
            }

            await writer.CompleteAsync();
        }

        var bytes = new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        output.WriteLine($"Wrote {arguments.Events:N0} events to {directory} in {clock.Elapsed.TotalSeconds:F1} s ({bytes / 1048576.0:N0} MiB); peak RSS so far {PeakRss()}");
    }

    if (arguments.Phase is not ("query" or "all" or "memory"))
    {
        return 0;
    }

    // The questions, with arguments taken from the first chunk (the busiest states, a sanctions pair, an office holder).
    var sample = Chunk(0, (int)Math.Min(arguments.Chunk, arguments.Events));
    var busiest = sample.States[0].Id;
    var second = sample.States[1].Id;
    var step = sample.Events.OfType<SanctionsAction>().First();
    var office = sample.Events.OfType<OfficeChange>().First();
    var day = new LocalDate(2010, 6, 30);
    var window = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31));
    var questions = new (string Name, Func<Chronicle, object> Memory, Func<DuckDbChronicle, object> Duck)[]
    {
        ("pair in a window", c => c.EventsBetween(busiest, second, window), d => d.EventsBetween(busiest, second, window)),
        ("actor in a window", c => c.EventsInvolving(second, window), d => d.EventsInvolving(second, window)),
        ("timeline filter", c => c.Timeline(Filter()), d => d.Timeline(Filter())),
        ("sanctions stance", c => c.SanctionsStance(step.Imposer, step.Target, day), d => d.SanctionsStance(step.Imposer, step.Target, day)),
        ("trade-offs", c => c.TradeOffs(busiest), d => d.TradeOffs(busiest)),
        ("office held", c => c.RoleOf(office.Person, office.When.Latest), d => d.RoleOf(office.Person, office.When.Latest)),
        ("as known at, pair", c => c.AsKnownAt(day).EventsBetween(busiest, second, window), d => d.AsKnownAt(day).EventsBetween(busiest, second, window)),
    };

    TimelineFilter Filter() => new() { Actor = second, Kinds = [EventKind.Meeting, EventKind.PublicReaction], QuadClass = QuadClass.VerbalCooperation, Period = window };

    sample = null;
    GC.Collect();
    var duckAnswers = new List<object>();
    overall = PeakRss();
    using (var duck = arguments.Phase == "memory" ? null : DuckDbChronicle.Open(directory, new DuckDbOptions { MemoryLimit = arguments.MemoryLimit, Threads = arguments.Threads }))
    {
        if (duck is not null)
        {
            AskDuckDb(duck);
        }
    }

    void AskDuckDb(DuckDbChronicle duck)
    {
        output.WriteLine($"DuckDB over Parquet, {duck.CountEvents():N0} events, memory_limit {arguments.MemoryLimit}, {arguments.Threads} threads:");
        foreach (var (name, _, ask) in questions)
        {
            if (arguments.Question is { } only && !name.StartsWith(only, StringComparison.Ordinal))
            {
                continue;
            }

            ResetPeakRss();
            var clock = Stopwatch.StartNew();
            var answer = Ask(() => ask(duck));
            var elapsed = clock.Elapsed;
            var peak = PeakRss();
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;

            // Only a --verify run compares answers; otherwise let them go and give the memory back before the next.
            duckAnswers.Add(arguments.Verify ? answer : Describe(answer));
            answer = null;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            output.WriteLine($"  {name,-20} {elapsed.TotalSeconds,8:F2} s  {Describe(duckAnswers[^1])}; peak RSS {peak} (.NET heap committed {committed / 1073741824.0:F2} GiB at the end)");
        }

        overall = Max(overall, PeakRss());
        output.WriteLine($"  peak RSS of the process over the questions: {overall}");
    }

    if (arguments.MemoryEvents > 0)
    {
        // Built from the first group of chunks, then one append per group, never merged: a merge materialises the
        // records of the segments it covers (some 200 bytes an event), which a chronicle of 100M could not afford here.
        var clock = Stopwatch.StartNew();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var memory = BuildInMemory();
        var built = clock.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;

        // Separate, never inlined, so that the last chunk's records are not kept alive by this frame when measured.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        Chronicle BuildInMemory()
        {
            // The chunks are appended in groups of about --append events: each append checks its ids against every
            // segment, so fewer, larger segments keep the build linear.
            Chronicle? built = null;
            IReadOnlyList<Actor> actors = [];
            var group = new List<DiplomaticEvent>();
            foreach (var chunk in Chunks(arguments.MemoryEvents))
            {
                actors = chunk.Actors;
                group.AddRange(chunk.Events);
                if (group.Count >= arguments.AppendEvents)
                {
                    Append();
                }
            }

            Append();
            return built ?? Chronicle.Empty;

            void Append()
            {
                if (group.Count == 0)
                {
                    return;
                }

                built = built is null
                    ? new ChronicleBuilder().AddActors(actors).AddEvents(group).Build().WithMergePolicy(new(0, 0, int.MaxValue))
                    : built.With(group);
                group.Clear();
                if (arguments.MemoryEvents >= 10_000_000)
                {
                    output.WriteLine($"  {built.Events.Count:N0} events in memory, {clock.Elapsed.TotalMinutes:F1} min, peak RSS {PeakRss()}");
                }
            }
        }

        output.WriteLine($"In-memory chronicle, {memory.Events.Count:N0} events in {memory.Storage.Segments.Length} segments (built in {built.TotalSeconds:F1} s; {heap / (double)memory.Events.Count:F1} B/event of managed heap):");
        var disagreements = 0;
        for (var i = 0; i < questions.Length; i++)
        {
            clock.Restart();
            var answer = Ask(() => questions[i].Memory(memory));
            output.WriteLine($"  {questions[i].Name,-20} {clock.Elapsed.TotalMilliseconds,8:F2} ms  {Describe(answer)}");
            if (arguments.Verify && arguments.MemoryEvents == arguments.Events && !Same(answer, duckAnswers[i]))
            {
                output.WriteLine($"  DISAGREE: {questions[i].Name}");
                disagreements++;
            }
        }

        output.WriteLine($"  peak RSS of the process: {PeakRss()}");
        if (disagreements > 0)
        {
            return 1;
        }

        if (arguments.Verify)
        {
            output.WriteLine("DuckDB over Parquet and the in-memory chronicle agree on every question.");
        }
    }

    return 0;
}
finally
{
    if (ownsDirectory && Directory.Exists(directory))
    {
        Directory.Delete(directory, recursive: true);
    }
}

// A question the data cannot answer (the synthetic chunks' office changes contradict one another past the first chunk,
// so a person's office, derived from all of them, is refused with the library's typed error) is reported, not fatal.
static object Ask(Func<object> question)
{
    try
    {
        return question();
    }
    catch (ChronicleValidationException e)
    {
        return $"refused: {e.Problems.Count} problems in the data (first: {e.Problems[0].Message})";
    }
}

static bool Same(object a, object b) => (a, b) switch
{
    (System.Collections.IEnumerable x, System.Collections.IEnumerable y) => x.Cast<object>().SequenceEqual(y.Cast<object>()),
    _ => a.Equals(b),
};

static string Describe(object answer) => answer switch
{
    SanctionsStance s => $"{s.Posture}, {s.Actions.Count} steps, {s.Certainty}",
    System.Collections.ICollection c => $"{c.Count} answers",
    _ => answer.ToString() ?? string.Empty,
};

// Linux resets the resident-set high-water mark (VmHWM) when 5 is written to clear_refs; elsewhere nothing happens and
// each figure is the peak so far. The overall peak is kept across resets.
void ResetPeakRss()
{
    overall = Max(overall, PeakRss());
    try
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        // Not Linux, or not allowed: the figures are peaks so far.
    }
}

static string Max(string a, string b) =>
    double.TryParse(a.Split(' ')[0], CultureInfo.InvariantCulture, out var x) && double.TryParse(b.Split(' ')[0], CultureInfo.InvariantCulture, out var y)
        ? (x >= y ? a : b) : b;

static string PeakRss()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            var kb = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return $"{kb / 1048576.0:F2} GiB";
        }
    }

    return "unknown";
}

/// <summary>The command line.</summary>
internal sealed record Arguments(long Events, int Chunk, string? Directory, string Phase, long MemoryEvents, string MemoryLimit, bool Verify, int Threads = 2, int AppendEvents = 5_000_000, string? Question = null)
{
    public static Arguments Parse(string[] args)
    {
        var a = new Arguments(20_000, 500_000, null, "all", 0, "1GB", false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            a = args[i] switch
            {
                "--events" => a with { Events = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--chunk" => a with { Chunk = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--dir" => a with { Directory = Next() },
                "--phase" => a with { Phase = Next() },
                "--memory" => a with { MemoryEvents = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--memory-limit" => a with { MemoryLimit = Next() },
                "--threads" => a with { Threads = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--append" => a with { AppendEvents = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--question" => a with { Question = Next() },
                "--verify" => a with { Verify = true },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'."),
            };
        }

        if (a.Verify && a.Question is not null)
        {
            throw new ArgumentException("--verify compares every question; leave out --question.");
        }

        return a.Verify && a.MemoryEvents == 0 ? a with { MemoryEvents = a.Events } : a;
    }
}
