using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateFactoryTests
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void FromDateHasDayPrecisionAndThatDayAsBothBounds()
    {
        var value = FuzzyDate.FromDate(new LocalDate(2024, 7, 8));

        Assert.Equal(DatePrecision.Day, value.Precision);
        Assert.Equal(new LocalDate(2024, 7, 8), value.Earliest);
        Assert.Equal(new LocalDate(2024, 7, 8), value.Latest);
    }

    [Fact]
    public void FromYearMonthCoversTheWholeMonthIncludingLeapDay()
    {
        var value = FuzzyDate.FromYearMonth(new YearMonth(2024, 2));

        Assert.Equal(DatePrecision.Month, value.Precision);
        Assert.Equal(new LocalDate(2024, 2, 1), value.Earliest);
        Assert.Equal(new LocalDate(2024, 2, 29), value.Latest);
    }

    [Fact]
    public void FromYearCoversFirstOfJanuaryToThirtyFirstOfDecember()
    {
        var value = FuzzyDate.FromYear(2023);

        Assert.Equal(DatePrecision.Year, value.Precision);
        Assert.Equal(new LocalDate(2023, 1, 1), value.Earliest);
        Assert.Equal(new LocalDate(2023, 12, 31), value.Latest);
    }

    [Theory]
    [InlineData(2023, Season.Spring, "2023-03-01", "2023-05-31")]
    [InlineData(2023, Season.Summer, "2023-06-01", "2023-08-31")]
    [InlineData(2023, Season.Autumn, "2023-09-01", "2023-11-30")]
    [InlineData(2023, Season.Winter, "2023-12-01", "2024-02-29")]
    [InlineData(2022, Season.Winter, "2022-12-01", "2023-02-28")]
    public void FromSeasonCoversTheMeteorologicalNorthernSeason(int year, Season season, string earliest, string latest)
    {
        var value = FuzzyDate.FromSeason(year, season);

        Assert.Equal(DatePrecision.Season, value.Precision);
        Assert.Equal(D(earliest), value.Earliest);
        Assert.Equal(D(latest), value.Latest);
    }

    [Theory]
    [InlineData(1, "2023-01-01", "2023-03-31")]
    [InlineData(2, "2023-04-01", "2023-06-30")]
    [InlineData(3, "2023-07-01", "2023-09-30")]
    [InlineData(4, "2023-10-01", "2023-12-31")]
    public void FromQuarterCoversItsThreeMonths(int quarter, string earliest, string latest)
    {
        var value = FuzzyDate.FromQuarter(2023, quarter);

        Assert.Equal(DatePrecision.Quarter, value.Precision);
        Assert.Equal(D(earliest), value.Earliest);
        Assert.Equal(D(latest), value.Latest);
    }

    [Theory]
    [InlineData(1, "2023-01-01", "2023-06-30")]
    [InlineData(2, "2023-07-01", "2023-12-31")]
    public void FromHalfYearCoversItsSixMonths(int half, string earliest, string latest)
    {
        var value = FuzzyDate.FromHalfYear(2023, half);

        Assert.Equal(DatePrecision.HalfYear, value.Precision);
        Assert.Equal(D(earliest), value.Earliest);
        Assert.Equal(D(latest), value.Latest);
    }

    [Fact]
    public void BetweenHasRangePrecisionAndTheGivenBounds()
    {
        var value = FuzzyDate.Between(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 2));

        Assert.Equal(DatePrecision.Range, value.Precision);
        Assert.Equal(new LocalDate(2024, 7, 1), value.Earliest);
        Assert.Equal(new LocalDate(2024, 7, 2), value.Latest);
        Assert.False(value.HasOpenStart);
        Assert.False(value.HasOpenEnd);
    }

    [Fact]
    public void BetweenAcceptsTheSameDayAsBothBounds()
    {
        var value = FuzzyDate.Between(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 1));

        Assert.Equal(DatePrecision.Range, value.Precision);
    }

    [Fact]
    public void BetweenRejectsLatestBeforeEarliestNamingBothDays()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => FuzzyDate.Between(new LocalDate(2024, 7, 2), new LocalDate(2024, 7, 1)));

        Assert.Equal("latest", ex.ParamName);
        Assert.Contains("2024-07-01 is before the earliest day 2024-07-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SinceHasAnOpenEndAtMaxIsoValue()
    {
        var value = FuzzyDate.Since(new LocalDate(2022, 2, 24));

        Assert.Equal(DatePrecision.Range, value.Precision);
        Assert.Equal(new LocalDate(2022, 2, 24), value.Earliest);
        Assert.Equal(LocalDate.MaxIsoValue, value.Latest);
        Assert.True(value.HasOpenEnd);
        Assert.False(value.HasOpenStart);
    }

    [Fact]
    public void UntilHasAnOpenStartAtMinIsoValue()
    {
        var value = FuzzyDate.Until(new LocalDate(2024, 1, 1));

        Assert.Equal(DatePrecision.Range, value.Precision);
        Assert.Equal(LocalDate.MinIsoValue, value.Earliest);
        Assert.Equal(new LocalDate(2024, 1, 1), value.Latest);
        Assert.True(value.HasOpenStart);
        Assert.False(value.HasOpenEnd);
    }

    [Fact]
    public void FromYear9999HasAClosedEndDespiteEndingOnMaxIsoValue()
    {
        var value = FuzzyDate.FromYear(9999);

        Assert.Equal(LocalDate.MaxIsoValue, value.Latest);
        Assert.False(value.HasOpenEnd);
    }

    [Fact]
    public void BetweenToMaxIsoValueDiffersFromSince()
    {
        var closed = FuzzyDate.Between(new LocalDate(2024, 1, 1), LocalDate.MaxIsoValue);
        var open = FuzzyDate.Since(new LocalDate(2024, 1, 1));

        Assert.NotEqual(closed, open);
        Assert.True(closed < open);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void FromYearRejectsYearsOutside1To9999(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromYear(year));

        Assert.Equal("year", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void FromQuarterRejectsQuartersOutside1To4(int quarter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromQuarter(2023, quarter));

        Assert.Equal("quarter", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void FromHalfYearRejectsHalvesOtherThan1And2(int half)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromHalfYear(2023, half));

        Assert.Equal("half", ex.ParamName);
    }

    [Fact]
    public void FromSeasonRejectsWinter9999WhichEndsAfterTheCalendar()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromSeason(9999, Season.Winter));

        Assert.Contains("February 10000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSeasonRejectsAnUndefinedSeason()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromSeason(2023, (Season)4));

        Assert.Equal("season", ex.ParamName);
    }

    [Fact]
    public void FromDateRejectsDatesBeforeYearOne()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromDate(new LocalDate(0, 12, 31)));

        Assert.Equal("date", ex.ParamName);
    }

    [Fact]
    public void FromDateRejectsNonIsoCalendars()
    {
        var julian = new LocalDate(2024, 7, 8, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => FuzzyDate.FromDate(julian));

        Assert.Contains("ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicitConversionFromLocalDateGivesDayPrecision()
    {
        FuzzyDate value = new LocalDate(2024, 7, 8);

        Assert.Equal(FuzzyDate.FromDate(new LocalDate(2024, 7, 8)), value);
    }

    [Fact]
    public void DefaultIsTheDay00010101WithoutQualifiers()
    {
        Assert.Equal(FuzzyDate.FromDate(new LocalDate(1, 1, 1)), default);
        Assert.Equal("0001-01-01", default(FuzzyDate).ToString());
    }

    [Fact]
    public void AsApproximateSetsOnlyTheApproximateQualifier()
    {
        var value = FuzzyDate.FromYear(2023).AsApproximate();

        Assert.True(value.IsApproximate);
        Assert.False(value.IsUncertain);
        Assert.Equal(FuzzyDate.FromYear(2023).Earliest, value.Earliest);
    }

    [Fact]
    public void AsUncertainSetsOnlyTheUncertainQualifier()
    {
        var value = FuzzyDate.FromYear(2023).AsUncertain();

        Assert.True(value.IsUncertain);
        Assert.False(value.IsApproximate);
    }

    [Fact]
    public void QualifiersMakeValuesUnequal()
    {
        Assert.NotEqual(FuzzyDate.FromYear(2023), FuzzyDate.FromYear(2023).AsApproximate());
    }

    [Fact]
    public void QuarterIsNotEqualToARangeWithTheSameBounds()
    {
        var quarter = FuzzyDate.FromQuarter(2023, 2);
        var range = FuzzyDate.Between(quarter.Earliest, quarter.Latest);

        Assert.NotEqual(quarter, range);
    }

    [Fact]
    public void ToDateIntervalCoversTheBounds()
    {
        var interval = FuzzyDate.FromYearMonth(new YearMonth(2023, 4)).ToDateInterval();

        Assert.Equal(new DateInterval(new LocalDate(2023, 4, 1), new LocalDate(2023, 4, 30)), interval);
    }

    [Fact]
    public void ToDateIntervalIsNullForAnOpenEnd()
    {
        Assert.Null(FuzzyDate.Since(new LocalDate(2022, 2, 24)).ToDateInterval());
    }

    [Fact]
    public void ToDateIntervalIsNullForAnOpenStart()
    {
        Assert.Null(FuzzyDate.Until(new LocalDate(2024, 1, 1)).ToDateInterval());
    }

    [Fact]
    public void StructIsTwelveBytes()
    {
        Assert.Equal(12, Unsafe.SizeOf<FuzzyDate>());
    }
}
