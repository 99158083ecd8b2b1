using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

public class ChronicleTests
{
    private static readonly Chronicle Sample = SampleWorld.Build();

    private static bool Overlaps(DiplomaticEvent e, DateInterval? period) =>
        period is null || (e.When.Earliest <= period.End && e.When.Latest >= period.Start);

    private static Gen<DateInterval?> Periods { get; } = Gen.OneOf(
        Gen.Constant<DateInterval?>(null),
        from a in ModelGenerators.Dates
        from span in Gen.Choose(0, 2000)
        where a.Earliest.Year is > 0 and < 9990
        select (DateInterval?)new DateInterval(a.Earliest, a.Earliest.PlusDays(span)));

    [Fact]
    public void Events_are_in_timeline_order()
    {
        var ids = Sample.Events.Select(e => e.Id.Value).ToArray();
        // serbia-refuses (2022-03) and shells-via-usa (2022-03-01/2024-06-30) start on the same day; the shorter one comes first.
        Assert.Equal(["war-begins", "serbia-refuses", "shells-via-usa", "vulin-bia", "vulin-removed", "vulin-patrushev"], ids);
    }

    [Fact]
    public void Looks_up_actors_and_events_by_id()
    {
        Assert.Equal("Serbia", Sample.GetActor(Serbia).Name);
        Assert.IsType<Person>(Sample.GetActor<Person>(Vulin));
        Assert.Equal(EventKind.Meeting, Sample.GetEvent("vulin-patrushev").Kind);
        Assert.False(Sample.TryGetEvent("nope", out _));
        Assert.Throws<KeyNotFoundException>(() => Sample.GetActor("nobody"));
        Assert.Throws<InvalidCastException>(() => Sample.GetActor<State>(Vulin));
    }

    [Fact]
    public void EventsBetween_finds_a_pair_in_either_order()
    {
        Assert.Equal(["vulin-patrushev"], Sample.EventsBetween(Patrushev, Vulin).Select(e => e.Id.Value));
        Assert.Equal(["shells-via-usa"], Sample.EventsBetween(Serbia, Ukraine).Select(e => e.Id.Value));
    }

    [Fact]
    public void A_period_includes_events_that_may_have_happened_in_it()
    {
        var march2022 = new DateInterval(new LocalDate(2022, 3, 15), new LocalDate(2022, 3, 15));
        Assert.Equal(["serbia-refuses", "shells-via-usa"], Sample.EventsInvolving(Serbia, march2022).Select(e => e.Id.Value));
    }

    [Fact]
    public void AsOf_keeps_only_what_had_certainly_occurred()
    {
        var view = Sample.AsOf(new LocalDate(2023, 11, 15));
        Assert.Equal(["war-begins", "serbia-refuses", "vulin-bia"], view.Events.Select(e => e.Id.Value));
        Assert.True(view.IsView);
        Assert.Contains(Sample.AsOf(new LocalDate(2023, 11, 30)).Events, e => e.Id == "vulin-removed");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AsOf_the_last_day_there_is_still_leaves_out_open_ended_events(bool typed)
    {
        // An open end is stored as the last day there is; as of that very day, an open-ended event is still not over.
        DiplomaticEvent Dated(string id, string when) => typed
            ? new Meeting(new EventId(id), FuzzyDate.Parse(when), [Cite(Vreme, "2024-03-06")], [Serbia, Russia])
            : new CodedEvent(new EventId(id), FuzzyDate.Parse(when), [Cite(Vreme, "2024-03-06")], Serbia, Coding.FromCameo("040"));
        var chronicle = new ChronicleBuilder().AddActors(SampleWorld.Actors)
            .AddEvents([Dated("open", "2024-03/.."), Dated("closed", "2024-03/9999-12-31"), Dated("earlier", "2024-03-05")]).Build();

        var view = chronicle.AsOf(LocalDate.MaxIsoValue);

        Assert.Equal(["closed", "earlier"], view.Events.Select(e => e.Id.Value));
        Assert.Equal(2, view.Events.Count);
        Assert.Null(view.Index.Find(new EventId("open")));
        Assert.DoesNotContain(view.EventsInvolving(Serbia), e => e.Id == "open");
    }

    [Fact]
    public void AsKnownAt_keeps_only_what_had_certainly_been_published()
    {
        var before = Sample.AsKnownAt(new LocalDate(2024, 6, 22));
        Assert.DoesNotContain(before.Events, e => e.Id == "shells-via-usa");
        Assert.Empty(before.EventsBetween(Serbia, Ukraine));
        var after = Sample.AsKnownAt(new LocalDate(2024, 6, 23));
        Assert.Single(after.EventsBetween(Serbia, Ukraine));
    }

    [Fact]
    public void A_report_dated_to_a_month_counts_from_the_month_end()
    {
        Assert.False(Sample.AsKnownAt(new LocalDate(2022, 3, 30)).ContainsEvent("serbia-refuses"));
        Assert.True(Sample.AsKnownAt(new LocalDate(2022, 3, 31)).ContainsEvent("serbia-refuses"));
    }

    [Fact]
    public void Views_compose_and_the_earlier_cut_off_wins()
    {
        var view = Sample.AsKnownAt(new LocalDate(2030, 1, 1)).AsOf(new LocalDate(2023, 1, 1)).AsKnownAt(new LocalDate(2022, 12, 31));
        Assert.Equal(new LocalDate(2023, 1, 1), view.AsOfDate);
        Assert.Equal(new LocalDate(2022, 12, 31), view.KnownAtDate);
        Assert.Equal(["war-begins", "serbia-refuses", "vulin-bia"], view.Events.Select(e => e.Id.Value));
    }

    [Fact]
    public void GetEvent_on_a_view_says_the_view_hides_it()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Sample.AsKnownAt(new LocalDate(2022, 1, 1)).GetEvent("war-begins"));
        Assert.Contains("as known at 2022-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_returns_a_new_chronicle_and_leaves_the_original_as_it_was()
    {
        var added = new Meeting("new-meeting", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin]);
        var before = Sample.Events.ToArray();
        var after = Sample.With(added);
        Assert.Equal(before, Sample.Events);
        Assert.False(Sample.ContainsEvent("new-meeting"));
        Assert.True(after.ContainsEvent("new-meeting"));
        Assert.Equal(before.Length + 1, after.Events.Count);
    }

    [Fact]
    public void With_an_invalid_event_throws_and_changes_nothing()
    {
        var bad = new Meeting("bad", Day(2024, 7, 1), [], [Vulin]);
        Assert.Throws<ChronicleValidationException>(() => Sample.With(bad));
        Assert.False(Sample.ContainsEvent("bad"));
    }

    [Fact]
    public void The_events_list_cannot_be_changed_through_a_cast()
    {
        var events = Sample.Events;
        Assert.False(events is ICollection<DiplomaticEvent> { IsReadOnly: false });
    }

    [Fact]
    public void With_never_changes_the_original()
    {
        var property = Prop.ForAll(
            ModelGenerators.Worlds(20).ToArbitrary(),
            world =>
            {
                var half = world.Events.Length / 2;
                var original = new ChronicleBuilder().AddActors(world.Actors).AddEvents(world.Events.Take(half)).Build();
                var snapshot = original.Events.ToArray();
                var extended = original.With(world.Events.Skip(half));
                return original.Events.SequenceEqual(snapshot) && extended.Events.Count == world.Events.Length;
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void AsKnownAt_is_monotonic_a_later_date_never_loses_an_event()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles().ToArbitrary(),
            ModelGenerators.Dates.ToArbitrary(),
            Gen.Choose(0, 5000).ToArbitrary(),
            (chronicle, date, days) =>
            {
                var earlier = date.Earliest.Year is > 0 and < 9980 ? date.Earliest : new LocalDate(2000, 1, 1);
                var later = earlier.PlusDays(days);
                var known = chronicle.AsKnownAt(later).Events.Select(e => e.Id).ToHashSet();
                return chronicle.AsKnownAt(earlier).Events.All(e => known.Contains(e.Id));
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Index_queries_agree_with_a_plain_filter_over_all_events()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(40).ToArbitrary(),
            Periods.ToArbitrary(),
            Gen.Choose(0, 3).ToArbitrary(),
            (chronicle, period, viewKind) =>
            {
                var cut = period?.End ?? new LocalDate(2020, 1, 1);
                var view = viewKind switch { 1 => chronicle.AsOf(cut), 2 => chronicle.AsKnownAt(cut), 3 => chronicle.AsOf(cut).AsKnownAt(cut.PlusYears(-1)), _ => chronicle };
                var visible = chronicle.Events.Where(e =>
                    (view.AsOfDate is not { } asOf || e.When.Latest <= asOf) &&
                    (view.KnownAtDate is not { } knownAt || e.FirstKnown <= knownAt))
                    .Select(e => view.KnownAtDate is { } knownAt ? e.AsKnownAt(knownAt)! : e)
                    .ToArray();
                foreach (var actor in chronicle.Actors.Take(4))
                {
                    var expected = visible.Where(e => e.Actors.Contains(actor.Id) && Overlaps(e, period));
                    if (!view.EventsInvolving(actor.Id, period).SequenceEqual(expected))
                    {
                        return false;
                    }

                    foreach (var other in chronicle.Actors.Take(3))
                    {
                        if (other.Id == actor.Id)
                        {
                            continue;
                        }

                        var pair = visible.Where(e => e.Actors.Contains(actor.Id) && e.Actors.Contains(other.Id) && Overlaps(e, period));
                        if (!view.EventsBetween(actor.Id, other.Id, period).SequenceEqual(pair))
                        {
                            return false;
                        }
                    }
                }

                foreach (var kind in Enum.GetValues<EventKind>())
                {
                    if (!view.EventsOfKind(kind, period).SequenceEqual(visible.Where(e => e.Kind == kind && Overlaps(e, period))))
                    {
                        return false;
                    }
                }

                return period is null || view.EventsDuring(period).SequenceEqual(visible.Where(e => Overlaps(e, period)));
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Events_are_sorted_by_date_then_id()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles().ToArbitrary(),
            chronicle => chronicle.Events.Zip(chronicle.Events.Skip(1)).All(p =>
                p.First.When.CompareTo(p.Second.When) < 0 || (p.First.When == p.Second.When && p.First.Id.CompareTo(p.Second.Id) < 0)));
        Check.QuickThrowOnFailure(property);
    }
}
