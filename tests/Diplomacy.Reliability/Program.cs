using System.Globalization;
using Diplomacy.Reliability.Fuzzing;
using Diplomacy.Reliability.Saves;
using Diplomacy.Reliability.Stress;

namespace Diplomacy.Reliability;

/// <summary>
/// The reliability runs of docs/reliability.md, as commands:
/// <c>fuzz</c> (every reader, or one, for a number of executions or seconds), <c>kill-saves</c> (saves killed with
/// SIGKILL), <c>stress</c> (the store under concurrent writers and readers). Exit code 0 when every property held,
/// 1 when one failed, 2 for a bad argument, 3 when the fuzzer's watchdog caught a hang or runaway memory.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage:
          fuzz [--target NAME|all] [--executions N] [--seconds S] [--seed N] [--timeout-ms T] [--max-memory-mib M] [--out DIR]
          replay TARGET FILE   (one input, e.g. a crash the fuzzer saved: prints the outcome and the time taken)
          kill-saves [--kills N] [--events N] [--seed N]
          stress [--seconds S] [--writers W (1-9)] [--readers R] [--batches B]
        """;

    public static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["fuzz", .. var rest] => Fuzz(Options.Parse(rest)),
                ["replay", var target, var file] => Replay(FuzzTargets.Named(target), file),
                ["kill-saves", .. var rest] => Kill(Options.Parse(rest)),
                ["save-loop", var path, var events, var from] => KillSaves.SaveLoop(path, int.Parse(events, CultureInfo.InvariantCulture), long.Parse(from, CultureInfo.InvariantCulture)),
                ["stress", .. var rest] => Stress(Options.Parse(rest)),
                _ => throw new ArgumentException("Expected a command."),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"{e.Message}\n{Usage}");
            return 2;
        }
    }

    private static int Replay(FuzzTarget target, string file)
    {
        var input = File.ReadAllBytes(file);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Record(() => target.Run(input));
        var outcome = error is null ? "read" : target.IsRefusal(error) ? "refused: " + error.Message : "CRASH: " + error;
        Console.WriteLine($"{target.Name} {Path.GetFileName(file)}: {outcome} ({clock.Elapsed.TotalMilliseconds:F0} ms)");
        return error is null || target.IsRefusal(error) ? 0 : 1;

        static Exception? Record(Action run)
        {
            try
            {
                run();
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }
    }

    private static int Fuzz(Options options)
    {
        var name = options.Text("target", "all");
        var targets = name == "all" ? FuzzTargets.All : [FuzzTargets.Named(name)];
        var executions = options.Number("executions", long.MaxValue);
        var seconds = options.Number("seconds", executions == long.MaxValue ? 60 : 86_400);
        var seed = (int)options.Number("seed", 15);
        var output = Path.GetFullPath(options.Text("out", Path.Combine(Path.GetTempPath(), "diplomacy-fuzz")));
        var perInput = TimeSpan.FromMilliseconds(options.Number("timeout-ms", 10_000));
        var memory = options.Number("max-memory-mib", 2048) * 1024 * 1024;
        var failed = false;
        foreach (var target in targets)
        {
            var report = new Fuzzer(target, output, perInput, memory).Run(executions, TimeSpan.FromSeconds(seconds), seed, Console.Out);
            Console.WriteLine(report);
            failed |= report.Crashes.Count > 0;
        }

        if (failed)
        {
            Console.WriteLine($"Crashing inputs are in {output}; copy each into tests/Diplomacy.Reliability/Corpus/NAME/ and fix the reader.");
        }

        return failed ? 1 : 0;
    }

    private static int Kill(Options options)
    {
        var report = KillSaves.Run((int)options.Number("kills", 100), (int)options.Number("events", 5_000), (int)options.Number("seed", 15), Console.Out);
        Console.WriteLine($"kill-saves: {report}");
        report.Failures.ToList().ForEach(Console.WriteLine);
        return report.Failures.Count == 0 ? 0 : 1;
    }

    private static int Stress(Options options)
    {
        var writers = (int)options.Number("writers", 4);
        if (writers is < 1 or > 9)
        {
            throw new ArgumentException("--writers must be 1 to 9.");
        }

        var report = StoreStress.Run(TimeSpan.FromSeconds(options.Number("seconds", 60)), writers, (int)options.Number("readers", 6), (int)options.Number("batches", 40), Console.Out);
        Console.WriteLine($"stress: {report}");
        report.Failures.Take(20).ToList().ForEach(Console.WriteLine);
        return report.Failures.Count == 0 ? 0 : 1;
    }

    /// <summary><c>--name value</c> pairs.</summary>
    private sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Expected --name value, found '{args[i]}'.");
                }

                values[args[i][2..]] = args[i + 1];
            }

            return new Options(values);
        }

        public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

        public long Number(string name, long fallback) =>
            !values.TryGetValue(name, out var text) ? fallback
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new ArgumentException($"--{name} must be a positive whole number, not '{text}'.");
    }
}
