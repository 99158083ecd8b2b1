using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Diplomacy;

#pragma warning disable CA1822
// TEMPORARY STAND-IN: replaced by the full EDTF implementation from the `time` branch.

/// <summary>How precisely a <see cref="FuzzyDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>A day.</summary>
    Day,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A season.</summary>
    Season,
    /// <summary>A quarter.</summary>
    Quarter,
    /// <summary>A half-year.</summary>
    HalfYear,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A range.</summary>
    Range,
}

/// <summary>A date known to some precision.</summary>
public readonly struct FuzzyDate : IEquatable<FuzzyDate>, IComparable<FuzzyDate>
{
    private FuzzyDate(LocalDate earliest, LocalDate latest, DatePrecision precision)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
    }

    /// <summary>First possible day.</summary>
    public LocalDate Earliest { get; }
    /// <summary>Last possible day.</summary>
    public LocalDate Latest { get; }
    /// <summary>Precision.</summary>
    public DatePrecision Precision { get; }
    /// <summary>Approximate.</summary>
    public bool IsApproximate => false;
    /// <summary>Uncertain.</summary>
    public bool IsUncertain => false;
    /// <summary>Open start.</summary>
    public bool HasOpenStart => Earliest == LocalDate.MinIsoValue;
    /// <summary>Open end.</summary>
    public bool HasOpenEnd => Latest == LocalDate.MaxIsoValue;

    /// <summary>Day.</summary>
    public static FuzzyDate FromDate(LocalDate date) => new(date, date, DatePrecision.Day);
    /// <summary>Month.</summary>
    public static FuzzyDate FromYearMonth(YearMonth month) => new(month.OnDayOfMonth(1), month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);
    /// <summary>Year.</summary>
    public static FuzzyDate FromYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);
    /// <summary>Range.</summary>
    public static FuzzyDate Between(LocalDate earliest, LocalDate latest) => new(earliest, latest, DatePrecision.Range);
    /// <summary>Open end.</summary>
    public static FuzzyDate Since(LocalDate earliest) => new(earliest, LocalDate.MaxIsoValue, DatePrecision.Range);
    /// <summary>Day.</summary>
    public static implicit operator FuzzyDate(LocalDate date) => FromDate(date);

    /// <summary>Parse.</summary>
    public static FuzzyDate Parse(string text)
    {
        if (TryParse(text, out var d)) return d;
        throw new FormatException($"Invalid EDTF date '{text}'.");
    }

    /// <summary>TryParse.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out FuzzyDate result)
    {
        result = default;
        if (text is null) return false;
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            var a = text[..slash];
            var b = text[(slash + 1)..];
            LocalDate e = LocalDate.MinIsoValue, l = LocalDate.MaxIsoValue;
            if (a != ".." && !TryParse(a, out var fa)) return false; else if (a != "..") e = Parse(a).Earliest;
            if (b != ".." && !TryParse(b, out var fb)) return false; else if (b != "..") l = Parse(b).Latest;
            result = new FuzzyDate(e, l, DatePrecision.Range);
            return true;
        }
        var parts = text.Split('-');
        if (!int.TryParse(parts[0], out var y)) return false;
        if (parts.Length == 1) { result = FromYear(y); return true; }
        if (!int.TryParse(parts[1], out var m)) return false;
        if (parts.Length == 2) { result = FromYearMonth(new YearMonth(y, m)); return true; }
        if (!int.TryParse(parts[2], out var d)) return false;
        result = FromDate(new LocalDate(y, m, d));
        return true;
    }

    /// <summary>Contains.</summary>
    public bool Contains(LocalDate date) => Earliest <= date && date <= Latest;
    /// <summary>Before.</summary>
    public bool IsCertainlyBefore(FuzzyDate other) => Latest < other.Earliest;
    /// <summary>Before.</summary>
    public bool IsPossiblyBefore(FuzzyDate other) => Earliest < other.Latest;
    /// <summary>After.</summary>
    public bool IsCertainlyAfter(FuzzyDate other) => other.IsCertainlyBefore(this);
    /// <summary>After.</summary>
    public bool IsPossiblyAfter(FuzzyDate other) => other.IsPossiblyBefore(this);
    /// <summary>Overlaps.</summary>
    public bool Overlaps(FuzzyDate other) => Earliest <= other.Latest && other.Earliest <= Latest;
    /// <summary>By.</summary>
    public bool IsCertainlyOnOrBefore(LocalDate day) => Latest <= day;
    /// <summary>By.</summary>
    public bool IsPossiblyOnOrBefore(LocalDate day) => Earliest <= day;
    /// <summary>Interval.</summary>
    public DateInterval? ToDateInterval() => HasOpenStart || HasOpenEnd ? null : new DateInterval(Earliest, Latest);

    /// <inheritdoc/>
    public bool Equals(FuzzyDate other) => Earliest == other.Earliest && Latest == other.Latest && Precision == other.Precision;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FuzzyDate f && Equals(f);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Earliest, Latest, Precision);
    /// <inheritdoc/>
    public int CompareTo(FuzzyDate other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        if (c != 0) return c;
        c = Latest.CompareTo(other.Latest);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }
    /// <summary>Eq.</summary>
    public static bool operator ==(FuzzyDate a, FuzzyDate b) => a.Equals(b);
    /// <summary>Neq.</summary>
    public static bool operator !=(FuzzyDate a, FuzzyDate b) => !a.Equals(b);
    /// <summary>Lt.</summary>
    public static bool operator <(FuzzyDate a, FuzzyDate b) => a.CompareTo(b) < 0;
    /// <summary>Gt.</summary>
    public static bool operator >(FuzzyDate a, FuzzyDate b) => a.CompareTo(b) > 0;
    /// <summary>Le.</summary>
    public static bool operator <=(FuzzyDate a, FuzzyDate b) => a.CompareTo(b) <= 0;
    /// <summary>Ge.</summary>
    public static bool operator >=(FuzzyDate a, FuzzyDate b) => a.CompareTo(b) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("uuuu-MM-dd", null),
        DatePrecision.Month => Earliest.ToString("uuuu-MM", null),
        DatePrecision.Year => Earliest.ToString("uuuu", null),
        _ => (HasOpenStart ? ".." : Earliest.ToString("uuuu-MM-dd", null)) + "/" + (HasOpenEnd ? ".." : Latest.ToString("uuuu-MM-dd", null)),
    };
}
