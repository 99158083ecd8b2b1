using Diplomacy.TestKit;
using FsCheck.Xunit;
using NodaTime;

namespace Diplomacy.Core.Tests.Time;

[Properties(Arbitrary = [typeof(TimeArbitraries)], MaxTest = 500)]
public class FuzzyDateProperties
{
    [Property(Arbitrary = [typeof(FuzzyDateGenerators)], MaxTest = 2000)]
    public bool TextRoundTripsThroughParse(FuzzyDate value) =>
        FuzzyDate.Parse(value.ToString()) == value;

    [Property]
    public bool TextIsAFixedPointOfParseAndToString(FuzzyDate value)
    {
        string text = value.ToString();
        return FuzzyDate.Parse(text).ToString() == text;
    }

    [Property]
    public bool TryParseAcceptsEveryFormattedValue(FuzzyDate value) =>
        FuzzyDate.TryParse(value.ToString(), out var parsed) && parsed == value;

    [Property]
    public bool TryFormatWritesTheSameTextAsToString(FuzzyDate value)
    {
        Span<char> buffer = stackalloc char[23];
        return value.TryFormat(buffer, out int written, default, null)
            && buffer[..written].SequenceEqual(value.ToString());
    }

    [Property]
    public bool CompareToIsZeroExactlyWhenEqual(FuzzyDate a, FuzzyDate b) =>
        (a.CompareTo(b) == 0) == a.Equals(b);

    [Property]
    public bool CompareToIsZeroWithAParsedCopy(FuzzyDate a) =>
        a.CompareTo(FuzzyDate.Parse(a.ToString())) == 0;

    [Property]
    public bool CompareToIsAntisymmetric(FuzzyDate a, FuzzyDate b) =>
        Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [Property]
    public bool CompareToIsTransitive(FuzzyDate a, FuzzyDate b, FuzzyDate c) =>
        !(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;

    [Property]
    public bool OrderIsTotal(FuzzyDate a, FuzzyDate b) =>
        (a < b ? 1 : 0) + (a == b ? 1 : 0) + (a > b ? 1 : 0) == 1;

    [Property]
    public bool OperatorsAgreeWithCompareTo(FuzzyDate a, FuzzyDate b)
    {
        int c = a.CompareTo(b);
        return (a < b) == (c < 0) && (a <= b) == (c <= 0) && (a > b) == (c > 0) && (a >= b) == (c >= 0)
            && (a == b) == (c == 0) && (a != b) == (c != 0);
    }

    [Property]
    public bool EqualValuesHaveEqualHashCodes(FuzzyDate a)
    {
        // An equal value built separately, from the text: the premise (a equals b) holds on every case.
        var b = FuzzyDate.Parse(a.ToString());
        return a.Equals(b) && a.GetHashCode() == b.GetHashCode();
    }

    [Property]
    public bool CertainlyBeforeImpliesPossiblyBefore(FuzzyDate a, FuzzyDate b) =>
        !a.IsCertainlyBefore(b) || a.IsPossiblyBefore(b);

    [Property]
    public bool CertainlyBeforeIsNeverTrueBothWays(FuzzyDate a, FuzzyDate b) =>
        !(a.IsCertainlyBefore(b) && b.IsCertainlyBefore(a));

    [Property]
    public bool CertainlyAfterMirrorsCertainlyBefore(FuzzyDate a, FuzzyDate b) =>
        a.IsCertainlyAfter(b) == b.IsCertainlyBefore(a);

    [Property]
    public bool PossiblyAfterMirrorsPossiblyBefore(FuzzyDate a, FuzzyDate b) =>
        a.IsPossiblyAfter(b) == b.IsPossiblyBefore(a);

    [Property]
    public bool OverlapsIsSymmetric(FuzzyDate a, FuzzyDate b) =>
        a.Overlaps(b) == b.Overlaps(a);

    [Property]
    public bool OverlapsIsNeitherCertainlyBeforeNorCertainlyAfter(FuzzyDate a, FuzzyDate b) =>
        a.Overlaps(b) == !(a.IsCertainlyBefore(b) || a.IsCertainlyAfter(b));

    [Property]
    public bool OverlapsItself(FuzzyDate a) => a.Overlaps(a);

    [Property]
    public bool ContainsIsBetweenEarliestAndLatestInclusive(FuzzyDate value, LocalDate day) =>
        value.Contains(day) == (value.Earliest <= day && day <= value.Latest);

    [Property]
    public bool ContainsBothBounds(FuzzyDate value) =>
        value.Contains(value.Earliest) && value.Contains(value.Latest);

    [Property]
    public bool CertainlyOnOrBeforeImpliesPossiblyOnOrBefore(FuzzyDate value, LocalDate day) =>
        !value.IsCertainlyOnOrBefore(day) || value.IsPossiblyOnOrBefore(day);

    [Property]
    public bool CertainlyOnOrBeforeIsLatestOnOrBeforeTheDayForClosedEnds(FuzzyDate value, LocalDate day) =>
        value.HasOpenEnd || value.IsCertainlyOnOrBefore(day) == (value.Latest <= day);

    [Property]
    public bool PossiblyOnOrBeforeIsEarliestOnOrBeforeTheDay(FuzzyDate value, LocalDate day) =>
        value.IsPossiblyOnOrBefore(day) == (value.Earliest <= day);

    [Property]
    public bool EarliestIsNeverAfterLatest(FuzzyDate value) => value.Earliest <= value.Latest;

    [Property]
    public bool ToDateIntervalIsNullExactlyWhenAnEndIsOpen(FuzzyDate value) =>
        (value.ToDateInterval() is null) == (value.HasOpenStart || value.HasOpenEnd);

    [Property]
    public bool AsApproximateKeepsBoundsAndPrecision(FuzzyDate value)
    {
        var approximate = value.AsApproximate();
        return approximate.IsApproximate && approximate.IsUncertain == value.IsUncertain
            && approximate.Earliest == value.Earliest && approximate.Latest == value.Latest
            && approximate.Precision == value.Precision;
    }

    [Property]
    public bool AsUncertainKeepsBoundsAndPrecision(FuzzyDate value)
    {
        var uncertain = value.AsUncertain();
        return uncertain.IsUncertain && uncertain.IsApproximate == value.IsApproximate
            && uncertain.Earliest == value.Earliest && uncertain.Latest == value.Latest
            && uncertain.Precision == value.Precision;
    }
}
