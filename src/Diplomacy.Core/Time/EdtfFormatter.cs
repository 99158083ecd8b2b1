using NodaTime;

namespace Diplomacy;

/// <summary>Writes <see cref="FuzzyDate"/> values as canonical EDTF text without allocating.</summary>
internal static class EdtfFormatter
{
    /// <summary>The longest canonical text: <c>yyyy-MM-dd%/yyyy-MM-dd%</c>.</summary>
    internal const int MaxLength = 23;

    private enum Unit
    {
        Day,
        Month,
        Year,
    }

    /// <summary>Writes the canonical EDTF form of <paramref name="value"/> and returns its length.</summary>
    /// <param name="value">The value to write.</param>
    /// <param name="buffer">At least <see cref="MaxLength"/> characters.</param>
    internal static int Format(FuzzyDate value, Span<char> buffer)
    {
        LocalDate earliest = value.Earliest;
        char qualifier = QualifierOf(value);
        int n;
        switch (value.Precision)
        {
            case DatePrecision.Day:
                n = WriteDay(buffer, earliest);
                break;
            case DatePrecision.Month:
                n = WriteYearAndCode(buffer, earliest.Year, earliest.Month);
                break;
            case DatePrecision.Season:
                // Seasons start in March (21), June (22), September (23) or December (24).
                n = WriteYearAndCode(buffer, earliest.Year, 20 + (earliest.Month / 3));
                break;
            case DatePrecision.Quarter:
                n = WriteYearAndCode(buffer, earliest.Year, 33 + ((earliest.Month - 1) / 3));
                break;
            case DatePrecision.HalfYear:
                n = WriteYearAndCode(buffer, earliest.Year, 40 + ((earliest.Month - 1) / 6));
                break;
            case DatePrecision.Year:
                n = WriteNumber(buffer, earliest.Year, 4);
                break;
            default:
                return FormatRange(value, qualifier, buffer);
        }

        return n + WriteQualifier(buffer[n..], qualifier);
    }

    private static int FormatRange(FuzzyDate value, char qualifier, Span<char> buffer)
    {
        bool openStart = value.HasOpenStart;
        bool openEnd = value.HasOpenEnd;
        LocalDate earliest = value.Earliest;
        LocalDate latest = value.Latest;

        // Both ends use the coarsest unit that represents each closed end exactly.
        bool startIsMonth = openStart || earliest.Day == 1;
        bool endIsMonth = openEnd || latest.Day == CalendarSystem.Iso.GetDaysInMonth(latest.Year, latest.Month);
        bool startIsYear = openStart || (earliest.Month == 1 && earliest.Day == 1);
        bool endIsYear = openEnd || (latest.Month == 12 && latest.Day == 31);
        Unit unit = startIsYear && endIsYear ? Unit.Year
            : startIsMonth && endIsMonth ? Unit.Month
            : Unit.Day;

        int n = openStart ? WriteOpen(buffer) : WriteEnd(buffer, earliest, unit, qualifier);
        buffer[n++] = '/';
        n += openEnd ? WriteOpen(buffer[n..]) : WriteEnd(buffer[n..], latest, unit, qualifier);
        return n;
    }

    private static int WriteEnd(Span<char> buffer, LocalDate date, Unit unit, char qualifier)
    {
        int n = unit switch
        {
            Unit.Year => WriteNumber(buffer, date.Year, 4),
            Unit.Month => WriteYearAndCode(buffer, date.Year, date.Month),
            _ => WriteDay(buffer, date),
        };
        return n + WriteQualifier(buffer[n..], qualifier);
    }

    private static int WriteOpen(Span<char> buffer)
    {
        buffer[0] = '.';
        buffer[1] = '.';
        return 2;
    }

    private static int WriteDay(Span<char> buffer, LocalDate date)
    {
        int n = WriteYearAndCode(buffer, date.Year, date.Month);
        buffer[n++] = '-';
        return n + WriteNumber(buffer[n..], date.Day, 2);
    }

    private static int WriteYearAndCode(Span<char> buffer, int year, int code)
    {
        WriteNumber(buffer, year, 4);
        buffer[4] = '-';
        WriteNumber(buffer[5..], code, 2);
        return 7;
    }

    private static int WriteNumber(Span<char> buffer, int value, int digits)
    {
        for (int i = digits - 1; i >= 0; i--)
        {
            buffer[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return digits;
    }

    private static int WriteQualifier(Span<char> buffer, char qualifier)
    {
        if (qualifier == '\0')
        {
            return 0;
        }

        buffer[0] = qualifier;
        return 1;
    }

    private static char QualifierOf(FuzzyDate value) => (value.IsApproximate, value.IsUncertain) switch
    {
        (true, true) => '%',
        (true, false) => '~',
        (false, true) => '?',
        _ => '\0',
    };
}
