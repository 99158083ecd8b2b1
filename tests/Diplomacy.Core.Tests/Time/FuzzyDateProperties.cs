using Diplomacy.TestKit;
using FsCheck.Xunit;
using NodaTime;

namespace Diplomacy.Core.Tests.Time;

[Properties(Arbitrary = [typeof(TimeArbitraries)], MaxTest = 500)]
public class FuzzyDateProperties
{
    [Property(Arbitrary = [typeof(FuzzyDateGenerators)], MaxTest = 2000)]
    public bool Text_round_trips_through_parse(FuzzyDate value) =>
        FuzzyDate.Parse(value.ToString()) == value;

    [Property]
    public bool Text_is_a_fixed_point_of_parse_and_to_string(FuzzyDate value)
    {
        string text = value.ToString();
        return FuzzyDate.Parse(text).ToString() == text;
    }

    [Property]
    public bool Try_parse_accepts_every_formatted_value(FuzzyDate value) =>
        FuzzyDate.TryParse(value.ToString(), out var parsed) && parsed == value;

    [Property]
    public bool Try_format_writes_the_same_text_as_to_string(FuzzyDate value)
    {
        Span<char> buffer = stackalloc char[23];
        return value.TryFormat(buffer, out int written, default, null)
            && buffer[..written].SequenceEqual(value.ToString());
    }

    [Property]
    public bool Compare_to_is_zero_exactly_when_equal(FuzzyDate a, FuzzyDate b) =>
        (a.CompareTo(b) == 0) == a.Equals(b);

    [Property]
    public bool Compare_to_is_zero_with_a_parsed_copy(FuzzyDate a) =>
        a.CompareTo(FuzzyDate.Parse(a.ToString())) == 0;

    [Property]
    public bool Compare_to_is_antisymmetric(FuzzyDate a, FuzzyDate b) =>
        Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [Property]
    public bool Compare_to_is_transitive(FuzzyDate a, FuzzyDate b, FuzzyDate c) =>
        !(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;

    [Property]
    public bool Order_is_total(FuzzyDate a, FuzzyDate b) =>
        (a < b ? 1 : 0) + (a == b ? 1 : 0) + (a > b ? 1 : 0) == 1;

    [Property]
    public bool Operators_agree_with_compare_to(FuzzyDate a, FuzzyDate b)
    {
        int c = a.CompareTo(b);
        return (a < b) == (c < 0) && (a <= b) == (c <= 0) && (a > b) == (c > 0) && (a >= b) == (c >= 0)
            && (a == b) == (c == 0) && (a != b) == (c != 0);
    }

    [Property]
    public bool Equal_values_have_equal_hash_codes(FuzzyDate a)
    {
        // An equal value built separately, from the text: the premise (a equals b) holds on every case.
        var b = FuzzyDate.Parse(a.ToString());
        return a.Equals(b) && a.GetHashCode() == b.GetHashCode();
    }

    [Property]
    public bool Certainly_before_implies_possibly_before(FuzzyDate a, FuzzyDate b) =>
        !a.IsCertainlyBefore(b) || a.IsPossiblyBefore(b);

    [Property]
    public bool Certainly_before_is_never_true_both_ways(FuzzyDate a, FuzzyDate b) =>
        !(a.IsCertainlyBefore(b) && b.IsCertainlyBefore(a));

    [Property]
    public bool Certainly_after_mirrors_certainly_before(FuzzyDate a, FuzzyDate b) =>
        a.IsCertainlyAfter(b) == b.IsCertainlyBefore(a);

    [Property]
    public bool Possibly_after_mirrors_possibly_before(FuzzyDate a, FuzzyDate b) =>
        a.IsPossiblyAfter(b) == b.IsPossiblyBefore(a);

    [Property]
    public bool Overlaps_is_symmetric(FuzzyDate a, FuzzyDate b) =>
        a.Overlaps(b) == b.Overlaps(a);

    [Property]
    public bool Overlaps_is_neither_certainly_before_nor_certainly_after(FuzzyDate a, FuzzyDate b) =>
        a.Overlaps(b) == !(a.IsCertainlyBefore(b) || a.IsCertainlyAfter(b));

    [Property]
    public bool Overlaps_itself(FuzzyDate a) => a.Overlaps(a);

    [Property]
    public bool Contains_is_between_earliest_and_latest_inclusive(FuzzyDate value, LocalDate day) =>
        value.Contains(day) == (value.Earliest <= day && day <= value.Latest);

    [Property]
    public bool Contains_both_bounds(FuzzyDate value) =>
        value.Contains(value.Earliest) && value.Contains(value.Latest);

    [Property]
    public bool Certainly_on_or_before_implies_possibly_on_or_before(FuzzyDate value, LocalDate day) =>
        !value.IsCertainlyOnOrBefore(day) || value.IsPossiblyOnOrBefore(day);

    [Property]
    public bool Certainly_on_or_before_is_latest_on_or_before_the_day_for_closed_ends(FuzzyDate value, LocalDate day) =>
        value.HasOpenEnd || value.IsCertainlyOnOrBefore(day) == (value.Latest <= day);

    [Property]
    public bool Possibly_on_or_before_is_earliest_on_or_before_the_day(FuzzyDate value, LocalDate day) =>
        value.IsPossiblyOnOrBefore(day) == (value.Earliest <= day);

    [Property]
    public bool Earliest_is_never_after_latest(FuzzyDate value) => value.Earliest <= value.Latest;

    [Property]
    public bool To_date_interval_is_null_exactly_when_an_end_is_open(FuzzyDate value) =>
        (value.ToDateInterval() is null) == (value.HasOpenStart || value.HasOpenEnd);

    [Property]
    public bool As_approximate_keeps_bounds_and_precision(FuzzyDate value)
    {
        var approximate = value.AsApproximate();
        return approximate.IsApproximate && approximate.IsUncertain == value.IsUncertain
            && approximate.Earliest == value.Earliest && approximate.Latest == value.Latest
            && approximate.Precision == value.Precision;
    }

    [Property]
    public bool As_uncertain_keeps_bounds_and_precision(FuzzyDate value)
    {
        var uncertain = value.AsUncertain();
        return uncertain.IsUncertain && uncertain.IsApproximate == value.IsApproximate
            && uncertain.Earliest == value.Earliest && uncertain.Latest == value.Latest
            && uncertain.Precision == value.Precision;
    }
}
