namespace Diplomacy.TestKit.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small, fast generator whose sequence is fixed by its seed on every
/// runtime (unlike <see cref="Random"/>, whose algorithm may change between .NET versions).
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SyntheticRandom(int seed)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Draws indexes with given relative weights (cumulative table and binary search).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    public int Count => _cumulative.Length;

    /// <summary>Weights 1/rank^exponent: a few items take most draws, as actors do in event data.</summary>
    public static WeightedSampler Zipf(int count, double exponent)
    {
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = 1.0 / Math.Pow(i + 1, exponent);
        }

        return new WeightedSampler(weights);
    }

    /// <summary>The share of draws that fall on the first <paramref name="top"/> items.</summary>
    public double ShareOfTop(int top) => _cumulative[Math.Min(top, _cumulative.Length) - 1] / _cumulative[^1];

    public int Sample(SyntheticRandom random)
    {
        var u = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, u);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }
}
