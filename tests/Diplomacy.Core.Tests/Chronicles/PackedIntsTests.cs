using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Diplomacy.Core.Tests.Chronicles;

public class PackedIntsTests
{
    /// <summary>Values clustered near a base (day numbers, small indexes) with a few far outliers, as columns hold.</summary>
    private static Arbitrary<int[]> Columns() =>
        Gen.OneOf(
                Gen.Choose(0, 300),
                Gen.Choose(-5, 70_000),
                Gen.Choose(-100, 20_000_000),
                Gen.Elements(int.MinValue, int.MaxValue, -1, 0, 254, 255, 256, 65_534, 65_535, 65_536, 16_777_214, 16_777_215, 16_777_216),
                ArbMap.Default.GeneratorFor<int>())
            .ArrayOf()
            .ToArbitrary();

    [Property]
    public Property Packing_keeps_every_value() =>
        Prop.ForAll(Columns(), values => Assert.Equal(values, PackedInts.Pack(values).ToArray()));

    [Property]
    public Property Packing_never_costs_more_than_plain_numbers() =>
        Prop.ForAll(Columns(), values => Assert.True(PackedInts.Pack(values).Bytes <= 4L * values.Length));

    [Fact]
    public void Day_numbers_over_decades_take_two_bytes_and_a_repeated_value_none()
    {
        var days = Enumerable.Range(0, 10_000).Select(i => 9_000 + (i * 3)).ToArray();
        days[5] = int.MaxValue; // an open end, kept as a patch
        var packed = PackedInts.Pack(days);
        Assert.Equal(2, packed.Width);
        Assert.Equal(1, packed.PatchCount);
        Assert.Equal(int.MaxValue, packed[5]);
        Assert.Equal(0, PackedInts.Pack(Enumerable.Repeat(-1, 1_000).ToArray()).Width);
    }

    [Fact]
    public void Indexes_into_a_million_entries_take_three_bytes_with_far_outliers_patched()
    {
        var indexes = Enumerable.Range(0, 100_000).Select(i => (i * 7_919) % 1_000_000).ToArray();
        indexes[17] = int.MaxValue;
        indexes[99_999] = -40_000_000;
        var packed = PackedInts.Pack(indexes);
        Assert.Equal(3, packed.Width);
        // The two outliers, and the few values below the base a sample chose, are patches.
        Assert.InRange(packed.PatchCount, 2, indexes.Length / 1_000);
        Assert.Equal(indexes, packed.ToArray());
        Assert.Equal((3L * indexes.Length) + (8L * packed.PatchCount), packed.Bytes);
        Assert.Equal(3, PackedInts.Pack(Enumerable.Range(0, 1_000).Select(i => i * 1_000).ToArray()).Width);
    }

    [Fact]
    public void A_position_outside_the_column_is_refused_whatever_the_width()
    {
        foreach (int[] values in (int[][])[[7, 7, 7], [1, 2, 3], [1, 2, 70_000], [1, 2, 1_000_000], [int.MinValue, 0, int.MaxValue]])
        {
            Assert.NotNull(Record.Exception(() => PackedInts.Pack(values)[3]));
            Assert.NotNull(Record.Exception(() => PackedInts.Pack(values)[-1]));
        }
    }
}
