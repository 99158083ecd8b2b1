using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

/// <summary>The two questions of <see cref="Chronicle.AsKnownAt(LocalDate, KnownBy)"/>: what had been published, and what the data set had released.</summary>
public class ReleaseViewTests
{
    private static readonly DataRelease Week27 = new("POLECAT", "Release 27", new LocalDate(2024, 7, 5));
    private static readonly DataRelease Week28 = new("POLECAT", "Release 28", new LocalDate(2024, 7, 12));

    /// <summary>A meeting published on 1 July and first released on 5 July; one published on 2 July, released on 12 July; one with no release, published on 3 July.</summary>
    private static Chronicle Sample()
    {
        var world = SampleWorld.Build();
        return world.With(
            new Meeting("released-early", Day(2024, 7, 1), [Cite(Vreme, "2024-07-01") with { Release = Week27 }], [Serbia, Russia]),
            new Meeting("released-late", Day(2024, 7, 2), [Cite(Vreme, "2024-07-02") with { Release = Week28 }, Cite(Vreme, "2024-07-02") with { Release = null, Title = "again" }], [Serbia, Russia]),
            new Meeting("never-released", Day(2024, 7, 3), [Cite(Vreme, "2024-07-03")], [Serbia, Russia]));
    }

    private static string[] Ids(Chronicle view, params string[] among) => [.. among.Where(id => view.ContainsEvent(id))];

    private static readonly string[] New = ["released-early", "released-late", "never-released"];

    [Fact]
    public void An_event_is_first_released_on_the_earliest_release_of_its_citations()
    {
        var e = Sample().GetEvent("released-late");
        Assert.Equal(new LocalDate(2024, 7, 12), e.FirstReleased);
        Assert.Equal(new LocalDate(2024, 7, 2), e.FirstKnown);
        Assert.Null(Sample().GetEvent("never-released").FirstReleased);
    }

    [Fact]
    public void By_publication_an_event_is_known_from_its_first_report()
    {
        var view = Sample().AsKnownAt(new LocalDate(2024, 7, 3), KnownBy.Publication);

        Assert.Equal(New, Ids(view, New));
        Assert.Equal(new LocalDate(2024, 7, 3), view.KnownAtDate);
        Assert.Null(view.ReleasedByDate);
    }

    [Fact]
    public void An_announced_event_is_known_from_the_announcement_but_has_happened_only_from_its_date()
    {
        var chronicle = SampleWorld.Build().With(
            new Meeting("announced-summit", Day(2024, 9, 1), [Cite(Vreme, "2024-07-01")], [Serbia, Russia]),
            new Meeting("vague-report", Day(2024, 7, 1), [Cite(Vreme, "2024-07-02") with { Published = FuzzyDate.Parse("2024-07-02/..") }], [Serbia, Russia]));
        var day = new LocalDate(2024, 8, 1);

        Assert.True(chronicle.AsKnownAt(day).ContainsEvent("announced-summit"));
        Assert.False(chronicle.AsKnownAt(day).AsOf(day).ContainsEvent("announced-summit"));
        Assert.True(chronicle.AsKnownAt(new LocalDate(2024, 9, 1)).AsOf(new LocalDate(2024, 9, 1)).ContainsEvent("announced-summit"));
        Assert.False(chronicle.AsKnownAt(new LocalDate(9999, 12, 30)).ContainsEvent("vague-report"));
    }

    [Fact]
    public void By_release_an_event_is_known_from_the_first_release_that_carried_it()
    {
        var chronicle = Sample();

        Assert.Equal(["never-released"], Ids(chronicle.AsKnownAt(new LocalDate(2024, 7, 4), KnownBy.Release), New));
        Assert.Equal(["released-early", "never-released"], Ids(chronicle.AsKnownAt(new LocalDate(2024, 7, 5), KnownBy.Release), New));
        Assert.Equal(New, Ids(chronicle.AsKnownAt(new LocalDate(2024, 7, 12), KnownBy.Release), New));
    }

    [Fact]
    public void An_event_no_release_carried_counts_by_its_publication()
    {
        var chronicle = Sample();

        Assert.False(chronicle.AsKnownAt(new LocalDate(2024, 7, 2), KnownBy.Release).ContainsEvent("never-released"));
        Assert.True(chronicle.AsKnownAt(new LocalDate(2024, 7, 3), KnownBy.Release).ContainsEvent("never-released"));
    }

    [Fact]
    public void The_one_argument_AsKnownAt_asks_about_publication()
    {
        var chronicle = Sample();
        var day = new LocalDate(2024, 7, 4);

        Assert.Equal(chronicle.AsKnownAt(day, KnownBy.Publication).Events, chronicle.AsKnownAt(day).Events);
    }

    [Fact]
    public void Release_and_publication_cut_offs_compose_and_each_keeps_its_earlier_day()
    {
        var view = Sample()
            .AsKnownAt(new LocalDate(2024, 7, 20), KnownBy.Release)
            .AsKnownAt(new LocalDate(2024, 7, 1))
            .AsKnownAt(new LocalDate(2024, 7, 12), KnownBy.Release)
            .AsKnownAt(new LocalDate(2024, 7, 30), KnownBy.Release);

        Assert.Equal(new LocalDate(2024, 7, 12), view.ReleasedByDate);
        Assert.Equal(new LocalDate(2024, 7, 1), view.KnownAtDate);
        Assert.Equal(["released-early"], Ids(view, New));
        Assert.True(view.IsView);
        Assert.Contains("as released by 2024-07-12", view.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_view_keeps_its_cut_off_through_the_other_views()
    {
        var view = Sample().AsKnownAt(new LocalDate(2024, 7, 5), KnownBy.Release).AsOf(new LocalDate(2030, 1, 1)).WithBasisAtLeast(EvidenceBasis.Reported);

        Assert.Equal(new LocalDate(2024, 7, 5), view.ReleasedByDate);
        Assert.Equal(["released-early", "never-released"], Ids(view, New));
    }

    [Fact]
    public void An_unnamed_KnownBy_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample().AsKnownAt(new LocalDate(2024, 7, 5), (KnownBy)7));
    }

    [Fact]
    public void A_release_needs_a_data_set_and_a_name()
    {
        Assert.Throws<ArgumentException>(() => new DataRelease(" ", "Release 1", new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentException>(() => Week27 with { Name = "" });
    }

    [Fact]
    public void A_view_known_at_a_day_cites_only_the_reports_published_by_then()
    {
        var chronicle = SampleWorld.Build().With(
            new Meeting("reported-twice", Day(2019, 7, 1), [Cite(Vreme, "2019-07-02"), Cite(FinancialTimes, "2020-03")], [Serbia, Russia]));
        var day = new LocalDate(2019, 7, 20);

        var view = chronicle.AsKnownAt(day);

        Assert.Equal(["2019-07-02"], view.GetEvent("reported-twice").Citations.Select(c => c.Published.ToString()));
        Assert.Equal(["2019-07-02"], Assert.Single(view.EventsBetween(Serbia, Russia), e => e.Id == "reported-twice").Citations.Select(c => c.Published.ToString()));
        Assert.Equal(2, chronicle.GetEvent("reported-twice").Citations.Count);
        Assert.Equal(2, chronicle.AsKnownAt(new LocalDate(2020, 3, 31)).GetEvent("reported-twice").Citations.Count);
    }

    [Fact]
    public void By_release_an_event_cites_the_releases_that_carried_it_by_then()
    {
        var view = Sample().AsKnownAt(new LocalDate(2024, 7, 12), KnownBy.Release);

        Assert.Equal([Week28], view.GetEvent("released-late").Citations.Select(c => c.Release));
        Assert.Single(view.GetEvent("never-released").Citations);
    }

    [Fact]
    public void An_event_as_known_at_a_day_is_itself_when_every_report_was_out_and_null_before_any()
    {
        var e = Sample().GetEvent("released-late");

        Assert.Same(e, e.AsKnownAt(new LocalDate(2024, 7, 2)));
        Assert.Null(e.AsKnownAt(new LocalDate(2024, 7, 1)));
        Assert.Null(e.AsKnownAt(new LocalDate(2024, 7, 11), KnownBy.Release));
        Assert.Throws<ArgumentOutOfRangeException>(() => e.AsKnownAt(new LocalDate(2024, 7, 2), (KnownBy)7));
    }

    [Fact]
    public void On_a_view_known_at_a_day_each_event_keeps_exactly_the_citations_out_by_then()
    {
        var days = from year in Gen.Choose(1989, 2031) from day in Gen.Choose(0, 364) select new LocalDate(year, 1, 1).PlusDays(day);
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            days.ToArbitrary(),
            (chronicle, day) => chronicle.AsKnownAt(day).Events.All(e =>
                e.Citations.SequenceEqual(chronicle.GetEvent(e.Id).Citations.Where(c => c.Published.Latest <= day))));
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void A_release_view_never_shows_an_event_before_its_first_release()
    {
        var days = from year in Gen.Choose(1989, 2031) from day in Gen.Choose(0, 364) select new LocalDate(year, 1, 1).PlusDays(day);
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            days.ToArbitrary(),
            (chronicle, day) =>
            {
                var view = chronicle.AsKnownAt(day, KnownBy.Release);
                var expected = chronicle.Events.Where(e => (e.FirstReleased ?? e.FirstKnown) <= day).Select(e => e.Id);
                return view.Events.All(e => (e.FirstReleased ?? e.FirstKnown) <= day)
                    && view.Events.Select(e => e.Id).SequenceEqual(expected);
            });
        Check.QuickThrowOnFailure(property);
    }
}
