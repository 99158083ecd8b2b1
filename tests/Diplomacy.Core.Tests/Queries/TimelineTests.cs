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
    public void A_default_actor_in_the_filter_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Article.Timeline(new TimelineFilter { Actor = default(ActorId) }));
    }
}
