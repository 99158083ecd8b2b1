using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

/// <summary>
/// <see cref="TimelineOrder.Sort"/> puts events in <see cref="TimelineComparer"/> order from the numbers
/// <see cref="EventRows"/> read (day numbers, date flags, id keys), whether it buckets them by day first (dates
/// close together) or sorts them all at once (dates far apart).
/// </summary>
public class TimelineOrderTests
{
    private static readonly LocalDate Start = new(2021, 6, 1);

    private static Gen<FuzzyDate> DatesWithin(int days) =>
        from offset in Gen.Choose(0, days)
        from span in Gen.Choose(0, 40)
        from shape in Gen.Choose(0, 6)
        let day = Start.PlusDays(offset)
        select shape switch
        {
            0 => FuzzyDate.FromYearMonth(new YearMonth(day.Year, day.Month)),
            1 => FuzzyDate.Between(day, day.PlusDays(span)),
            2 => FuzzyDate.Since(day),
            3 => FuzzyDate.Until(day),
            4 => FuzzyDate.FromDate(day).AsApproximate(),
            5 => FuzzyDate.FromDate(day).AsUncertain(),
            _ => FuzzyDate.FromDate(day),
        };

    /// <summary>Ids that share long prefixes and differ in the characters the order key packs and beyond.</summary>
    private static Gen<string> Ids { get; } =
        from prefix in Gen.Elements("e", "evt-", "evt-2021-06-", "E", "evt_")
        from tail in Gen.Elements("0", "1", "9", "a", "A", "-", ".", ":", "_", "z").ArrayOf().Where(t => t.Length is > 0 and < 14)
        select prefix + string.Concat(tail);

    private static bool SortsLikeTheComparer(string[] ids, FuzzyDate[] dates)
    {
        var events = ids.Distinct(StringComparer.Ordinal)
            .Select((id, i) => (DiplomaticEvent)new CodedEvent(id, dates[i % dates.Length], [Cite(Vreme, "2024")], Serbia, Coding.FromCameo("051")))
            .ToArray();
        var rows = new EventRows(events, new ActorTable([.. SampleWorld.Actors]), concurrently: false);
        var (order, earliest, latest) = TimelineOrder.Sort(rows);
        var expected = events.Order(TimelineComparer.Instance).ToArray();
        return order.Select(i => events[i]).SequenceEqual(expected)
            && earliest.SequenceEqual(expected.Select(e => Days.Of(e.When.Earliest)))
            && latest.SequenceEqual(expected.Select(e => Days.Of(e.When.Latest)));
    }

    [Fact]
    public void Events_close_in_time_are_put_in_timeline_order_through_day_buckets() => CheckOrder(DatesWithin(90));

    [Fact]
    public void Events_far_apart_in_time_are_put_in_timeline_order_by_one_sort() => CheckOrder(DatesWithin(2_000_000));

    private static void CheckOrder(Gen<FuzzyDate> dates)
    {
        var property = Prop.ForAll(
            Ids.ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            dates.ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
            SortsLikeTheComparer);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
