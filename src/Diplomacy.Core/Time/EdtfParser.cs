using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy;

/// <summary>
/// Parses the EDTF forms that <see cref="FuzzyDate"/> supports. Works on spans and never throws or
/// allocates; a failure is described by an <see cref="EdtfParseError"/> that is turned into a message only
/// when the caller needs one.
/// </summary>
internal static class EdtfParser
{
    /// <summary>Parses a whole EDTF date or range.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out FuzzyDate result, out EdtfParseError error)
    {
        result = default;
        if (text.IsEmpty)
        {
            error = new EdtfParseError(EdtfErrorKind.Empty, 0);
            return false;
        }

        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParseDate(text, 0, false, out var date, out error))
            {
                return false;
            }

            result = FuzzyDate.Create(date.Earliest, date.Latest, date.Precision, date.Approximate, date.Uncertain, false, false);
            return true;
        }

        var startText = text[..slash];
        var endText = text[(slash + 1)..];
        bool openStart = IsOpen(startText);
        bool openEnd = IsOpen(endText);
        if (openStart && openEnd)
        {
            error = new EdtfParseError(EdtfErrorKind.NoClosedEnd, slash);
            return false;
        }

        ParsedDate start = default;
        ParsedDate end = default;
        if ((!openStart && !TryParseDate(startText, 0, true, out start, out error))
            || (!openEnd && !TryParseDate(endText, slash + 1, true, out end, out error)))
        {
            return false;
        }

        LocalDate earliest = openStart ? LocalDate.MinIsoValue : start.Earliest;
        LocalDate latest = openEnd ? LocalDate.MaxIsoValue : end.Latest;
        if (latest < earliest)
        {
            error = new EdtfParseError(EdtfErrorKind.EndBeforeStart, slash + 1, earliest: earliest, latest: latest);
            return false;
        }

        error = default;
        result = FuzzyDate.Create(
            earliest, latest, DatePrecision.Range,
            start.Approximate || end.Approximate, start.Uncertain || end.Uncertain, openStart, openEnd);
        return true;
    }

    /// <summary>An open (<c>..</c>) or unknown (empty) end of a range; both are treated as open.</summary>
    private static bool IsOpen(ReadOnlySpan<char> end) => end.IsEmpty || end.SequenceEqual("..");

    /// <summary>
    /// Parses one date with an optional qualifier, which must make up the whole of <paramref name="text"/>.
    /// <paramref name="offset"/> is the position of <paramref name="text"/> in the whole input, for messages.
    /// </summary>
    private static bool TryParseDate(
        ReadOnlySpan<char> text, int offset, bool inRange, out ParsedDate result, out EdtfParseError error)
    {
        result = default;
        if (!TryReadDigits(text, 0, 4, out int year))
        {
            return TryParseUnspecified(text, offset, inRange, out result, out error);
        }

        if (year < FuzzyDate.MinYear)
        {
            error = new EdtfParseError(EdtfErrorKind.YearZero, offset);
            return false;
        }

        int pos = 4;
        var precision = DatePrecision.Year;
        LocalDate earliest = FuzzyDate.FirstDayOf(year, 1);
        LocalDate latest = FuzzyDate.LastDayOf(year, 12);
        var stage = EdtfStage.AfterYear;

        if (IsUnspecified(text, pos))
        {
            // 2024-XX and 2024-XX-XX: some day of the year.
            pos += 3;
            stage = EdtfStage.AfterDay;
            if (IsUnspecified(text, pos))
            {
                pos += 3;
            }
            else if (pos < text.Length && text[pos] == '-')
            {
                error = new EdtfParseError(EdtfErrorKind.UnspecifiedDigits, offset + pos + 1);
                return false;
            }
        }
        else if (pos < text.Length && text[pos] == '-')
        {
            pos++;
            int codePos = pos;
            if (!TryReadDigits(text, pos, 2, out int code))
            {
                error = new EdtfParseError(EdtfErrorKind.ExpectedMonth, offset + codePos);
                return false;
            }

            pos += 2;
            stage = EdtfStage.AfterSubYear;
            switch (code)
            {
                case >= 1 and <= 12:
                    precision = DatePrecision.Month;
                    earliest = FuzzyDate.FirstDayOf(year, code);
                    latest = FuzzyDate.LastDayOf(year, code);
                    stage = EdtfStage.AfterMonth;
                    break;
                case >= 21 and <= 24:
                    if (code == 24 && year == FuzzyDate.MaxYear)
                    {
                        error = new EdtfParseError(EdtfErrorKind.WinterBeyondRange, offset + codePos);
                        return false;
                    }

                    precision = DatePrecision.Season;
                    (earliest, latest) = FuzzyDate.SeasonBounds(year, (Season)(code - 21));
                    break;
                case >= 33 and <= 36:
                    precision = DatePrecision.Quarter;
                    earliest = FuzzyDate.FirstDayOf(year, (3 * (code - 33)) + 1);
                    latest = FuzzyDate.LastDayOf(year, (3 * (code - 33)) + 3);
                    break;
                case 40 or 41:
                    precision = DatePrecision.HalfYear;
                    earliest = FuzzyDate.FirstDayOf(year, (6 * (code - 40)) + 1);
                    latest = FuzzyDate.LastDayOf(year, (6 * (code - 40)) + 6);
                    break;
                default:
                    error = new EdtfParseError(EdtfErrorKind.InvalidMonth, offset + codePos, code);
                    return false;
            }

            if (stage == EdtfStage.AfterMonth && IsUnspecified(text, pos))
            {
                // 2024-07-XX: some day of the month.
                pos += 3;
                stage = EdtfStage.AfterDay;
            }
            else if (stage == EdtfStage.AfterMonth && pos < text.Length && text[pos] == '-')
            {
                pos++;
                int dayPos = pos;
                if (!TryReadDigits(text, pos, 2, out int day))
                {
                    error = new EdtfParseError(EdtfErrorKind.ExpectedDay, offset + dayPos);
                    return false;
                }

                int month = earliest.Month;
                int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
                if (day < 1 || day > daysInMonth)
                {
                    error = new EdtfParseError(
                        EdtfErrorKind.InvalidDay, offset + dayPos, day, daysInMonth, earliest: earliest);
                    return false;
                }

                pos += 2;
                precision = DatePrecision.Day;
                earliest = latest = new LocalDate(year, month, day);
                stage = EdtfStage.AfterDay;
            }
        }

        return TryFinishDate(text, offset, inRange, pos, stage, new ParsedDate(earliest, latest, precision, false, false), out result, out error);
    }

    /// <summary>
    /// A year whose last digits are unspecified (<c>202X</c>, <c>19XX</c>), optionally followed by an unspecified
    /// month and day (<c>202X-XX-XX</c>): the span of years those digits leave open, as a range.
    /// </summary>
    private static bool TryParseUnspecified(ReadOnlySpan<char> text, int offset, bool inRange, out ParsedDate result, out EdtfParseError error)
    {
        result = default;
        int known = 0;
        while (known < 4 && known < text.Length && char.IsAsciiDigit(text[known]))
        {
            known++;
        }

        int end = known;
        while (end < 4 && end < text.Length && text[end] == 'X')
        {
            end++;
        }

        if (end < 4)
        {
            error = end < text.Length && char.IsAsciiDigit(text[end]) && end > known
                ? new EdtfParseError(EdtfErrorKind.UnspecifiedDigits, offset + end)
                : new EdtfParseError(EdtfErrorKind.ExpectedYear, offset);
            return false;
        }

        if (known == 0)
        {
            error = new EdtfParseError(EdtfErrorKind.UnspecifiedDigits, offset, 1);
            return false;
        }

        _ = TryReadDigits(text, 0, known, out int prefix);
        int span = known switch { 1 => 1000, 2 => 100, _ => 10 };
        int first = Math.Max(prefix * span, FuzzyDate.MinYear);
        int last = (prefix * span) + span - 1;
        int pos = 4;
        for (int part = 0; part < 2 && pos < text.Length && text[pos] == '-'; part++)
        {
            if (!IsUnspecified(text, pos))
            {
                error = new EdtfParseError(EdtfErrorKind.UnspecifiedDigits, offset + pos + 1);
                return false;
            }

            pos += 3;
        }

        var date = new ParsedDate(FuzzyDate.FirstDayOf(first, 1), FuzzyDate.LastDayOf(last, 12), DatePrecision.Range, false, false);
        return TryFinishDate(text, offset, inRange, pos, EdtfStage.AfterDay, date, out result, out error);
    }

    /// <summary>Whether <c>-XX</c> (an unspecified month or day) stands at <paramref name="pos"/>.</summary>
    private static bool IsUnspecified(ReadOnlySpan<char> text, int pos) =>
        pos + 2 < text.Length && text[pos] == '-' && text[pos + 1] == 'X' && text[pos + 2] == 'X';

    /// <summary>Reads the optional qualifier after a date's last part and checks that nothing else follows.</summary>
    private static bool TryFinishDate(
        ReadOnlySpan<char> text, int offset, bool inRange, int pos, EdtfStage stage, ParsedDate date, out ParsedDate result, out EdtfParseError error)
    {
        result = default;
        bool approximate = false;
        bool uncertain = false;
        if (pos < text.Length && IsQualifier(text[pos]))
        {
            approximate = text[pos] is '~' or '%';
            uncertain = text[pos] is '?' or '%';
            pos++;
            stage = EdtfStage.AfterQualifier;
            if (pos < text.Length && IsQualifier(text[pos]))
            {
                error = new EdtfParseError(EdtfErrorKind.SecondQualifier, offset + pos, character: text[pos]);
                return false;
            }
        }

        if (pos < text.Length)
        {
            error = new EdtfParseError(
                EdtfErrorKind.Unexpected, offset + pos, (int)stage, inRange ? 1 : 0, character: text[pos]);
            return false;
        }

        error = default;
        result = date with { Approximate = approximate, Uncertain = uncertain };
        return true;
    }

    private static bool IsQualifier(char c) => c is '~' or '?' or '%';

    private static bool TryReadDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private readonly record struct ParsedDate(
        LocalDate Earliest, LocalDate Latest, DatePrecision Precision, bool Approximate, bool Uncertain);
}

/// <summary>What went wrong while parsing EDTF text.</summary>
internal enum EdtfErrorKind
{
    /// <summary>No error.</summary>
    None,

    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>Four digits of a year were expected.</summary>
    ExpectedYear,

    /// <summary>The year is 0000.</summary>
    YearZero,

    /// <summary>Two digits of a month or sub-year code were expected.</summary>
    ExpectedMonth,

    /// <summary>The month is not a month or a sub-year code; the value is the number read.</summary>
    InvalidMonth,

    /// <summary>Winter 9999 would end after 9999-12-31.</summary>
    WinterBeyondRange,

    /// <summary>Two digits of a day were expected.</summary>
    ExpectedDay,

    /// <summary>The day does not exist in its month; the value is the day, the second value the month's length.</summary>
    InvalidDay,

    /// <summary>A second qualifier follows the first.</summary>
    SecondQualifier,

    /// <summary>
    /// An unexpected character; the value is the <see cref="EdtfStage"/> reached, the second value 1 inside a range.
    /// </summary>
    Unexpected,

    /// <summary>Both ends of a range are open or unknown.</summary>
    NoClosedEnd,

    /// <summary>The end of a range is before its start.</summary>
    EndBeforeStart,

    /// <summary>
    /// Unspecified digits (<c>X</c>) where they leave no single span of days: a known digit or part after them, or
    /// (the value 1) a year with no known digit.
    /// </summary>
    UnspecifiedDigits,
}

/// <summary>How far the parser got through a date, which decides what it expected next.</summary>
internal enum EdtfStage
{
    /// <summary>After the four digits of the year.</summary>
    AfterYear,

    /// <summary>After a calendar month 01..12.</summary>
    AfterMonth,

    /// <summary>After a season, quarter or half-year code.</summary>
    AfterSubYear,

    /// <summary>After the day.</summary>
    AfterDay,

    /// <summary>After the qualifier.</summary>
    AfterQualifier,
}

/// <summary>A parse failure: its kind, its 0-based position in the input, and the values the message needs.</summary>
internal readonly struct EdtfParseError
{
    internal EdtfParseError(
        EdtfErrorKind kind, int position, int value = 0, int value2 = 0,
        char character = '\0', LocalDate earliest = default, LocalDate latest = default)
    {
        Kind = kind;
        Position = position;
        Value = value;
        Value2 = value2;
        Character = character;
        Earliest = earliest;
        Latest = latest;
    }

    internal EdtfErrorKind Kind { get; }

    internal int Position { get; }

    internal int Value { get; }

    internal int Value2 { get; }

    internal char Character { get; }

    internal LocalDate Earliest { get; }

    internal LocalDate Latest { get; }

    /// <summary>Builds the message for a <see cref="FormatException"/> about <paramref name="text"/>.</summary>
    internal string FormatMessage(ReadOnlySpan<char> text)
    {
        var c = CultureInfo.InvariantCulture;
        int p = Position;
        string detail = Kind switch
        {
            EdtfErrorKind.Empty => "the text is empty; expected a date such as 2024-07-08",
            EdtfErrorKind.ExpectedYear => string.Create(c, $"expected a four-digit year 0001..9999 at position {p}"),
            EdtfErrorKind.YearZero => string.Create(c, $"year 0000 at position {p} is not 0001..9999"),
            EdtfErrorKind.ExpectedMonth => string.Create(
                c, $"expected a two-digit month, season, quarter or half-year after '-' at position {p}"),
            EdtfErrorKind.InvalidMonth => string.Create(
                c, $"month {Value:D2} at position {p} is not 01..12, 21..24 (seasons), 33..36 (quarters) or 40..41 (halves)"),
            EdtfErrorKind.WinterBeyondRange => string.Create(
                c, $"winter 9999 (season 24 at position {p}) would end in February 10000, after the last supported day 9999-12-31"),
            EdtfErrorKind.ExpectedDay => string.Create(c, $"expected a two-digit day after '-' at position {p}"),
            EdtfErrorKind.InvalidDay => string.Create(
                c, $"day {Value:D2} at position {p} does not exist in {Earliest.Year:D4}-{Earliest.Month:D2}, which has {Value2} days"),
            EdtfErrorKind.SecondQualifier => string.Create(
                c, $"second qualifier {Quote(Character)} at position {p}; a date takes one qualifier, and '%' means approximate and uncertain"),
            EdtfErrorKind.Unexpected => string.Create(
                c, $"unexpected {Quote(Character)} at position {p}; expected {Expected((EdtfStage)Value, Value2 == 1)}"),
            EdtfErrorKind.NoClosedEnd => string.Create(
                c, $"both ends of the range around '/' at position {p} are open or unknown; at least one must be a date"),
            EdtfErrorKind.EndBeforeStart => string.Create(
                c, $"the range's end at position {p} (last day {Format(Latest)}) is before its start (first day {Format(Earliest)})"),
            EdtfErrorKind.UnspecifiedDigits when Value == 1 => string.Create(
                c, $"the year at position {p} has no known digit; give at least its first (2XXX) or leave the end open (..)"),
            EdtfErrorKind.UnspecifiedDigits => string.Create(
                c, $"a known part at position {p} follows unspecified digits (X); X may only stand for the last digits of a year or a whole month or day after them (2022-09-XX, 2022-XX, 202X), since a known part after an unknown one leaves no single span of days"),
            _ => "the text is not a supported EDTF date",
        };
        return string.Create(c, $"Invalid EDTF date '{text}': {detail}.");
    }

    private static string Expected(EdtfStage stage, bool inRange)
    {
        string end = inRange ? "or the end of the date" : "'/' or the end of the date";
        return stage switch
        {
            EdtfStage.AfterYear => $"'-' and a month, a qualifier ('~', '?' or '%'), {end}",
            EdtfStage.AfterMonth => $"'-' and a day, a qualifier ('~', '?' or '%'), {end}",
            EdtfStage.AfterSubYear or EdtfStage.AfterDay => $"a qualifier ('~', '?' or '%'), {end}",
            _ => inRange ? "the end of the date" : end,
        };
    }

    private static string Quote(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"'{c}'");

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
