using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class ReactionsToTests
{
    private static readonly ActorId Envoy = "stateless-envoy";
    private static readonly Actor[] Extra = [new Person(Envoy, "An Envoy")];

    private static readonly ArmsTransfer Shells = new("shells", On("2023-01"), Cited("2023-01"), Serbia, Ukraine);

    private static PublicReaction Says(string id, string when, ActorId speaker, ReactionTone tone = ReactionTone.Criticism) =>
        new(id, On(when), Cited(when), speaker, tone) { InResponseTo = ["shells"] };

    [Fact]
    public void An_office_holder_speaks_for_the_state_only_while_in_office()
    {
        var chronicle = WithActors(
            Extra,
            Shells,
            new OfficeChange("envoy-in", On("2023-02-01"), Cited("2023-02"), Envoy, "Special Envoy", OfficeChangeKind.Appointed) { Body = RussianEmbassy },
            new OfficeChange("envoy-out", On("2023-06"), Cited("2023-06"), Envoy, "Special Envoy", OfficeChangeKind.Resigned) { Body = RussianEmbassy },
            Says("before", "2023-01-20", Envoy),
            Says("during", "2023-03-01", Envoy),
            Says("leaving", "2023-06-15", Envoy),
            Says("after", "2023-08-01", Envoy));
        var reactions = chronicle.ReactionsTo(Russia, EventSet.Of("shells"));
        Assert.Equal([("during", Certainty.Certain), ("leaving", Certainty.Possible)], reactions.Select(r => (r.Statement.Id.Value, r.Certainty)));

        // The evidence says why the envoy spoke for Russia: the office change that made the envoy, and the one that ended it.
        Assert.All(reactions, r => Assert.Contains("envoy-in", r.Evidence.Ids()));
        Assert.All(reactions, r => Assert.Contains("envoy-out", r.Evidence.Ids()));
        Assert.DoesNotContain(chronicle.ReactionsTo(Serbia, EventSet.Of("shells")).SelectMany(r => r.Evidence), e => e is OfficeChange);
    }

    [Fact]
    public void Divergence_cites_the_office_change_through_which_a_speaker_counts()
    {
        var chronicle = WithActors(
            Extra,
            new OfficeChange("envoy-in", On("2023-02-01"), Cited("2023-02"), Envoy, "Special Envoy", OfficeChangeKind.Appointed) { Body = RussianEmbassy },
            new PublicReaction("envoy-criticises-serbia", On("2023-03-01"), Cited("2023-03-01"), Envoy, ReactionTone.Criticism) { About = Serbia });

        var divergence = chronicle.Divergence(Russia, Serbia);

        Assert.Equal(["envoy-criticises-serbia"], divergence.Verbal.Select(s => s.Event.Id.Value));
        Assert.Equal(["envoy-in", "envoy-criticises-serbia"], divergence.Evidence.Ids());
    }

    [Fact]
    public void An_alliance_speaks_through_the_holders_of_its_offices_as_an_organisation_does()
    {
        var chronicle = WithActors(
            Extra,
            Shells,
            new OfficeChange("envoy-in", On("2023-02-01"), Cited("2023-02"), Envoy, "Secretary General", OfficeChangeKind.Appointed) { Body = Csto },
            Says("before", "2023-01-20", Envoy),
            Says("during", "2023-03-01", Envoy));

        var reactions = chronicle.ReactionsTo(Csto, EventSet.Of("shells"));

        Assert.Equal([("during", Certainty.Certain)], reactions.Select(r => (r.Statement.Id.Value, r.Certainty)));
    }

    [Fact]
    public void A_national_speaks_for_an_international_body_and_not_for_the_state_while_holding_its_office()
    {
        ActorId official = "russian-in-csto";
        var chronicle = WithActors(
            [new Person(official, "A Russian in the CSTO", Russia)],
            Shells,
            new OfficeChange("csto-in", On("2023-02-01"), Cited("2023-02"), official, "Secretary General", OfficeChangeKind.Appointed) { Body = Csto },
            new OfficeChange("csto-out", On("2023-06"), Cited("2023-06"), official, "Secretary General", OfficeChangeKind.Resigned) { Body = Csto },
            Says("before", "2023-01-20", official),
            Says("during", "2023-03-01", official),
            Says("leaving", "2023-06-15", official),
            Says("after", "2023-08-01", official));

        var forRussia = chronicle.ReactionsTo(Russia, EventSet.Of("shells"));
        var forCsto = chronicle.ReactionsTo(Csto, EventSet.Of("shells"));

        Assert.Equal([("before", Certainty.Certain), ("leaving", Certainty.Possible), ("after", Certainty.Certain)], forRussia.Select(r => (r.Statement.Id.Value, r.Certainty)));
        Assert.Equal([("during", Certainty.Certain), ("leaving", Certainty.Possible)], forCsto.Select(r => (r.Statement.Id.Value, r.Certainty)));
    }

    [Fact]
    public void A_private_national_speaks_for_the_state_only_while_holding_one_of_its_offices()
    {
        ActorId activist = "russian-activist";
        ActorId commentator = "russian-commentator";
        ActorId adviser = "russian-adviser";
        var chronicle = WithActors(
            [
                new Person(activist, "A Russian activist", Russia) { IsPrivate = true },
                new Person(commentator, "A Russian commentator", Russia),
                new Person(adviser, "A Russian adviser", Russia) { IsPrivate = true },
            ],
            Shells,
            Says("activist-before", "2023-01-20", activist),
            Says("commentator-speaks", "2023-01-21", commentator),
            Says("adviser-before", "2023-01-22", adviser),
            new OfficeChange("activist-in", On("2023-02-01"), Cited("2023-02"), activist, "Deputy", OfficeChangeKind.Appointed) { Body = Russia },
            new OfficeChange("adviser-in", On("2023-02-01"), Cited("2023-02"), adviser, "Adviser", OfficeChangeKind.Appointed), // no body: the state's
            Says("activist-in-office", "2023-03-01", activist),
            Says("adviser-in-office", "2023-03-02", adviser));

        var reactions = chronicle.ReactionsTo(Russia, EventSet.Of("shells"));

        Assert.Equal(["commentator-speaks", "activist-in-office", "adviser-in-office"], reactions.Select(r => r.Statement.Id.Value));
    }

    [Fact]
    public void A_national_who_holds_an_office_of_the_state_as_well_as_one_elsewhere_speaks_for_the_state()
    {
        ActorId minister = "russian-minister-chairing";
        var chronicle = WithActors(
            [new Person(minister, "A Russian minister chairing the CSTO council", Russia)],
            Shells,
            new OfficeChange("minister-in", On("2022-05-01"), Cited("2022-05"), minister, "Minister", OfficeChangeKind.Appointed) { Body = Russia },
            new OfficeChange("chair-in", On("2023-02-01"), Cited("2023-02"), minister, "Chair of the Council", OfficeChangeKind.Appointed) { Body = Csto },
            Says("during", "2023-03-01", minister));

        Assert.Equal([("during", Certainty.Certain)], chronicle.ReactionsTo(Russia, EventSet.Of("shells")).Select(r => (r.Statement.Id.Value, r.Certainty)));
        Assert.Equal([("during", Certainty.Certain)], chronicle.ReactionsTo(Csto, EventSet.Of("shells")).Select(r => (r.Statement.Id.Value, r.Certainty)));
    }

    [Fact]
    public void A_reaction_that_reaches_the_events_only_through_another_speakers_statement_is_marked_indirect()
    {
        var chronicle = With(
            Shells,
            Says("kyiv-thanks-belgrade", "2023-02-01", Ukraine, ReactionTone.Praise),
            Says("peskov-answers", "2023-02-05", Peskov, ReactionTone.Evasive),
            new PublicReaction("zakharova-warns-kyiv", On("2023-02-03"), Cited("2023-02-03"), Zakharova, ReactionTone.Threat) { InResponseTo = ["kyiv-thanks-belgrade"] },
            new PublicReaction("zakharova-again", On("2023-02-04"), Cited("2023-02-04"), Zakharova, ReactionTone.Criticism) { InResponseTo = ["kyiv-thanks-belgrade", "shells"] },
            new PublicReaction("peskov-follows-up", On("2023-02-06"), Cited("2023-02-06"), Peskov, ReactionTone.Evasive) { InResponseTo = ["peskov-answers"] });

        var reactions = chronicle.ReactionsTo(Russia, EventSet.Of("shells")).ToDictionary(r => r.Statement.Id.Value);

        Assert.Equal(["peskov-answers", "peskov-follows-up", "zakharova-again", "zakharova-warns-kyiv"], reactions.Keys.Order(StringComparer.Ordinal));
        var warning = reactions["zakharova-warns-kyiv"];
        Assert.True(warning.IsIndirect);
        Assert.Equal(["kyiv-thanks-belgrade"], warning.Through.Select(r => r.Id.Value));
        Assert.Equal(["shells"], warning.RespondsTo.Select(e => e.Id.Value));
        Assert.All(new[] { "peskov-answers", "peskov-follows-up", "zakharova-again" }, id => Assert.Empty(reactions[id].Through));
    }

    [Fact]
    public void Outlets_based_in_a_state_do_not_speak_for_it_but_its_bodies_and_nationals_do()
    {
        var chronicle = With(
            Shells,
            Says("vreme-criticises", "2023-02", Vreme),
            Says("bia-criticises", "2023-02", Bia),
            Says("vucic-confirms", "2023-02", Vucic, ReactionTone.Confirmation));
        Assert.Equal(["bia-criticises", "vucic-confirms"], chronicle.ReactionsTo(Serbia, EventSet.Of("shells")).Select(r => r.Statement.Id.Value));
    }

    [Fact]
    public void A_statement_about_the_supplier_that_answers_nothing_is_not_a_reaction()
    {
        var chronicle = With(Shells, new PublicReaction("praise", On("2023-02"), Cited("2023-02"), Russia, ReactionTone.Praise) { About = Serbia });
        Assert.Empty(chronicle.ReactionsTo(Russia, EventSet.Of("shells")));
    }

    [Fact]
    public void A_reaction_to_a_reaction_to_the_events_counts()
    {
        var chronicle = With(
            Shells,
            Says("vucic-confirms", "2023-02", Vucic, ReactionTone.Confirmation),
            new PublicReaction("peskov-answers-vucic", On("2023-03"), Cited("2023-03"), Peskov, ReactionTone.Evasive) { InResponseTo = ["vucic-confirms"] });
        var reaction = Assert.Single(chronicle.ReactionsTo(Russia, EventSet.Of("shells")));
        Assert.Equal(["shells"], reaction.RespondsTo.Ids());
        Assert.Equal(["shells", "vucic-confirms", "peskov-answers-vucic"], reaction.Evidence.Ids());
    }

    [Fact]
    public void The_period_selects_reactions()
    {
        var chronicle = With(Shells, Says("early", "2023-02", Peskov), Says("late", "2024-02", Peskov));
        Assert.Equal(["late"], chronicle.ReactionsTo(Russia, EventSet.Of("shells"), Between(Day(2024, 1, 1), Day(2024, 12, 31))).Select(r => r.Statement.Id.Value));
    }

    [Fact]
    public void A_predicate_is_only_tried_on_events_that_reactions_refer_to()
    {
        var tried = new List<EventId>();
        var reactions = Article.ReactionsTo(Russia, EventSet.Where(e =>
        {
            tried.Add(e.Id);
            return e is ArmsTransfer;
        }));
        Assert.NotEmpty(reactions);
        Assert.DoesNotContain(tried, id => id == "russia-invades-ukraine" || id == "vulin-patrushev-1");
        Assert.True(tried.Count < Article.Events.Count / 2);
    }

    [Fact]
    public void An_empty_set_or_a_silent_actor_gives_no_reactions()
    {
        Assert.Empty(Article.ReactionsTo(Russia, EventSet.Of()));
        Assert.Empty(Article.ReactionsTo(Israel, EventSet.Of(SerbianArmsToUkraine)));
    }

    [Fact]
    public void Event_sets_compare_by_ids_and_predicate()
    {
        Assert.Equal(EventSet.Of("a", "b"), EventSet.Of("a", "b"));
        Assert.NotEqual(EventSet.Of("a"), EventSet.Of("b"));
        Assert.True(EventSet.Of("shells").Contains(Shells));
        Assert.False(EventSet.Where(e => e is Meeting).Contains(Shells));
    }
}
