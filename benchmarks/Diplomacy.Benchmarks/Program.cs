using BenchmarkDotNet.Running;
using Diplomacy.Benchmarks;
using Diplomacy.Benchmarks.Data;

// Modes (see docs/benchmarks.md):
//   --verify [--events 5000]      quick CI check: every question once, every approach, answers must agree
//   --memory [--events 1000000] [--padded-ids]
//                                 managed memory per event and build time (--padded-ids: ids such as e0000000123,
//                                 which storage keeps as text)
//   --scale [--events 1000000]    build, append, snapshot save/load, each next to DuckDB
//   anything else                 BenchmarkDotNet (e.g. --filter '*PairInWindow*'); --events picks the sizes
var rest = new List<string>(args);
var sizes = TakeOption(rest, "--events");
if (sizes is not null)
{
    Environment.SetEnvironmentVariable(BenchmarkSizes.Variable, sizes);
}

if (rest.Remove("--verify"))
{
    return Verifier.Run(sizes is null ? 5_000 : BenchmarkSizes.Parse(sizes)[0], Console.Out);
}

if (rest.Remove("--memory"))
{
    var paddedIds = rest.Remove("--padded-ids");
    foreach (var size in sizes is null ? [1_000_000] : BenchmarkSizes.Parse(sizes))
    {
        MemoryReport.Run(size, Console.Out, paddedIds);
    }

    return 0;
}

if (rest.Remove("--scale"))
{
    foreach (var size in sizes is null ? [1_000_000] : BenchmarkSizes.Parse(sizes))
    {
        ScaleReport.Run(size, Console.Out);
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest]);
return 0;

static string? TakeOption(List<string> args, string name)
{
    var index = args.IndexOf(name);
    if (index < 0 || index + 1 >= args.Count)
    {
        return null;
    }

    var value = args[index + 1];
    args.RemoveRange(index, 2);
    return value;
}
