using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class ReactionReadingTests
{
    private static readonly DiplomaticEvent Visit = new Meeting("visit", On("2023-02-10"), Cited("2023-02"), [Grushko, Vucic]);

    private static PublicReaction Said(string id, ReactionTone tone, params EventId[] inResponseTo) =>
        new(id, On("2023-02-15"), Cited("2023-02-15"), Peskov, tone) { About = Serbia, InResponseTo = inResponseTo };

    private static ToleratedAct ToleratedShells(params DiplomaticEvent[] reactions) =>
        Assert.Single(With([ToleratedTests.War, ToleratedTests.Shells, Visit, .. reactions]).Tolerated(Russia));

    [Fact]
    public void A_denial_about_the_relationship_reads_as_a_reassurance_not_a_response()
    {
        var act = ToleratedShells(Said("no-dispute", ReactionTone.Denial, "visit"));
        Assert.Equal(ReactionReading.Reassurance, act.StrongestReading);
    }

    [Fact]
    public void An_evasive_answer_to_the_act_outranks_a_denial_about_the_relationship()
    {
        var act = ToleratedShells(Said("no-dispute", ReactionTone.Denial, "visit"), Said("evasive", ReactionTone.Evasive, "shells"));
        Assert.Equal("evasive", act.StrongestReaction?.Id.Value);
        Assert.Equal(ReactionReading.Response, act.StrongestReading);
    }

    [Fact]
    public void A_pointed_silence_outranks_a_reassurance_but_not_a_response()
    {
        var silence = Said("silence", ReactionTone.Silent, "shells");
        Assert.Equal(ReactionReading.Silence, ToleratedShells(silence, Said("no-dispute", ReactionTone.Denial, "visit")).StrongestReading);
        Assert.Equal(
            [ReactionReading.Response, ReactionReading.Silence, ReactionReading.Reassurance],
            ToleratedShells(silence, Said("no-dispute", ReactionTone.Denial, "visit"), Said("neutral", ReactionTone.Neutral, "shells")).Ranked.Select(r => r.Reading));
    }

    [Fact]
    public void Among_responses_the_more_hostile_tone_comes_first()
    {
        var act = ToleratedShells(Said("neutral", ReactionTone.Neutral, "shells"), Said("denial", ReactionTone.Denial, "shells"));
        Assert.Equal(["denial", "neutral"], act.Ranked.Select(r => r.Reaction.Id.Value));
    }

    [Fact]
    public void Ranking_keeps_every_reaction_and_the_timeline_list_as_it_was()
    {
        var act = ToleratedShells(Said("no-dispute", ReactionTone.Denial, "visit"), Said("evasive", ReactionTone.Evasive, "shells"));
        Assert.Equal(act.Reactions.OrderBy(r => r.Id.Value), act.Ranked.Select(r => r.Reaction).OrderBy(r => r.Id.Value));
    }

    [Fact]
    public void On_the_article_the_embassy_denial_of_a_dispute_reads_as_a_reassurance()
    {
        var viaUsa = Assert.Single(Article.Tolerated(Russia), t => t.Act.Id == "arms-via-usa");
        var denial = Assert.Single(viaUsa.Ranked, r => r.Reaction.Id == "embassy-denies-dispute");
        Assert.Equal(ReactionReading.Reassurance, denial.Reading);
        Assert.Equal(ReactionReading.Response, viaUsa.Ranked[0].Reading);
    }

    [Fact]
    public void An_act_without_reactions_has_no_reading()
    {
        var act = ToleratedShells();
        Assert.Null(act.StrongestReading);
        Assert.Empty(act.Ranked);
    }
}
