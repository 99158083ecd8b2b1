using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateFactoryTests
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void From_date_has_day_precision_and_that_day_as_both_bounds()
    {
        var value = FuzzyDate.FromDate(new LocalDate(2024, 7, 8));

        Assert.Equal(DatePrecision.Day, value.Precision);
        Assert.Equal(new LocalDate(2024, 7, 8), value.Earliest);
        Assert.Equal(new LocalDate(2024, 7, 8), value.Latest);
    }

    [Fact]
    public void From_year_month_covers_the_whole_month_including_leap_day()
    {
        var value = FuzzyDate.FromYearMonth(new YearMonth(2024, 2));

        Assert.Equal(DatePrecision.Month, value.Precision);
        Assert.Equal(new LocalDate(2024, 2, 1), value.Earliest);
        Assert.Equal(new LocalDate(2024, 2, 29), value.Latest);
    }

    [Fact]
    public void From_year_covers_first_of_january_to_thirty_first_of_december()
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
    public void From_season_covers_the_meteorological_northern_season(int year, Season season, string earliest, string latest)
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
    public void From_quarter_covers_its_three_months(int quarter, string earliest, string latest)
    {
        var value = FuzzyDate.FromQuarter(2023, quarter);

        Assert.Equal(DatePrecision.Quarter, value.Precision);
        Assert.Equal(D(earliest), value.Earliest);
        Assert.Equal(D(latest), value.Latest);
    }

    [Theory]
    [InlineData(1, "2023-01-01", "2023-06-30")]
    [InlineData(2, "2023-07-01", "2023-12-31")]
    public void From_half_year_covers_its_six_months(int half, string earliest, string latest)
    {
        var value = FuzzyDate.FromHalfYear(2023, half);

        Assert.Equal(DatePrecision.HalfYear, value.Precision);
        Assert.Equal(D(earliest), value.Earliest);
        Assert.Equal(D(latest), value.Latest);
    }

    [Fact]
    public void Between_has_range_precision_and_the_given_bounds()
    {
        var value = FuzzyDate.Between(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 2));

        Assert.Equal(DatePrecision.Range, value.Precision);
        Assert.Equal(new LocalDate(2024, 7, 1), value.Earliest);
        Assert.Equal(new LocalDate(2024, 7, 2), value.Latest);
        Assert.False(value.HasOpenStart);
        Assert.False(value.HasOpenEnd);
    }

    [Fact]
    public void Between_accepts_the_same_day_as_both_bounds()
    {
        var value = FuzzyDate.Between(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 1));

        Assert.Equal(DatePrecision.Range, value.Precision);
    }

    [Fact]
    public void Between_rejects_latest_before_earliest_naming_both_days()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => FuzzyDate.Between(new LocalDate(2024, 7, 2), new LocalDate(2024, 7, 1)));

        Assert.Equal("latest", ex.ParamName);
        Assert.Contains("2024-07-01 is before the earliest day 2024-07-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_has_an_open_end_at_max_iso_value()
    {
        var value = FuzzyDate.Since(new LocalDate(2022, 2, 24));

        Assert.Equal(DatePrecision.Range, value.Precision);
        Assert.Equal(new LocalDate(2022, 2, 24), value.Earliest);
        Assert.Equal(LocalDate.MaxIsoValue, value.Latest);
        Assert.True(value.HasOpenEnd);
        Assert.False(value.HasOpenStart);
    }

    [Fact]
    public void Until_has_an_open_start_at_min_iso_value()
    {
        var value = FuzzyDate.Until(new LocalDate(2024, 1, 1));

        Assert.Equal(DatePrecision.Range, value.Precision);
        Assert.Equal(LocalDate.MinIsoValue, value.Earliest);
        Assert.Equal(new LocalDate(2024, 1, 1), value.Latest);
        Assert.True(value.HasOpenStart);
        Assert.False(value.HasOpenEnd);
    }

    [Fact]
    public void From_year_9999_has_a_closed_end_despite_ending_on_max_iso_value()
    {
        var value = FuzzyDate.FromYear(9999);

        Assert.Equal(LocalDate.MaxIsoValue, value.Latest);
        Assert.False(value.HasOpenEnd);
    }

    [Fact]
    public void Between_to_max_iso_value_differs_from_since()
    {
        var closed = FuzzyDate.Between(new LocalDate(2024, 1, 1), LocalDate.MaxIsoValue);
        var open = FuzzyDate.Since(new LocalDate(2024, 1, 1));

        Assert.NotEqual(closed, open);
        Assert.True(closed < open);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void From_year_rejects_years_outside_1_to_9999(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromYear(year));

        Assert.Equal("year", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void From_quarter_rejects_quarters_outside_1_to_4(int quarter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromQuarter(2023, quarter));

        Assert.Equal("quarter", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void From_half_year_rejects_halves_other_than_1_and_2(int half)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromHalfYear(2023, half));

        Assert.Equal("half", ex.ParamName);
    }

    [Fact]
    public void From_season_rejects_winter_9999_which_ends_after_the_calendar()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromSeason(9999, Season.Winter));

        Assert.Contains("February 10000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_season_rejects_an_undefined_season()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromSeason(2023, (Season)4));

        Assert.Equal("season", ex.ParamName);
    }

    [Fact]
    public void From_date_rejects_dates_before_year_one()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuzzyDate.FromDate(new LocalDate(0, 12, 31)));

        Assert.Equal("date", ex.ParamName);
    }

    [Fact]
    public void From_date_rejects_non_iso_calendars()
    {
        var julian = new LocalDate(2024, 7, 8, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => FuzzyDate.FromDate(julian));

        Assert.Contains("ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implicit_conversion_from_local_date_gives_day_precision()
    {
        FuzzyDate value = new LocalDate(2024, 7, 8);

        Assert.Equal(FuzzyDate.FromDate(new LocalDate(2024, 7, 8)), value);
    }

    [Fact]
    public void Default_is_the_day_00010101_without_qualifiers()
    {
        Assert.Equal(FuzzyDate.FromDate(new LocalDate(1, 1, 1)), default);
        Assert.Equal("0001-01-01", default(FuzzyDate).ToString());
    }

    [Fact]
    public void As_approximate_sets_only_the_approximate_qualifier()
    {
        var value = FuzzyDate.FromYear(2023).AsApproximate();

        Assert.True(value.IsApproximate);
        Assert.False(value.IsUncertain);
        Assert.Equal(FuzzyDate.FromYear(2023).Earliest, value.Earliest);
    }

    [Fact]
    public void As_uncertain_sets_only_the_uncertain_qualifier()
    {
        var value = FuzzyDate.FromYear(2023).AsUncertain();

        Assert.True(value.IsUncertain);
        Assert.False(value.IsApproximate);
    }

    [Fact]
    public void Qualifiers_make_values_unequal()
    {
        Assert.NotEqual(FuzzyDate.FromYear(2023), FuzzyDate.FromYear(2023).AsApproximate());
    }

    [Fact]
    public void Quarter_is_not_equal_to_a_range_with_the_same_bounds()
    {
        var quarter = FuzzyDate.FromQuarter(2023, 2);
        var range = FuzzyDate.Between(quarter.Earliest, quarter.Latest);

        Assert.NotEqual(quarter, range);
    }

    [Fact]
    public void To_date_interval_covers_the_bounds()
    {
        var interval = FuzzyDate.FromYearMonth(new YearMonth(2023, 4)).ToDateInterval();

        Assert.Equal(new DateInterval(new LocalDate(2023, 4, 1), new LocalDate(2023, 4, 30)), interval);
    }

    [Fact]
    public void To_date_interval_is_null_for_an_open_end()
    {
        Assert.Null(FuzzyDate.Since(new LocalDate(2022, 2, 24)).ToDateInterval());
    }

    [Fact]
    public void To_date_interval_is_null_for_an_open_start()
    {
        Assert.Null(FuzzyDate.Until(new LocalDate(2024, 1, 1)).ToDateInterval());
    }

    [Fact]
    public void Struct_is_twelve_bytes()
    {
        Assert.Equal(12, Unsafe.SizeOf<FuzzyDate>());
    }
}
