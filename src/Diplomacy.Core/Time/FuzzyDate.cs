using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy;

/// <summary>
/// A date known only as precisely as its source reported it: a day, a month, a season, a quarter,
/// a half-year, a year, or a range between two such bounds whose ends may be open.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="FuzzyDate"/> is the set of days on which something may have happened, from
/// <see cref="Earliest"/> to <see cref="Latest"/> inclusive, together with the <see cref="Precision"/>
/// the source used and two qualifiers: <see cref="IsApproximate"/> ("about", EDTF <c>~</c>) and
/// <see cref="IsUncertain"/> ("possibly", EDTF <c>?</c>). The qualifiers are carried, one of each for the whole value
/// (a qualifier on either end of a range qualifies the range, and is written after both ends), but do
/// not widen the bounds; the comparison methods (<see cref="IsCertainlyBefore(FuzzyDate)"/>,
/// <see cref="Overlaps(FuzzyDate)"/> and so on) look at the bounds only.
/// </para>
/// <para>
/// The text form is the Extended Date/Time Format (EDTF, ISO 8601-2) at level 1:
/// <c>2024-07-08</c> (day), <c>2024-07</c> (month), <c>2024</c> (year), <c>2023-21</c> to
/// <c>2023-24</c> (spring, summer, autumn, winter), <c>2023-33</c> to <c>2023-36</c> (quarters 1 to 4),
/// <c>2023-40</c> and <c>2023-41</c> (first and second half-year), and ranges such as
/// <c>2024-07-01/2024-07-02</c>, <c>2022-02-24/..</c> and <c>../2024-01-01</c>. Unspecified last digits
/// (<c>2022-09-XX</c>, <c>2022-XX</c>, <c>202X</c>) are read as the span of days they leave open and written in the
/// forms above (<c>2022-09</c>, <c>2022</c>, <c>2020/2029</c>); a known part after an unspecified one is refused. A qualifier
/// <c>~</c>, <c>?</c> or <c>%</c> (both) may follow any date. <see cref="Parse(string)"/> and
/// <see cref="ToString()"/> round-trip: <c>Parse(d.ToString()) == d</c> for every value.
/// </para>
/// <para>
/// Only ISO calendar dates from 0001-01-01 to 9999-12-31 are supported, so that every value has a
/// four-digit EDTF form. An open start is represented by <see cref="Earliest"/> being
/// <see cref="LocalDate.MinIsoValue"/>, and an open end by <see cref="Latest"/> being
/// <see cref="LocalDate.MaxIsoValue"/> with <see cref="HasOpenEnd"/> set (a closed range may also end on
/// 9999-12-31, so the flag, not the date, tells the two apart).
/// </para>
/// <para>
/// Two values are equal when their <see cref="Earliest"/>, <see cref="Latest"/>, <see cref="Precision"/>,
/// <see cref="IsApproximate"/>, <see cref="IsUncertain"/>, <see cref="HasOpenStart"/> and
/// <see cref="HasOpenEnd"/> are all equal. Values are totally ordered for timelines (see
/// <see cref="CompareTo(FuzzyDate)"/>), consistently with equality.
/// </para>
/// <para>
/// The default value, <c>default(FuzzyDate)</c>, is the day 0001-01-01 without qualifiers: it equals
/// <c>FuzzyDate.FromDate(new LocalDate(1, 1, 1))</c> and is valid everywhere.
/// </para>
/// <para>
/// The type is an immutable 12-byte value: two <see cref="LocalDate"/> values and one byte of flags.
/// </para>
/// <para>
/// The <see cref="IFormatProvider"/> overloads of <see cref="IParsable{TSelf}"/> and
/// <see cref="ISpanParsable{TSelf}"/> are implemented explicitly, since EDTF does not depend on culture:
/// call <see cref="Parse(string)"/> and <see cref="TryParse(string, out FuzzyDate)"/> directly, or the
/// interface members through generic code.
/// </para>
/// </remarks>
public readonly struct FuzzyDate : IEquatable<FuzzyDate>, IComparable<FuzzyDate>, IComparable,
    ISpanParsable<FuzzyDate>, ISpanFormattable
{
    // Flag layout. After Earliest and Latest, values are ordered by this byte as an unsigned number,
    // which yields: precision, then qualifiers (none < approximate < uncertain < both), then openness.
    private const byte OpenStartFlag = 1;
    private const byte OpenEndFlag = 2;
    private const byte ApproximateFlag = 4;
    private const byte UncertainFlag = 8;
    private const int PrecisionShift = 4;

    /// <summary>The first year a <see cref="FuzzyDate"/> can name.</summary>
    internal const int MinYear = 1;

    /// <summary>The last year a <see cref="FuzzyDate"/> can name.</summary>
    internal const int MaxYear = 9999;

    private readonly LocalDate earliest;
    private readonly LocalDate latest;
    private readonly byte flags;

    /// <summary>The precision and qualifier bits, in the order <see cref="CompareTo(FuzzyDate)"/> compares them last.</summary>
    internal byte Flags => flags;

    private FuzzyDate(LocalDate earliest, LocalDate latest, byte flags)
    {
        this.earliest = earliest;
        this.latest = latest;
        this.flags = flags;
    }

    /// <summary>
    /// Creates a value from parts that the caller has already validated (used by the EDTF parser).
    /// </summary>
    internal static FuzzyDate Create(
        LocalDate earliest, LocalDate latest, DatePrecision precision,
        bool approximate, bool uncertain, bool openStart, bool openEnd)
    {
        int f = (int)precision << PrecisionShift;
        if (approximate)
        {
            f |= ApproximateFlag;
        }

        if (uncertain)
        {
            f |= UncertainFlag;
        }

        if (openStart)
        {
            f |= OpenStartFlag;
        }

        if (openEnd)
        {
            f |= OpenEndFlag;
        }

        return new FuzzyDate(earliest, latest, (byte)f);
    }

    /// <summary>
    /// Gets the first day on which the event may have happened (inclusive), or
    /// <see cref="LocalDate.MinIsoValue"/> when the start is open (<see cref="HasOpenStart"/>).
    /// </summary>
    public LocalDate Earliest => earliest;

    /// <summary>
    /// Gets the last day on which the event may have happened (inclusive), or
    /// <see cref="LocalDate.MaxIsoValue"/> when the end is open (<see cref="HasOpenEnd"/>).
    /// </summary>
    public LocalDate Latest => latest;

    /// <summary>Gets the unit in which the source stated the date.</summary>
    public DatePrecision Precision => (DatePrecision)(flags >> PrecisionShift);

    /// <summary>Gets a value indicating whether the date is approximate ("about", "around"; EDTF <c>~</c>).</summary>
    /// <remarks>EDTF <c>%</c> sets both this and <see cref="IsUncertain"/>.</remarks>
    public bool IsApproximate => (flags & ApproximateFlag) != 0;

    /// <summary>Gets a value indicating whether the date is uncertain ("possibly", "reportedly"; EDTF <c>?</c>).</summary>
    /// <remarks>EDTF <c>%</c> sets both this and <see cref="IsApproximate"/>.</remarks>
    public bool IsUncertain => (flags & UncertainFlag) != 0;

    /// <summary>
    /// Gets a value indicating whether the range has no known start (EDTF <c>../2024-01-01</c>);
    /// <see cref="Earliest"/> is then <see cref="LocalDate.MinIsoValue"/>.
    /// </summary>
    public bool HasOpenStart => (flags & OpenStartFlag) != 0;

    /// <summary>
    /// Gets a value indicating whether the range has no known end (EDTF <c>2022-02-24/..</c>);
    /// <see cref="Latest"/> is then <see cref="LocalDate.MaxIsoValue"/>.
    /// </summary>
    public bool HasOpenEnd => (flags & OpenEndFlag) != 0;

    /// <summary>Creates a value for a single known day.</summary>
    /// <param name="date">The day, in the ISO calendar, from 0001-01-01 to 9999-12-31.</param>
    /// <returns>A value of <see cref="DatePrecision.Day"/> precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before year 1.</exception>
    public static FuzzyDate FromDate(LocalDate date)
    {
        CheckDate(date, nameof(date));
        return Create(date, date, DatePrecision.Day, false, false, false, false);
    }

    /// <summary>Creates a value for a calendar month, such as "in April 2023".</summary>
    /// <param name="month">The month, in the ISO calendar, from 0001-01 to 9999-12.</param>
    /// <returns>A value of <see cref="DatePrecision.Month"/> precision covering the whole month.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before year 1.</exception>
    public static FuzzyDate FromYearMonth(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"FuzzyDate supports only the ISO calendar, but the month uses the {month.Calendar.Id} calendar.",
                nameof(month));
        }

        CheckYear(month.Year, nameof(month));
        return Create(
            FirstDayOf(month.Year, month.Month), LastDayOf(month.Year, month.Month),
            DatePrecision.Month, false, false, false, false);
    }

    /// <summary>Creates a value for a calendar year, such as "in 2023".</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>A value of <see cref="DatePrecision.Year"/> precision covering 1 January to 31 December.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1..9999.</exception>
    public static FuzzyDate FromYear(int year)
    {
        CheckYear(year, nameof(year));
        return Create(FirstDayOf(year, 1), LastDayOf(year, 12), DatePrecision.Year, false, false, false, false);
    }

    /// <summary>Creates a value for a meteorological season of the northern hemisphere, such as "spring 2023".</summary>
    /// <param name="year">
    /// The year in which the season starts, from 1 to 9999 (to 9998 for <see cref="Season.Winter"/>,
    /// whose end falls in the following year).
    /// </param>
    /// <param name="season">The season; see <see cref="Season"/> for the months each covers.</param>
    /// <returns>
    /// A value of <see cref="DatePrecision.Season"/> precision: spring is 1 March to 31 May, summer
    /// 1 June to 31 August, autumn 1 September to 30 November, and winter 1 December of
    /// <paramref name="year"/> to the last day of February of the following year.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside the supported range, or <paramref name="season"/> is not a defined
    /// <see cref="Season"/>.
    /// </exception>
    public static FuzzyDate FromSeason(int year, Season season)
    {
        CheckYear(year, nameof(year));
        if (season is < Season.Spring or > Season.Winter)
        {
            throw new ArgumentOutOfRangeException(nameof(season), season, "The season must be Spring, Summer, Autumn or Winter.");
        }

        if (season == Season.Winter && year == MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, "Winter 9999 would end in February 10000, after the last supported date 9999-12-31.");
        }

        var (start, end) = SeasonBounds(year, season);
        return Create(start, end, DatePrecision.Season, false, false, false, false);
    }

    /// <summary>Creates a value for a calendar quarter, such as "the third quarter of 2023".</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="quarter">The quarter, from 1 (January to March) to 4 (October to December).</param>
    /// <returns>A value of <see cref="DatePrecision.Quarter"/> precision covering the three months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside 1..9999 or <paramref name="quarter"/> is outside 1..4.
    /// </exception>
    public static FuzzyDate FromQuarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "The quarter must be 1, 2, 3 or 4.");
        }

        return Create(
            FirstDayOf(year, (3 * quarter) - 2), LastDayOf(year, 3 * quarter),
            DatePrecision.Quarter, false, false, false, false);
    }

    /// <summary>Creates a value for a half of a calendar year, such as "the first half of 2023".</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="half">The half, 1 (January to June) or 2 (July to December).</param>
    /// <returns>A value of <see cref="DatePrecision.HalfYear"/> precision covering the six months.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside 1..9999 or <paramref name="half"/> is not 1 or 2.
    /// </exception>
    public static FuzzyDate FromHalfYear(int year, int half)
    {
        CheckYear(year, nameof(year));
        if (half is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, "The half must be 1 or 2.");
        }

        return Create(
            FirstDayOf(year, (6 * half) - 5), LastDayOf(year, 6 * half),
            DatePrecision.HalfYear, false, false, false, false);
    }

    /// <summary>Creates a closed range of days, such as "July 1-2".</summary>
    /// <param name="earliest">The first possible day, inclusive.</param>
    /// <param name="latest">The last possible day, inclusive; may equal <paramref name="earliest"/>.</param>
    /// <returns>A value of <see cref="DatePrecision.Range"/> precision.</returns>
    /// <exception cref="ArgumentException">
    /// A date is not in the ISO calendar, or <paramref name="latest"/> is before <paramref name="earliest"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is before year 1.</exception>
    public static FuzzyDate Between(LocalDate earliest, LocalDate latest)
    {
        CheckDate(earliest, nameof(earliest));
        CheckDate(latest, nameof(latest));
        if (latest < earliest)
        {
            throw new ArgumentException(
                $"The latest day {LocalDatePattern.Iso.Format(latest)} is before the earliest day {LocalDatePattern.Iso.Format(earliest)}.",
                nameof(latest));
        }

        return Create(earliest, latest, DatePrecision.Range, false, false, false, false);
    }

    /// <summary>Creates a range with a known start and an open end, such as "since the war began".</summary>
    /// <param name="earliest">The first possible day, inclusive.</param>
    /// <returns>
    /// A value of <see cref="DatePrecision.Range"/> precision whose <see cref="Latest"/> is
    /// <see cref="LocalDate.MaxIsoValue"/> and <see cref="HasOpenEnd"/> is <see langword="true"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="earliest"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="earliest"/> is before year 1.</exception>
    public static FuzzyDate Since(LocalDate earliest)
    {
        CheckDate(earliest, nameof(earliest));
        return Create(earliest, LocalDate.MaxIsoValue, DatePrecision.Range, false, false, false, true);
    }

    /// <summary>Creates a range with an open start and a known end, such as "until 1 January 2024".</summary>
    /// <param name="latest">The last possible day, inclusive.</param>
    /// <returns>
    /// A value of <see cref="DatePrecision.Range"/> precision whose <see cref="Earliest"/> is
    /// <see cref="LocalDate.MinIsoValue"/> and <see cref="HasOpenStart"/> is <see langword="true"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latest"/> is before year 1.</exception>
    public static FuzzyDate Until(LocalDate latest)
    {
        CheckDate(latest, nameof(latest));
        return Create(LocalDate.MinIsoValue, latest, DatePrecision.Range, false, false, true, false);
    }

    /// <summary>Returns a copy of this value marked as approximate (EDTF <c>~</c>), keeping every other property.</summary>
    /// <returns>A value whose <see cref="IsApproximate"/> is <see langword="true"/>.</returns>
    public FuzzyDate AsApproximate() => new(earliest, latest, (byte)(flags | ApproximateFlag));

    /// <summary>Returns a copy of this value marked as uncertain (EDTF <c>?</c>), keeping every other property.</summary>
    /// <returns>A value whose <see cref="IsUncertain"/> is <see langword="true"/>.</returns>
    public FuzzyDate AsUncertain() => new(earliest, latest, (byte)(flags | UncertainFlag));

    /// <summary>Converts a day to a <see cref="FuzzyDate"/> of <see cref="DatePrecision.Day"/> precision.</summary>
    /// <param name="date">The day; see <see cref="FromDate(LocalDate)"/> for the supported range.</param>
    /// <returns>The same as <see cref="FromDate(LocalDate)"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before year 1.</exception>
    public static implicit operator FuzzyDate(LocalDate date) => FromDate(date);

    /// <summary>Determines whether the event may have happened on the given day.</summary>
    /// <param name="date">An ISO calendar day.</param>
    /// <returns><see langword="true"/> when <c>Earliest &lt;= date &lt;= Latest</c>.</returns>
    public bool Contains(LocalDate date) => earliest <= date && date <= latest;

    /// <summary>Determines whether this value ends before the other begins, so that it happened first whatever the true days.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when <c>Latest &lt; other.Earliest</c>.</returns>
    public bool IsCertainlyBefore(FuzzyDate other) => latest < other.earliest;

    /// <summary>Determines whether this value may have happened before the other: some possible day of this is earlier than some possible day of the other.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when <c>Earliest &lt; other.Latest</c>.</returns>
    public bool IsPossiblyBefore(FuzzyDate other) => earliest < other.latest;

    /// <summary>Determines whether this value begins after the other ends, so that it happened last whatever the true days.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when <c>Earliest &gt; other.Latest</c>.</returns>
    public bool IsCertainlyAfter(FuzzyDate other) => earliest > other.latest;

    /// <summary>Determines whether this value may have happened after the other: some possible day of this is later than some possible day of the other.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when <c>Latest &gt; other.Earliest</c>.</returns>
    public bool IsPossiblyAfter(FuzzyDate other) => latest > other.earliest;

    /// <summary>Determines whether the two values share at least one possible day.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>
    /// <see langword="true"/> when <c>Earliest &lt;= other.Latest</c> and <c>other.Earliest &lt;= Latest</c>;
    /// equivalently, when neither is certainly before the other.
    /// </returns>
    public bool Overlaps(FuzzyDate other) => earliest <= other.latest && other.earliest <= latest;

    /// <summary>
    /// Determines whether the event had certainly happened by the end of the given day (used by "as of" views).
    /// </summary>
    /// <param name="day">An ISO calendar day.</param>
    /// <returns><see langword="true"/> when <c>Latest &lt;= day</c>; never for an open end.</returns>
    public bool IsCertainlyOnOrBefore(LocalDate day) => latest <= day && !HasOpenEnd;

    /// <summary>Determines whether the event may have happened by the end of the given day.</summary>
    /// <param name="day">An ISO calendar day.</param>
    /// <returns><see langword="true"/> when <c>Earliest &lt;= day</c>.</returns>
    public bool IsPossiblyOnOrBefore(LocalDate day) => earliest <= day;

    /// <summary>Returns the possible days as a NodaTime <see cref="DateInterval"/>.</summary>
    /// <returns>
    /// The interval from <see cref="Earliest"/> to <see cref="Latest"/> inclusive, or <see langword="null"/>
    /// when either end is open.
    /// </returns>
    public DateInterval? ToDateInterval() =>
        (flags & (OpenStartFlag | OpenEndFlag)) != 0 ? null : new DateInterval(earliest, latest);

    /// <summary>
    /// Compares this value with another for ordering on a timeline: by <see cref="Earliest"/>, then
    /// <see cref="Latest"/>, then <see cref="Precision"/> (in declaration order), then qualifiers (none,
    /// approximate, uncertain, both), then a closed end before an open end.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>
    /// A negative number, zero or a positive number as this value sorts before, with or after
    /// <paramref name="other"/>. Zero exactly when the values are equal.
    /// </returns>
    public int CompareTo(FuzzyDate other)
    {
        int c = earliest.CompareTo(other.earliest);
        if (c != 0)
        {
            return c;
        }

        c = latest.CompareTo(other.latest);
        return c != 0 ? c : flags.CompareTo(other.flags);
    }

    /// <summary>Compares this value with an object; see <see cref="CompareTo(FuzzyDate)"/>.</summary>
    /// <param name="obj">The object to compare with; <see langword="null"/> sorts first.</param>
    /// <returns>The result of <see cref="CompareTo(FuzzyDate)"/>, or 1 when <paramref name="obj"/> is null.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="FuzzyDate"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FuzzyDate other => CompareTo(other),
        _ => throw new ArgumentException($"The object must be a {nameof(FuzzyDate)}, not a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>
    /// Determines whether this value equals another: same bounds, precision, qualifiers and open ends.
    /// </summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public bool Equals(FuzzyDate other) => earliest == other.earliest && latest == other.latest && flags == other.flags;

    /// <inheritdoc cref="Equals(FuzzyDate)"/>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FuzzyDate other && Equals(other);

    /// <summary>Returns a hash code consistent with <see cref="Equals(FuzzyDate)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(earliest, latest, flags);

    /// <summary>Returns the EDTF form of this value, such as <c>2024-07-08</c>, <c>2023-21~</c> or <c>2022-02-24/..</c>.</summary>
    /// <returns>
    /// The canonical EDTF text. A <see cref="DatePrecision.Range"/> writes both ends in the coarsest unit that
    /// fits both exactly (whole years, else whole months, else days), an open end as <c>..</c>, and any
    /// qualifier after each closed end.
    /// </returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[EdtfFormatter.MaxLength];
        int length = EdtfFormatter.Format(this, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Returns the EDTF form of this value; see <see cref="ToString()"/>.</summary>
    /// <param name="format"><see langword="null"/>, empty or <c>"G"</c>; EDTF is the only format.</param>
    /// <param name="formatProvider">Ignored: EDTF does not depend on culture.</param>
    /// <returns>The canonical EDTF text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the EDTF form of this value into a span of characters; see <see cref="ToString()"/>.</summary>
    /// <param name="destination">The span to write to; 23 characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when <paramref name="destination"/> is too short.</param>
    /// <param name="format">Empty or <c>"G"</c>; EDTF is the only format.</param>
    /// <param name="provider">Ignored: EDTF does not depend on culture.</param>
    /// <returns><see langword="true"/> when the text fitted in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        Span<char> buffer = stackalloc char[EdtfFormatter.MaxLength];
        int length = EdtfFormatter.Format(this, buffer);
        if (!buffer[..length].TryCopyTo(destination))
        {
            charsWritten = 0;
            return false;
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Parses EDTF text such as <c>2024-07-08</c>, <c>2023-04?</c>, <c>2023-21</c> or <c>2022-02-24/..</c>.</summary>
    /// <param name="text">The text; it must be exactly one EDTF date or range, without surrounding white space.</param>
    /// <returns>The parsed value.</returns>
    /// <remarks>
    /// <para>
    /// Accepted forms: a date <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> with a year from 0001 to 9999;
    /// in place of the month, season codes 21 to 24, quarter codes 33 to 36 or half-year codes 40 and 41;
    /// optionally followed by one qualifier <c>~</c> (approximate), <c>?</c> (uncertain) or <c>%</c> (both).
    /// A range is two such dates separated by <c>/</c>; it starts on the first day of its start and ends on
    /// the last day of its end, and a qualifier on either end applies to the whole value. Either end may be
    /// open, written <c>..</c>; an EDTF "unknown" end, written as nothing (<c>2022-02-24/</c> or
    /// <c>/2024</c>), is accepted and treated as open, so it is written back as <c>..</c>.
    /// At least one end of a range must be a date.
    /// </para>
    /// <para>
    /// Not accepted: EDTF level 2 features (qualifiers inside a date, unspecified digits <c>X</c>, sets,
    /// extended years), times, white space, and any text after the date.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// The text is not a supported EDTF value. The message quotes the text and names the 0-based position
    /// of the problem and what was expected there.
    /// </exception>
    public static FuzzyDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses EDTF text; see <see cref="Parse(string)"/> for the accepted forms.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a supported EDTF value.</exception>
    public static FuzzyDate Parse(ReadOnlySpan<char> text)
    {
        if (!EdtfParser.TryParse(text, out var result, out var error))
        {
            throw new FormatException(error.FormatMessage(text));
        }

        return result;
    }

    /// <summary>Parses EDTF text; see <see cref="Parse(string)"/> for the accepted forms.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: EDTF does not depend on culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a supported EDTF value.</exception>
    static FuzzyDate IParsable<FuzzyDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses EDTF text; see <see cref="Parse(string)"/> for the accepted forms.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: EDTF does not depend on culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a supported EDTF value.</exception>
    static FuzzyDate ISpanParsable<FuzzyDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse EDTF text; see <see cref="Parse(string)"/> for the accepted forms. Never throws.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The parsed value, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text was a supported EDTF value.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FuzzyDate result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return EdtfParser.TryParse(text, out result, out _);
    }

    /// <summary>Tries to parse EDTF text; see <see cref="Parse(string)"/> for the accepted forms. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The parsed value, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text was a supported EDTF value.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out FuzzyDate result) =>
        EdtfParser.TryParse(text, out result, out _);

    /// <summary>Tries to parse EDTF text; see <see cref="Parse(string)"/> for the accepted forms. Never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on culture.</param>
    /// <param name="result">The parsed value, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text was a supported EDTF value.</returns>
    static bool IParsable<FuzzyDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FuzzyDate result) =>
        TryParse(s, out result);

    /// <summary>Tries to parse EDTF text; see <see cref="Parse(string)"/> for the accepted forms. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: EDTF does not depend on culture.</param>
    /// <param name="result">The parsed value, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text was a supported EDTF value.</returns>
    static bool ISpanParsable<FuzzyDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out FuzzyDate result) =>
        EdtfParser.TryParse(s, out result, out _);

    /// <summary>Determines whether two values are equal; see <see cref="Equals(FuzzyDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public static bool operator ==(FuzzyDate left, FuzzyDate right) => left.Equals(right);

    /// <summary>Determines whether two values differ; see <see cref="Equals(FuzzyDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the values are not equal.</returns>
    public static bool operator !=(FuzzyDate left, FuzzyDate right) => !left.Equals(right);

    /// <summary>Determines whether one value sorts before another; see <see cref="CompareTo(FuzzyDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    /// <remarks>This is timeline order, not <see cref="IsCertainlyBefore(FuzzyDate)"/>.</remarks>
    public static bool operator <(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one value sorts after another; see <see cref="CompareTo(FuzzyDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    /// <remarks>This is timeline order, not <see cref="IsCertainlyAfter(FuzzyDate)"/>.</remarks>
    public static bool operator >(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one value sorts before or with another; see <see cref="CompareTo(FuzzyDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one value sorts after or with another; see <see cref="CompareTo(FuzzyDate)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(FuzzyDate left, FuzzyDate right) => left.CompareTo(right) >= 0;

    /// <summary>The first and last day of a season whose start year is already validated.</summary>
    internal static (LocalDate Start, LocalDate End) SeasonBounds(int year, Season season)
    {
        int startMonth = 3 + (3 * (int)season);
        return season == Season.Winter
            ? (FirstDayOf(year, 12), LastDayOf(year + 1, 2))
            : (FirstDayOf(year, startMonth), LastDayOf(year, startMonth + 2));
    }

    /// <summary>The first day of a month in the ISO calendar.</summary>
    internal static LocalDate FirstDayOf(int year, int month) => new(year, month, 1);

    /// <summary>The last day of a month in the ISO calendar.</summary>
    internal static LocalDate LastDayOf(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    private static void CheckYear(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "The year must be from 1 to 9999.");
        }
    }

    private static void CheckDate(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"FuzzyDate supports only the ISO calendar, but {paramName} uses the {date.Calendar.Id} calendar.",
                paramName);
        }

        if (date.Year < MinYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName, date, "The date must be from 0001-01-01 to 9999-12-31, so that it has a four-digit EDTF year.");
        }
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException(
                $"The format '{format}' is not supported by {nameof(FuzzyDate)}: use null, an empty string or \"G\" for EDTF.");
        }
    }
}
