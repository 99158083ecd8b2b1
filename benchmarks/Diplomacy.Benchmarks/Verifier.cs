using Diplomacy.Benchmarks.Build;
using Diplomacy.Benchmarks.Data;
using Diplomacy.Benchmarks.Questions;

namespace Diplomacy.Benchmarks;

/// <summary>
/// The quick mode for CI: a tiny data set, every question asked once by every approach, and a non-zero exit code when
/// an approach disagrees with Diplomacy, throws, or every approach answers nothing. No timings.
/// </summary>
public static class Verifier
{
    /// <summary>Runs the check; returns the process exit code.</summary>
    public static int Run(int eventCount, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bench = Workbench.Get(eventCount);
        var generatedAndBuilt = clock.Elapsed;
        clock.Restart();
        _ = bench.DuckDb;
        output.WriteLine($"Quick check: {eventCount:N0} synthetic events (generated and built in {generatedAndBuilt.TotalSeconds:F1} s, DuckDB loaded in {clock.Elapsed.TotalSeconds:F1} s), {bench.Scenario}");
        var failures = 0;
        foreach (var question in QuestionCatalog.All())
        {
            question.Use(bench);
            var answers = new List<(string Approach, IReadOnlyList<string> Answer)>();
            foreach (var approach in question.Approaches)
            {
                try
                {
                    answers.Add((approach.Name, approach.Ask()));
                }
#pragma warning disable CA1031 // A failing approach is reported, and fails the check, whatever it threw.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    output.WriteLine($"FAIL {question.Name}: {approach.Name} threw {ex.GetType().Name}: {ex.Message}");
                    failures++;
                }
            }

            failures += Compare(question.Name, answers, output);
        }

        failures += CheckLoading(eventCount, output);
        // A chronicle document of more than a million events is larger than a .NET string can hold.
        failures += eventCount <= JsonLoading.LargestDocument ? CheckJsonLoading(eventCount, output) : 0;
        output.WriteLine(failures == 0 ? "All approaches agree." : $"{failures} problem(s).");
        return failures == 0 ? 0 : 1;
    }

    private static int Compare(string question, List<(string Approach, IReadOnlyList<string> Answer)> answers, TextWriter output)
    {
        if (answers.Count == 0)
        {
            return 0;
        }

        var counts = string.Join(", ", answers.Select(a => $"{a.Approach} {a.Answer.Count}"));
        if (answers.All(a => a.Answer.Count == 0))
        {
            output.WriteLine($"FAIL {question}: every approach answered nothing ({counts}); the scenario does not exercise it.");
            return 1;
        }

        var (referenceName, reference) = answers[0];
        var failures = 0;
        foreach (var (name, answer) in answers.Skip(1))
        {
            if (answer.SequenceEqual(reference, StringComparer.Ordinal))
            {
                continue;
            }

            failures++;
            output.WriteLine($"FAIL {question}: {name} disagrees with {referenceName} ({counts}).");
            Show($"  only in {referenceName}", reference.Except(answer, StringComparer.Ordinal), output);
            Show($"  only in {name}", answer.Except(reference, StringComparer.Ordinal), output);
        }

        if (failures == 0)
        {
            output.WriteLine($"ok   {question}: {counts}");
        }

        return failures;
    }

    private static void Show(string label, IEnumerable<string> lines, TextWriter output)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            output.WriteLine($"{label} ({list.Count}): {string.Join(", ", list.Take(10))}{(list.Count > 10 ? ", ..." : string.Empty)}");
        }
    }

    private static int CheckJsonLoading(int eventCount, TextWriter output)
    {
        var json = new JsonLoading { Events = eventCount };
        json.Setup();
        int[] counts =
        [
            json.DocumentFloor(),
            json.DocumentDeserialize(),
            json.DocumentLoadAsync().GetAwaiter().GetResult(),
            json.LinesFloor(),
            json.LinesReadAsync().GetAwaiter().GetResult(),
        ];
        var line = $"{nameof(JsonLoading)}: document floor {counts[0]}, Deserialize {counts[1]}, LoadAsync {counts[2]}, lines floor {counts[3]}, ReadAsync {counts[4]} ({json.Bytes.Document:N0} and {json.Bytes.Lines:N0} bytes)";
        var ok = counts.All(c => c == eventCount);
        output.WriteLine((ok ? "ok   " : "FAIL ") + line);
        return ok ? 0 : 1;
    }

    private static int CheckLoading(int eventCount, TextWriter output)
    {
        var loading = new Loading { Events = eventCount };
        loading.Setup();
        var chronicle = loading.Diplomacy();
        var list = loading.Linq();
        var rows = loading.DuckDb();
        if (chronicle.Events.Count == eventCount && list.Count == eventCount && rows == eventCount)
        {
            output.WriteLine($"ok   {nameof(Loading)}: Diplomacy {chronicle.Events.Count}, LINQ {list.Count}, DuckDB {rows}");
            return 0;
        }

        output.WriteLine($"FAIL {nameof(Loading)}: Diplomacy {chronicle.Events.Count}, LINQ {list.Count}, DuckDB {rows}; expected {eventCount} each.");
        return 1;
    }
}
