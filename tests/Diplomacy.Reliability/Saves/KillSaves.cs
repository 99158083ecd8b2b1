using System.Diagnostics;
using System.Globalization;
using Diplomacy.Serialization;
using Diplomacy.TestKit;

namespace Diplomacy.Reliability.Saves;

/// <summary>What the kill test did.</summary>
/// <param name="Kills">Child processes killed with SIGKILL.</param>
/// <param name="Saves">Saves the children completed before they were killed, in all.</param>
/// <param name="KilledMidSave">Kills that left a temporary file behind, i.e. landed while a save was writing.</param>
/// <param name="FileBytes">The size of one saved chronicle.</param>
/// <param name="Failures">Each kill after which the file was missing, torn, unloadable or of an unexpected generation.</param>
public sealed record KillReport(int Kills, long Saves, int KilledMidSave, long FileBytes, IReadOnlyList<string> Failures)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kills} kills ({KilledMidSave} mid-write), {Saves} saves completed, {FileBytes / 1024} KiB per file, {Failures.Count} failures");
}

/// <summary>
/// Saves that survive a kill: a child process (<c>save-loop</c>) saves large chronicles to one file with
/// <see cref="ChronicleJson.Save(Chronicle, string, ChronicleJsonOptions?)"/> in a loop, each a new generation (an
/// event <c>generation-N</c>), and reports each finished save; the parent kills it with SIGKILL at a random moment,
/// then checks that the file is there, loads completely, and is the last generation reported or the one being
/// written, never anything else.
/// </summary>
public static class KillSaves
{
    /// <summary>The chronicle of one generation: <paramref name="events"/> meetings and the generation's marker.</summary>
    public static Chronicle Generation(Chronicle basis, long generation) =>
        basis.With([], [Meeting($"generation-{generation}", 0)]);

    /// <summary>The chronicle every generation shares.</summary>
    public static Chronicle Basis(int events) =>
        new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents(Enumerable.Range(0, events).Select(i => Meeting($"m{i}", i))).Build();

    /// <summary>The child: saves generations from <paramref name="from"/> on, for ever, printing <c>saved N</c> after each.</summary>
    public static int SaveLoop(string path, int events, long from)
    {
        var basis = Basis(events);
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        for (var generation = from; ; generation++)
        {
            ChronicleJson.Save(Generation(basis, generation), path);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"saved {generation}"));
            Console.Out.Flush();
        }
    }

    /// <summary>The parent: <paramref name="kills"/> children, each killed at a random moment, and the file checked after each.</summary>
    public static KillReport Run(int kills, int events, int seed, TextWriter log)
    {
        var random = new Random(seed);
        var folder = Directory.CreateTempSubdirectory("diplomacy-kill-");
        var path = Path.Combine(folder.FullName, "chronicle.json");
        var failures = new List<string>();
        long saves = 0;
        var midSave = 0;
        try
        {
            ChronicleJson.Save(Generation(Basis(events), 0), path);
            var size = new FileInfo(path).Length;
            long generation = 0;
            for (var kill = 1; kill <= kills; kill++)
            {
                var lastSaved = generation;
                using var child = Start(path, events, generation + 1);
                using var firstSave = new ManualResetEventSlim();
                var sinceReady = new Stopwatch();
                var saveTime = TimeSpan.Zero;
                child.OutputDataReceived += (_, e) =>
                {
                    if (e.Data == "ready")
                    {
                        sinceReady.Start();
                    }
                    else if (e.Data?.StartsWith("saved ", StringComparison.Ordinal) == true)
                    {
                        Interlocked.Exchange(ref lastSaved, long.Parse(e.Data.AsSpan(6), CultureInfo.InvariantCulture));
                        Interlocked.Increment(ref saves);
                        if (!firstSave.IsSet)
                        {
                            saveTime = sinceReady.Elapsed;
                            firstSave.Set();
                        }
                    }
                };
                child.BeginOutputReadLine();
                if (!firstSave.Wait(TimeSpan.FromMinutes(3)))
                {
                    child.Kill();
                    throw new InvalidOperationException($"The child saved nothing in 3 minutes: {child.StandardError.ReadToEnd()}");
                }

                // A random moment within the next two saves: before, during or after a write, or during the rename.
                Thread.Sleep(random.Next(0, Math.Max(20, (int)(2 * saveTime.TotalMilliseconds))));
                child.Kill();
                child.WaitForExit();
                var strays = folder.EnumerateFiles("*.tmp", new EnumerationOptions { AttributesToSkip = 0 }).ToList();
                if (strays.Count > 0)
                {
                    midSave++;
                    strays.ForEach(f => f.Delete());
                }

                var found = Check(path, events);
                if (found is null || (found != lastSaved && found != lastSaved + 1))
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"kill {kill}: expected generation {lastSaved} or {lastSaved + 1}, found {(found is null ? "no loadable file" : found)}"));
                }

                generation = found ?? lastSaved;
                if (kill % 10 == 0 || kill == kills)
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kill} kills, {saves} saves, {midSave} mid-write, {failures.Count} failures"));
                }
            }

            return new KillReport(kills, saves, midSave, size, failures);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The generation the file holds, or null when it is missing, torn or not the chronicle written.</summary>
    private static long? Check(string path, int events)
    {
        try
        {
            var chronicle = ChronicleJson.Load(path);
            var markers = chronicle.Events.Where(e => e.Id.ToString().StartsWith("generation-", StringComparison.Ordinal)).ToList();
            return markers.Count == 1 && chronicle.Events.Count == events + 1
                ? long.Parse(markers[0].Id.ToString().AsSpan("generation-".Length), CultureInfo.InvariantCulture)
                : null;
        }
        catch (Exception e) when (e is ChronicleFormatException or IOException)
        {
            return null;
        }
    }

    private static Process Start(string path, int events, long from)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(KillSaves).Assembly.Location);
        info.ArgumentList.Add("save-loop");
        info.ArgumentList.Add(path);
        info.ArgumentList.Add(events.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(from.ToString(CultureInfo.InvariantCulture));
        return Process.Start(info) ?? throw new InvalidOperationException("The child process did not start.");
    }

    /// <summary>The dotnet executable: the one running this program, or the SDK's (set by dotnet run and test), or dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static Meeting Meeting(string id, int i) =>
        new(id, FuzzyDate.FromYear(2000 + (i % 20)), [SampleWorld.Cite(SampleWorld.Vreme, "2024")], [SampleWorld.Vulin]);
}
