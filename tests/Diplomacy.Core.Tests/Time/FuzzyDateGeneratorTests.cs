using Diplomacy.TestKit;
using FsCheck.Fluent;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateGeneratorTests
{
    private static readonly FuzzyDate[] Sample = Gen.Sample(FuzzyDateGenerators.Any, 5000);

    [Fact]
    public void AnyCoversEveryPrecision()
    {
        Assert.Equal(Enum.GetValues<DatePrecision>(), Sample.Select(d => d.Precision).Distinct().Order());
    }

    [Fact]
    public void AnyCoversEveryQualifier()
    {
        Assert.Equal(4, Sample.Select(d => (d.IsApproximate, d.IsUncertain)).Distinct().Count());
    }

    [Fact]
    public void AnyCoversOpenStartsAndOpenEnds()
    {
        Assert.Contains(Sample, d => d.HasOpenStart);
        Assert.Contains(Sample, d => d.HasOpenEnd);
    }

    [Fact]
    public void AnyCoversTheExtremeYears()
    {
        Assert.Contains(Sample, d => !d.HasOpenStart && d.Earliest.Year == 1);
        Assert.Contains(Sample, d => !d.HasOpenEnd && d.Latest.Year == 9999);
    }

    [Fact]
    public void ShrinkDropsQualifiersFirst()
    {
        var value = FuzzyDate.FromSeason(2023, Season.Winter).AsApproximate().AsUncertain();

        Assert.Equal([FuzzyDate.FromSeason(2023, Season.Winter)], FuzzyDateGenerators.Shrink(value));
    }
}
