using NodaTime;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateRelationTests
{
    private static readonly FuzzyDate Year2023 = FuzzyDate.FromYear(2023);
    private static readonly FuzzyDate March2023 = FuzzyDate.FromYearMonth(new YearMonth(2023, 3));
    private static readonly FuzzyDate SinceInvasion = FuzzyDate.Since(new LocalDate(2022, 2, 24));

    [Fact]
    public void YearEndingBeforeADayIsCertainlyBeforeIt()
    {
        Assert.True(FuzzyDate.FromYear(2022).IsCertainlyBefore(new LocalDate(2023, 1, 1)));
    }

    [Fact]
    public void YearContainingADayIsPossiblyButNotCertainlyBeforeIt()
    {
        FuzzyDate day = new LocalDate(2023, 7, 1);

        Assert.False(Year2023.IsCertainlyBefore(day));
        Assert.True(Year2023.IsPossiblyBefore(day));
    }

    [Fact]
    public void YearContainingADayIsPossiblyButNotCertainlyAfterIt()
    {
        FuzzyDate day = new LocalDate(2023, 7, 1);

        Assert.False(Year2023.IsCertainlyAfter(day));
        Assert.True(Year2023.IsPossiblyAfter(day));
    }

    [Fact]
    public void SameDayIsNeitherPossiblyBeforeNorPossiblyAfterItself()
    {
        FuzzyDate day = new LocalDate(2023, 7, 1);

        Assert.False(day.IsPossiblyBefore(day));
        Assert.False(day.IsPossiblyAfter(day));
    }

    [Fact]
    public void OpenEndIsNeverCertainlyBeforeAnything()
    {
        Assert.False(SinceInvasion.IsCertainlyBefore(FuzzyDate.FromYear(9999)));
    }

    [Fact]
    public void OpenStartIsNeverCertainlyAfterAnything()
    {
        Assert.False(FuzzyDate.Until(new LocalDate(2024, 1, 1)).IsCertainlyAfter(FuzzyDate.FromYear(1)));
    }

    [Fact]
    public void MonthInsideYearOverlapsIt()
    {
        Assert.True(March2023.Overlaps(Year2023));
    }

    [Fact]
    public void SpringAndSummerDoNotOverlap()
    {
        Assert.False(FuzzyDate.FromSeason(2023, Season.Spring).Overlaps(FuzzyDate.FromSeason(2023, Season.Summer)));
    }

    [Fact]
    public void WinterOverlapsTheFollowingYear()
    {
        Assert.True(FuzzyDate.FromSeason(2023, Season.Winter).Overlaps(FuzzyDate.FromYear(2024)));
    }

    [Fact]
    public void MonthIsCertainlyOnOrBeforeItsLastDayOnly()
    {
        Assert.True(March2023.IsCertainlyOnOrBefore(new LocalDate(2023, 3, 31)));
        Assert.False(March2023.IsCertainlyOnOrBefore(new LocalDate(2023, 3, 30)));
    }

    [Fact]
    public void MonthIsPossiblyOnOrBeforeItsFirstDay()
    {
        Assert.True(March2023.IsPossiblyOnOrBefore(new LocalDate(2023, 3, 1)));
        Assert.False(March2023.IsPossiblyOnOrBefore(new LocalDate(2023, 2, 28)));
    }

    [Fact]
    public void OpenEndIsNeverCertainlyOnOrBeforeEvenTheLastDay()
    {
        Assert.False(SinceInvasion.IsCertainlyOnOrBefore(LocalDate.MaxIsoValue));
    }

    [Fact]
    public void OpenStartContainsDaysLongBeforeItsEnd()
    {
        Assert.True(FuzzyDate.Until(new LocalDate(2024, 1, 1)).Contains(new LocalDate(1, 1, 1)));
    }

    [Fact]
    public void MonthDoesNotContainTheDayAfterItsEnd()
    {
        Assert.False(March2023.Contains(new LocalDate(2023, 4, 1)));
    }

    [Fact]
    public void SortOrdersByEarliestThenLatestThenPrecisionThenQualifiers()
    {
        var values = new[]
        {
            Year2023.AsUncertain(),
            FuzzyDate.FromQuarter(2023, 1),
            Year2023,
            FuzzyDate.FromDate(new LocalDate(2023, 1, 1)),
            FuzzyDate.Between(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            Year2023.AsApproximate(),
            FuzzyDate.Until(new LocalDate(2023, 6, 1)),
            March2023,
        };

        Array.Sort(values);

        Assert.Equal(
            ["../2023-06-01", "2023-01-01", "2023-33", "2023", "2023~", "2023?", "2023/2023", "2023-03"],
            values.Select(v => v.ToString()));
    }

    [Fact]
    public void CompareToNullSortsNullFirst()
    {
        IComparable value = Year2023;

        Assert.Equal(1, value.CompareTo(null));
    }

    [Fact]
    public void CompareToAnotherTypeThrowsArgumentException()
    {
        IComparable value = Year2023;

        Assert.Throws<ArgumentException>(() => value.CompareTo("2023"));
    }

    [Fact]
    public void CompareToBoxedFuzzyDateEqualsCompareTo()
    {
        IComparable value = Year2023;

        Assert.Equal(Year2023.CompareTo(March2023), value.CompareTo(March2023));
    }
}
