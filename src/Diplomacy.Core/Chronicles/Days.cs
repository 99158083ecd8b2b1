using NodaTime;

namespace Diplomacy;

/// <summary>Day numbers for compact date arithmetic in indexes: days since 0001-01-01.</summary>
internal static class Days
{
    /// <summary>Days before year 1 (only <see cref="LocalDate.MinIsoValue"/>, the open start, in practice).</summary>
    public const int BeforeYearOne = -1;

    public static int Of(LocalDate date) => date.Year < 1 ? BeforeYearOne : date.ToDateOnly().DayNumber;

    public static (int From, int To) Of(DateInterval? period) =>
        period is null ? (int.MinValue, int.MaxValue) : (Of(period.Start), Of(period.End));
}
