using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class TimelineTests
{
    [Fact]
    public void No_filter_gives_every_event_in_timeline_order()
    {
        Assert.Equal(Article.Events, Article.Timeline());
    }

    [Fact]
    public void Kinds_actor_and_period_combine()
    {
        var filter = new TimelineFilter
        {
            Actor = Vulin,
            Kinds = [EventKind.Meeting, EventKind.OfficeChange],
            Period = Between(Day(2023, 11, 1), Day(2024, 2, 29)),
        };
        Assert.Equal(
            ["vulin-leaves-bia", "vulin-naryshkin-1", "vulin-patrushev-1", "vulin-bortnikov", "vulin-patrushev-2"],
            Article.Timeline(filter).Ids());
    }

    [Fact]
    public void A_counterpart_alone_or_equal_to_the_actor_filters_like_an_actor()
    {
        Assert.Equal(Article.EventsInvolving(Csto), Article.Timeline(new TimelineFilter { Counterpart = Csto }));
        Assert.Equal(Article.EventsInvolving(Csto), Article.Timeline(new TimelineFilter { Actor = Csto, Counterpart = Csto }));
    }

    [Fact]
    public void A_quad_class_alone_filters_by_coding()
    {
        var conflict = Article.Timeline(new TimelineFilter { QuadClass = QuadClass.MaterialConflict });
        Assert.Equal(["russia-invades-ukraine", "russia-abandons-armenia", "russia-ends-israel-partnership", "russia-sacrifices-south-korea", "us-sanctions-vulin", "armenia-freezes-csto"], conflict.Ids());
    }

    [Fact]
    public void A_view_filters_too()
    {
        Assert.Empty(Article.AsKnownAt(Day(2023, 3, 31)).Timeline(new TimelineFilter { Actor = Serbia, Counterpart = Ukraine }));
    }

    [Fact]
    public void With_affiliated_actors_a_pair_of_states_finds_the_meetings_of_their_people()
    {
        var states = new TimelineFilter { Actor = Serbia, Counterpart = Russia, Kinds = [EventKind.Meeting] };

        var plain = Article.Timeline(states).Ids();
        var affiliated = Article.Timeline(states with { IncludeAffiliated = true }).Ids();

        Assert.DoesNotContain("vulin-patrushev-1", plain);
        Assert.Contains("vulin-patrushev-1", affiliated);
        Assert.Contains("vulin-shoigu", affiliated);
        Assert.Subset(affiliated.ToHashSet(), plain.ToHashSet());
    }

    [Fact]
    public void Acts_between_leaves_out_events_that_only_name_both_sides()
    {
        var chronicle = Article.With(
            new Disclosure("think-tank-report", Day(2024, 7, 1), Cited("2024-07-01"), FinancialTimes, DisclosureMethod.Report) { Concerning = [Serbia, Ukraine] });
        var pair = new TimelineFilter { Actor = Serbia, Counterpart = Ukraine };

        var named = chronicle.Timeline(pair).Ids();
        var acts = chronicle.Timeline(pair with { ActsBetween = true });

        Assert.Contains("think-tank-report", named);
        Assert.Contains("arms-via-usa", named);
        Assert.DoesNotContain("think-tank-report", acts.Ids());
        Assert.DoesNotContain("arms-via-usa", acts.Ids());
        Assert.Contains("serbia-agrees-to-supply-weapons", acts.Ids());
        Assert.All(acts, e => Assert.Contains(EventCatalog.Acts(e).Directed, d => (d.Source == Serbia && d.Target == Ukraine) || (d.Source == Ukraine && d.Target == Serbia)));
    }

    [Fact]
    public void Matching_affiliated_actors_needs_the_chronicle()
    {
        var filter = new TimelineFilter { Actor = Serbia, IncludeAffiliated = true };
        var meeting = Article.GetEvent("vulin-patrushev-1");

        var error = Assert.Throws<InvalidOperationException>(() => filter.Matches(meeting));
        Assert.Contains("Matches(event, chronicle)", error.Message, StringComparison.Ordinal);
        Assert.True(filter.Matches(meeting, Article));
        Assert.False(filter with { IncludeAffiliated = false } is var plain && plain.Matches(meeting));
    }

    [Fact]
    public void Acts_between_one_side_and_nobody_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Article.Timeline(new TimelineFilter { Actor = Serbia, ActsBetween = true }));
        Assert.Contains("set both Actor and Counterpart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_actor_in_the_filter_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Article.Timeline(new TimelineFilter { Actor = default(ActorId) }));
    }
}
