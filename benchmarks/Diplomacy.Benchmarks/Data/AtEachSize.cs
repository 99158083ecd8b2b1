using BenchmarkDotNet.Attributes;

namespace Diplomacy.Benchmarks.Data;

/// <summary>A benchmark run once per size of <see cref="BenchmarkSizes.Current"/> (set with <c>--events</c>).</summary>
public abstract class AtEachSize
{
    /// <summary>How many events the records hold.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    /// <summary>The sizes of this run (see <see cref="BenchmarkSizes"/>).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Current;
}
