using System.Globalization;

namespace Diplomacy.Benchmarks.Data;

/// <summary>
/// The event counts benchmarks run at: 10 thousand and 1 million by default, or what <c>--events</c> (passed on
/// to benchmark processes as <see cref="Variable"/>) says, e.g. <c>--events 10000000</c>.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that carries the sizes to BenchmarkDotNet's child processes.</summary>
    public const string Variable = "DIPLOMACY_BENCH_EVENTS";

    /// <summary>The default sizes.</summary>
    public static readonly int[] Default = [10_000, 1_000_000];

    /// <summary>The sizes for this run.</summary>
    public static IEnumerable<int> Current =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text ? Parse(text) : Default;

    /// <summary>Parses <c>10000,1000000</c>; <c>1M</c>, <c>10k</c> are accepted too.</summary>
    public static int[] Parse(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne)];

    private static int ParseOne(string text)
    {
        var multiplier = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 1_000,
            'M' => 1_000_000,
            _ => 1,
        };
        var digits = multiplier == 1 ? text : text[..^1];
        return checked(int.Parse(digits.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) * multiplier);
    }
}
