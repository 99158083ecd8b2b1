using Diplomacy.TestKit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

public class EventColumnsTests
{
    private static readonly Coding Consult = Coding.FromCameo("040");

    private static CodedEvent Coded(string id, string when = "2024-03-05") =>
        new(new EventId(id), FuzzyDate.Parse(when), [Cite(Vreme, "2024-03-06")], Serbia, Consult) { Target = Russia };

    private static Chronicle Build(params DiplomaticEvent[] events) =>
        new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents(events).Build();

    [Theory]
    [InlineData("e1")]
    [InlineData("e0")]
    [InlineData("e007")]
    [InlineData("plain-id")]
    [InlineData("icews-123456789012345678")]
    [InlineData("42")]
    [InlineData("e2147483647")]
    [InlineData("e2147483648")]
    [InlineData("e99999999999")]
    public void A_coded_event_reads_back_equal_whatever_the_form_of_its_id(string id)
    {
        var e = Coded(id);
        Assert.Equal(e, Build(e).GetEvent(new EventId(id)));
    }

    [Fact]
    public void Ids_that_differ_only_in_leading_zeros_are_different_events()
    {
        var chronicle = Build(Coded("e7"), Coded("e07"), Coded("e007"));
        Assert.Equal(new EventId("e07"), chronicle.GetEvent(new EventId("e07")).Id);
        Assert.False(chronicle.ContainsEvent(new EventId("e0007")));
    }

    [Fact]
    public void A_coded_event_with_a_summary_place_and_citation_details_reads_back_equal()
    {
        var citation = Cite(FinancialTimes, "2024-03") with { Title = "Talks", Url = new Uri("https://example.org/a") };
        var e = Coded("e5") with
        {
            Summary = "Serbia consults Russia",
            Location = new Place("Belgrade", Serbia),
            Citations = [citation, Cite(Vreme, "2024-03-07")],
        };
        var f = Coded("e6") with { Location = new Place("Moscow", Russia), Citations = [citation], Basis = EvidenceBasis.Confirmed };
        var chronicle = Build(e, f);
        Assert.Equal([e, f], chronicle.Events.OrderBy(x => x.Id.Value, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("polecat-20240701-0001", EventColumns.TextPrefix)]
    [InlineData("e007", EventColumns.TextPrefix)]
    [InlineData("plain-id", EventColumns.TextPrefix)]
    [InlineData("e99999999999", EventColumns.TextPrefix)]
    [InlineData("e7", 0)]
    public void A_plain_coded_event_is_stored_column_wise_whatever_the_form_of_its_id(string id, int prefix)
    {
        var rows = new EventRows([Coded(id)], new ActorTable([.. SampleWorld.Actors]));
        Assert.Empty(rows.Objects);
        Assert.Equal(prefix, rows.Columns.Prefixes[0]);
        Assert.True(rows.Vouched[0]);
    }

    [Fact]
    public void Text_ids_are_found_by_their_exact_text_only()
    {
        var chronicle = Build(Coded("polecat-20240701-0001"), Coded("polecat-20240701-0002"), Coded("e007"), Coded("e7"));
        Assert.Equal(new EventId("polecat-20240701-0002"), chronicle.Index.Find(new EventId("polecat-20240701-0002"))?.Id);
        Assert.Equal(new EventId("e007"), chronicle.Index.Find(new EventId("e007"))?.Id);
        Assert.Null(chronicle.Index.Find(new EventId("polecat-20240701-000")));
        Assert.Null(chronicle.Index.Find(new EventId("polecat-20240701-00011")));
        Assert.Null(chronicle.Index.Find(new EventId("E007")));
    }

    [Fact]
    public void Unknown_ids_with_a_known_prefix_are_not_found()
    {
        var chronicle = Build(Coded("e1"), Coded("e2"));
        Assert.Null(chronicle.Index.Find(new EventId("e3")));
        Assert.Null(chronicle.Index.Find(new EventId("x1")));
    }
}
