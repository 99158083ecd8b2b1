using Diplomacy.TestKit;
using FsCheck.Fluent;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateGeneratorTests
{
    private static readonly FuzzyDate[] Sample = Gen.Sample(FuzzyDateGenerators.Any, 5000);

    [Fact]
    public void Any_covers_every_precision()
    {
        Assert.Equal(Enum.GetValues<DatePrecision>(), Sample.Select(d => d.Precision).Distinct().Order());
    }

    [Fact]
    public void Any_covers_every_qualifier()
    {
        Assert.Equal(4, Sample.Select(d => (d.IsApproximate, d.IsUncertain)).Distinct().Count());
    }

    [Fact]
    public void Any_covers_open_starts_and_open_ends()
    {
        Assert.Contains(Sample, d => d.HasOpenStart);
        Assert.Contains(Sample, d => d.HasOpenEnd);
    }

    [Fact]
    public void Any_covers_the_extreme_years()
    {
        Assert.Contains(Sample, d => !d.HasOpenStart && d.Earliest.Year == 1);
        Assert.Contains(Sample, d => !d.HasOpenEnd && d.Latest.Year == 9999);
    }

    [Fact]
    public void Shrink_drops_qualifiers_first()
    {
        var value = FuzzyDate.FromSeason(2023, Season.Winter).AsApproximate().AsUncertain();

        Assert.Equal([FuzzyDate.FromSeason(2023, Season.Winter)], FuzzyDateGenerators.Shrink(value));
    }
}
