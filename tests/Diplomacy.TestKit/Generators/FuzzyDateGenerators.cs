using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.TestKit;

/// <summary>
/// FsCheck generators for <see cref="FuzzyDate"/>: every precision, every qualifier, open ends, and the
/// extreme years 1 and 9999.
/// </summary>
/// <remarks>
/// Pass <c>typeof(FuzzyDateGenerators)</c> in <c>[Property(Arbitrary = ...)]</c> to get
/// <see cref="FuzzyDateArbitrary"/> for every <see cref="FuzzyDate"/> parameter, or compose
/// <see cref="Any"/> and <see cref="InYears"/> into larger generators.
/// </remarks>
public static class FuzzyDateGenerators
{
    private static readonly Season[] Seasons = [Season.Spring, Season.Summer, Season.Autumn, Season.Winter];

    /// <summary>
    /// Any supported <see cref="FuzzyDate"/>: mostly 1900..2100, but also anywhere in 1..9999 and often at the
    /// extremes (years 1..3 and 9997..9999), so that formatting of short years and the end of the calendar
    /// are exercised.
    /// </summary>
    public static Gen<FuzzyDate> Any { get; } = Gen.Frequency(
        (4, InYears(1900, 2100)),
        (2, InYears(1, 9999)),
        (1, InYears(1, 3)),
        (1, InYears(9997, 9999)));

    /// <summary>Days from 0001-01-01 to 9999-12-31, mostly in 1900..2100 and often at month and year edges.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.Frequency(
        (4, DatesIn(1900, 2100)),
        (2, DatesIn(1, 9999)),
        (1, DatesIn(1, 3)),
        (1, DatesIn(9997, 9999)));

    /// <summary>
    /// Values whose named units start in <paramref name="firstYear"/>..<paramref name="lastYear"/> (a winter
    /// ends in the following year): days, months, seasons, quarters, half-years, years, closed ranges with
    /// ends at any of those precisions, and ranges with an open start or end; each with no qualifier, <c>~</c>,
    /// <c>?</c> or <c>%</c>. A narrow span of years makes equal and overlapping values likely.
    /// </summary>
    /// <param name="firstYear">The first year, at least 1.</param>
    /// <param name="lastYear">The last year, at most 9999.</param>
    /// <returns>The generator.</returns>
    public static Gen<FuzzyDate> InYears(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, 9999);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);

        var years = Gen.Choose(firstYear, lastYear);
        var days = DatesIn(firstYear, lastYear);
        var units = Gen.OneOf(
            days.Select(FuzzyDate.FromDate),
            days.Select(d => FuzzyDate.FromYearMonth(d.ToYearMonth())),
            from year in years
            from season in Gen.Elements(Seasons)
            select FuzzyDate.FromSeason(year, year == 9999 && season == Season.Winter ? Season.Autumn : season),
            from year in years
            from quarter in Gen.Choose(1, 4)
            select FuzzyDate.FromQuarter(year, quarter),
            from year in years
            from half in Gen.Choose(1, 2)
            select FuzzyDate.FromHalfYear(year, half),
            years.Select(FuzzyDate.FromYear));
        var ranges = Gen.OneOf(
            // Ends at any precision, as "2023-04/2023-06" or "2022-02-24/2023" would be parsed.
            from a in units
            from b in units
            select FuzzyDate.Between(Min(a.Earliest, b.Earliest), Max(a.Latest, b.Latest)),
            from a in days
            from b in days
            select FuzzyDate.Between(Min(a, b), Max(a, b)),
            units.Select(u => FuzzyDate.Since(u.Earliest)),
            days.Select(FuzzyDate.Since),
            units.Select(u => FuzzyDate.Until(u.Latest)),
            days.Select(FuzzyDate.Until));
        return from value in Gen.Frequency((3, units), (2, ranges))
               from qualifier in Gen.Choose(0, 3)
               select Qualify(value, qualifier);
    }

    /// <summary>Days in <paramref name="firstYear"/>..<paramref name="lastYear"/>, often on the first or last day of a month or year.</summary>
    /// <param name="firstYear">The first year, at least 1.</param>
    /// <param name="lastYear">The last year, at most 9999.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> DatesIn(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, 9999);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);

        var years = Gen.Choose(firstYear, lastYear);
        var anyDay =
            from year in years
            from dayOfYear in Gen.Choose(1, 366)
            select new LocalDate(year, 1, 1).PlusDays(Math.Min(dayOfYear, CalendarSystem.Iso.GetDaysInYear(year)) - 1);
        var edgeDay =
            from year in years
            from month in Gen.Choose(1, 12)
            from last in Gen.Elements(false, true)
            select new LocalDate(year, month, last ? CalendarSystem.Iso.GetDaysInMonth(year, month) : 1);
        return Gen.Frequency((3, anyDay), (1, edgeDay));
    }

    /// <summary>
    /// The <see cref="Arbitrary{T}"/> for <see cref="FuzzyDate"/>: <see cref="Any"/>, shrinking towards a value
    /// without qualifiers and then towards a single day.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FuzzyDate> FuzzyDateArbitrary() => Arb.From(Any, Shrink);

    /// <summary>Simpler candidates for a failing value: without qualifiers, then its first (or last) day.</summary>
    /// <param name="value">The failing value.</param>
    /// <returns>The candidates, each strictly simpler than <paramref name="value"/>.</returns>
    public static IEnumerable<FuzzyDate> Shrink(FuzzyDate value)
    {
        if (value.IsApproximate || value.IsUncertain)
        {
            yield return WithoutQualifiers(value);
        }
        else if (value.Precision != DatePrecision.Day)
        {
            yield return FuzzyDate.FromDate(value.HasOpenStart ? value.Latest : value.Earliest);
        }
    }

    /// <summary>The same value without <c>~</c>, <c>?</c> or <c>%</c>, rebuilt through the public factories.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value with <see cref="FuzzyDate.IsApproximate"/> and <see cref="FuzzyDate.IsUncertain"/> false.</returns>
    public static FuzzyDate WithoutQualifiers(FuzzyDate value)
    {
        LocalDate e = value.Earliest;
        return value.Precision switch
        {
            DatePrecision.Day => FuzzyDate.FromDate(e),
            DatePrecision.Month => FuzzyDate.FromYearMonth(e.ToYearMonth()),
            DatePrecision.Season => FuzzyDate.FromSeason(e.Year, Seasons[(e.Month / 3) - 1]),
            DatePrecision.Quarter => FuzzyDate.FromQuarter(e.Year, ((e.Month - 1) / 3) + 1),
            DatePrecision.HalfYear => FuzzyDate.FromHalfYear(e.Year, ((e.Month - 1) / 6) + 1),
            DatePrecision.Year => FuzzyDate.FromYear(e.Year),
            _ when value.HasOpenStart => FuzzyDate.Until(value.Latest),
            _ when value.HasOpenEnd => FuzzyDate.Since(e),
            _ => FuzzyDate.Between(e, value.Latest),
        };
    }

    private static FuzzyDate Qualify(FuzzyDate value, int qualifier) => qualifier switch
    {
        1 => value.AsApproximate(),
        2 => value.AsUncertain(),
        3 => value.AsApproximate().AsUncertain(),
        _ => value,
    };

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
