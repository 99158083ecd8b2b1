using NodaTime;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateRelationTests
{
    private static readonly FuzzyDate Year2023 = FuzzyDate.FromYear(2023);
    private static readonly FuzzyDate March2023 = FuzzyDate.FromYearMonth(new YearMonth(2023, 3));
    private static readonly FuzzyDate SinceInvasion = FuzzyDate.Since(new LocalDate(2022, 2, 24));

    [Fact]
    public void Year_ending_before_a_day_is_certainly_before_it()
    {
        Assert.True(FuzzyDate.FromYear(2022).IsCertainlyBefore(new LocalDate(2023, 1, 1)));
    }

    [Fact]
    public void Year_containing_a_day_is_possibly_but_not_certainly_before_it()
    {
        FuzzyDate day = new LocalDate(2023, 7, 1);

        Assert.False(Year2023.IsCertainlyBefore(day));
        Assert.True(Year2023.IsPossiblyBefore(day));
    }

    [Fact]
    public void Year_containing_a_day_is_possibly_but_not_certainly_after_it()
    {
        FuzzyDate day = new LocalDate(2023, 7, 1);

        Assert.False(Year2023.IsCertainlyAfter(day));
        Assert.True(Year2023.IsPossiblyAfter(day));
    }

    [Fact]
    public void Same_day_is_neither_possibly_before_nor_possibly_after_itself()
    {
        FuzzyDate day = new LocalDate(2023, 7, 1);

        Assert.False(day.IsPossiblyBefore(day));
        Assert.False(day.IsPossiblyAfter(day));
    }

    [Fact]
    public void Open_end_is_never_certainly_before_anything()
    {
        Assert.False(SinceInvasion.IsCertainlyBefore(FuzzyDate.FromYear(9999)));
    }

    [Fact]
    public void Open_start_is_never_certainly_after_anything()
    {
        Assert.False(FuzzyDate.Until(new LocalDate(2024, 1, 1)).IsCertainlyAfter(FuzzyDate.FromYear(1)));
    }

    [Fact]
    public void Month_inside_year_overlaps_it()
    {
        Assert.True(March2023.Overlaps(Year2023));
    }

    [Fact]
    public void Spring_and_summer_do_not_overlap()
    {
        Assert.False(FuzzyDate.FromSeason(2023, Season.Spring).Overlaps(FuzzyDate.FromSeason(2023, Season.Summer)));
    }

    [Fact]
    public void Winter_overlaps_the_following_year()
    {
        Assert.True(FuzzyDate.FromSeason(2023, Season.Winter).Overlaps(FuzzyDate.FromYear(2024)));
    }

    [Fact]
    public void Month_is_certainly_on_or_before_its_last_day_only()
    {
        Assert.True(March2023.IsCertainlyOnOrBefore(new LocalDate(2023, 3, 31)));
        Assert.False(March2023.IsCertainlyOnOrBefore(new LocalDate(2023, 3, 30)));
    }

    [Fact]
    public void Month_is_possibly_on_or_before_its_first_day()
    {
        Assert.True(March2023.IsPossiblyOnOrBefore(new LocalDate(2023, 3, 1)));
        Assert.False(March2023.IsPossiblyOnOrBefore(new LocalDate(2023, 2, 28)));
    }

    [Fact]
    public void Open_end_is_never_certainly_on_or_before_even_the_last_day()
    {
        Assert.False(SinceInvasion.IsCertainlyOnOrBefore(LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Open_start_contains_days_long_before_its_end()
    {
        Assert.True(FuzzyDate.Until(new LocalDate(2024, 1, 1)).Contains(new LocalDate(1, 1, 1)));
    }

    [Fact]
    public void Month_does_not_contain_the_day_after_its_end()
    {
        Assert.False(March2023.Contains(new LocalDate(2023, 4, 1)));
    }

    [Fact]
    public void Sort_orders_by_earliest_then_latest_then_precision_then_qualifiers()
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
    public void Compare_to_null_sorts_null_first()
    {
        IComparable value = Year2023;

        Assert.Equal(1, value.CompareTo(null));
    }

    [Fact]
    public void Compare_to_another_type_throws_argument_exception()
    {
        IComparable value = Year2023;

        Assert.Throws<ArgumentException>(() => value.CompareTo("2023"));
    }

    [Fact]
    public void Compare_to_boxed_fuzzy_date_equals_compare_to()
    {
        IComparable value = Year2023;

        Assert.Equal(Year2023.CompareTo(March2023), value.CompareTo(March2023));
    }
}
