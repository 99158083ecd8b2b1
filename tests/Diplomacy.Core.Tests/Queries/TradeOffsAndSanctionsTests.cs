using Diplomacy.TestKit;
using NodaTime;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class TradeOffsTests
{
    [Fact]
    public void Every_relationship_change_made_for_something_is_a_trade_off_and_the_give_ups_can_be_kept_apart()
    {
        var chronicle = With(
            new RelationshipChange("formed-for-money", On("2023"), Cited(), Russia, Iran, RelationshipKind.Partnership, RelationshipChangeKind.Formed)
            {
                InExchangeFor = new Consideration(ConsiderationKind.Money, Iran),
            },
            new RelationshipChange("ended-for-nothing", On("2023"), Cited(), Russia, Israel, RelationshipKind.Partnership, RelationshipChangeKind.Ended),
            new RelationshipChange("weakened-for-energy", On("2023"), Cited(), Russia, Armenia, RelationshipKind.Alliance, RelationshipChangeKind.Weakened)
            {
                InExchangeFor = new Consideration(ConsiderationKind.Energy),
            });

        var trades = chronicle.TradeOffs(Russia);

        Assert.Equal([(Iran, RelationshipChangeKind.Formed), (Armenia, RelationshipChangeKind.Weakened)], trades.Select(t => (t.Partner, t.Change)).OrderBy(p => p.Change));
        var given = Assert.Single(trades, t => t.Change.IsGivingUp());
        Assert.Equal(Armenia, given.Partner);
        Assert.Null(given.Gained.From);
        Assert.Equal(Iran, Assert.Single(chronicle.TradeOffs(Russia, ConsiderationKind.Money)).Gained.From);
    }

    [Fact]
    public void A_partner_giving_the_actor_up_is_the_partners_trade_off_not_the_actors()
    {
        var chronicle = With(new RelationshipChange("israel-ends", On("2023"), Cited(), Israel, Russia, RelationshipKind.Partnership, RelationshipChangeKind.Ended)
        {
            InExchangeFor = new Consideration(ConsiderationKind.PoliticalSupport, UnitedStates),
        });
        Assert.Empty(chronicle.TradeOffs(Russia));
        Assert.Single(chronicle.TradeOffs(Israel));
    }

    [Fact]
    public void An_actor_with_no_trade_offs_or_unknown_to_the_chronicle_gets_an_empty_answer()
    {
        Assert.Empty(Article.TradeOffs(Serbia));
        Assert.Empty(Article.TradeOffs("nobody-known"));
        Assert.Empty(Article.TradeOffs(Russia, ConsiderationKind.Energy));
    }

    [Fact]
    public void A_default_actor_id_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Article.TradeOffs(default));
    }

    [Fact]
    public void Trade_offs_as_known_before_the_reports_are_empty()
    {
        Assert.Empty(Article.AsKnownAt(Day(2024, 6, 30)).TradeOffs(Russia));
        Assert.Equal(3, Article.AsKnownAt(ArticleDay).TradeOffs(Russia).Count);
    }
}

public class SanctionsStanceTests
{
    private static readonly ActorId EuropeanUnion = "european-union";

    private static Chronicle WithEu(params DiplomaticEvent[] events) =>
        new ChronicleBuilder().AddActors(ArticleFixture.Actors).AddActor(new Organization(EuropeanUnion, "European Union", OrganizationKind.IntergovernmentalBody)).AddEvents(events).Build();

    private static readonly Chronicle RefusedIn2022 = With(new SanctionsAction("refuse-2022", On("2022"), Cited("2022"), Serbia, Russia, SanctionsActionKind.Refuse));

    [Fact]
    public void A_stance_that_changed_in_2022_is_only_possible_in_mid_2022()
    {
        var stance = RefusedIn2022.SanctionsStance(Serbia, Russia, Day(2022, 6, 1));
        Assert.Equal(SanctionsPosture.Refusing, stance.Posture);
        Assert.Equal(Certainty.Possible, stance.Certainty);
        Assert.Equal(["refuse-2022"], stance.Evidence.Ids());
    }

    [Fact]
    public void A_stance_that_changed_in_2022_is_certain_from_2023_and_none_before_2022()
    {
        Assert.Equal(Certainty.Certain, RefusedIn2022.SanctionsStance(Serbia, Russia, Day(2023, 1, 1)).Certainty);
        var before = RefusedIn2022.SanctionsStance(Serbia, Russia, Day(2021, 12, 31));
        Assert.Equal((SanctionsPosture.None, Certainty.Certain), (before.Posture, before.Certainty));
    }

    [Fact]
    public void An_extension_whose_order_is_open_and_that_the_replay_puts_after_a_later_imposition_does_not_count_before_it()
    {
        // The extension's date runs on without end, so its order against the imposition is open; the replay takes the
        // imposition first (an extension makes sense only while something is in force), so the spells begin in 2021.
        var chronicle = WithEu(
            new SanctionsAction("extend", On("2020-03-01/.."), Cited("2020-03-01"), EuropeanUnion, Russia, SanctionsActionKind.Extend) { Measures = ["arms embargo"] },
            new SanctionsAction("impose", On("2021"), Cited("2021"), EuropeanUnion, Russia, SanctionsActionKind.Impose));

        var spells = chronicle.SanctionsSpells(EuropeanUnion, Russia);
        var stance = chronicle.SanctionsStance(EuropeanUnion, Russia, Day(2020, 6, 1));

        Assert.Equal([(SanctionsPosture.Imposing, On("2021"))], spells.Select(s => (s.Posture, s.Since)));
        Assert.Equal(SanctionsPosture.None, stance.Posture);
        Assert.Equal(SanctionsPosture.Imposing, chronicle.SanctionsStance(EuropeanUnion, Russia, Day(2021, 6, 1)).Posture);
    }

    [Fact]
    public void Lifting_everything_leaves_the_stance_lifted_since_the_lift()
    {
        var chronicle = WithEu(
            new SanctionsAction("impose", Day(2020, 1, 1), Cited(), EuropeanUnion, Russia, SanctionsActionKind.Impose) { Measures = ["arms embargo", "visa ban"] },
            new SanctionsAction("lift", Day(2021, 1, 1), Cited(), EuropeanUnion, Russia, SanctionsActionKind.Lift));
        var stance = chronicle.SanctionsStance(EuropeanUnion, Russia, Day(2022, 1, 1));
        Assert.Equal(SanctionsPosture.Lifted, stance.Posture);
        Assert.Equal(On("2021-01-01"), stance.Since);
        Assert.Empty(stance.Measures);
    }

    [Fact]
    public void A_partial_lift_keeps_the_rest_in_force_and_the_posture_since_the_imposition()
    {
        var chronicle = WithEu(
            new SanctionsAction("impose", Day(2020, 1, 1), Cited(), EuropeanUnion, Russia, SanctionsActionKind.Impose) { Measures = ["arms embargo", "visa ban"] },
            new SanctionsAction("extend", Day(2020, 6, 1), Cited(), EuropeanUnion, Russia, SanctionsActionKind.Extend) { Measures = ["asset freeze"] },
            new SanctionsAction("lift-visas", Day(2021, 1, 1), Cited(), EuropeanUnion, Russia, SanctionsActionKind.Lift) { Measures = ["visa ban"] });
        var stance = chronicle.SanctionsStance(EuropeanUnion, Russia, Day(2022, 1, 1));
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Equal(On("2020-01-01"), stance.Since);
        Assert.Equal(["arms embargo", "asset freeze"], stance.Measures);
        Assert.Equal(["impose", "extend", "lift-visas"], stance.Actions.Select(a => a.Id.Value));
    }

    [Fact]
    public void A_lift_when_nothing_is_in_force_leaves_the_posture_as_it_was()
    {
        var lift = new SanctionsAction("lift", Day(2021, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Lift);
        var none = With(lift).SanctionsStance(Serbia, Russia, Day(2022, 1, 1));
        Assert.Equal((SanctionsPosture.None, (FuzzyDate?)null), (none.Posture, none.Since));
        Assert.Equal(["lift"], none.Actions.Ids());

        var refusing = With(new SanctionsAction("refuse", Day(2020, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Refuse), lift)
            .SanctionsStance(Serbia, Russia, Day(2022, 1, 1));
        Assert.Equal((SanctionsPosture.Refusing, (FuzzyDate?)On("2020-01-01")), (refusing.Posture, refusing.Since));
        Assert.Empty(refusing.Measures);
    }

    [Fact]
    public void A_partial_lift_while_refusing_removes_only_the_named_measures()
    {
        var chronicle = With(
            new SanctionsAction("impose", Day(2019, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Impose) { Measures = ["arms embargo", "visa ban"] },
            new SanctionsAction("refuse", Day(2020, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Refuse),
            new SanctionsAction("lift-visas", Day(2021, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Lift) { Measures = ["visa ban"] });
        var stance = chronicle.SanctionsStance(Serbia, Russia, Day(2022, 1, 1));
        Assert.Equal((SanctionsPosture.Refusing, (FuzzyDate?)On("2020-01-01")), (stance.Posture, stance.Since));
        Assert.Equal(["arms embargo"], stance.Measures);
        Assert.Equal(
            [(SanctionsPosture.Imposing, (FuzzyDate?)On("2020-01-01")), (SanctionsPosture.Refusing, null)],
            chronicle.SanctionsSpells(Serbia, Russia).Select(s => (s.Posture, s.Until)));
    }

    [Fact]
    public void A_partial_lift_of_nothing_in_force_does_not_make_a_refusal_imposing()
    {
        var chronicle = With(
            new SanctionsAction("refuse", Day(2020, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Refuse),
            new SanctionsAction("lift-visas", Day(2021, 1, 1), Cited(), Serbia, Russia, SanctionsActionKind.Lift) { Measures = ["visa ban"] });
        var stance = chronicle.SanctionsStance(Serbia, Russia, Day(2022, 1, 1));
        Assert.Equal((SanctionsPosture.Refusing, Certainty.Certain), (stance.Posture, stance.Certainty));
        Assert.Empty(stance.Measures);
    }

    [Fact]
    public void Delaying_then_joining_is_imposing_from_the_join()
    {
        var chronicle = With(
            new SanctionsAction("delay", Day(2022, 2, 25), Cited(), SouthKorea, Russia, SanctionsActionKind.Delay),
            new SanctionsAction("join", Day(2022, 3, 1), Cited(), SouthKorea, Russia, SanctionsActionKind.Join) { Measures = ["export controls"] });
        Assert.Equal(SanctionsPosture.Delaying, chronicle.SanctionsStance(SouthKorea, Russia, Day(2022, 2, 27)).Posture);
        var joined = chronicle.SanctionsStance(SouthKorea, Russia, Day(2022, 3, 2));
        Assert.Equal((SanctionsPosture.Imposing, (FuzzyDate?)On("2022-03-01")), (joined.Posture, joined.Since));
    }

    [Fact]
    public void Steps_toward_others_or_by_others_do_not_count()
    {
        Assert.Equal(SanctionsPosture.None, Article.SanctionsStance(Russia, Serbia, ArticleDay).Posture);
        Assert.Equal(SanctionsPosture.None, Article.SanctionsStance(UnitedStates, Russia, ArticleDay).Posture);
        Assert.Equal(SanctionsPosture.Delaying, Article.SanctionsStance(SouthKorea, Russia, Day(2023, 1, 1)).Posture);
    }

    [Fact]
    public void A_bloc_imposes_like_a_state()
    {
        var chronicle = WithEu(new SanctionsAction("eu-vulin", Day(2024, 1, 1), Cited(), EuropeanUnion, Vulin, SanctionsActionKind.Impose));
        Assert.Equal(SanctionsPosture.Imposing, chronicle.SanctionsStance(EuropeanUnion, Vulin, Day(2024, 2, 1)).Posture);
    }

    [Fact]
    public void As_known_before_the_report_the_stance_is_none()
    {
        var stance = Article.AsKnownAt(Day(2023, 6, 30)).SanctionsStance(UnitedStates, Vulin, Day(2023, 8, 15));
        Assert.Equal(SanctionsPosture.None, stance.Posture);
    }

    [Fact]
    public void A_states_agency_taking_a_sanctions_step_takes_it_for_the_state()
    {
        ActorId licensing = "serbian-licensing-agency";
        ActorId exporter = "serbian-arms-exporter";
        var chronicle = WithActors(
            [new Organization(licensing, "Licensing agency", OrganizationKind.Agency, Serbia), new Organization(exporter, "Arms exporter", OrganizationKind.Company, Serbia)],
            new SanctionsAction("embargo", On("2019-10"), Cited("2019-10"), Serbia, Ukraine, SanctionsActionKind.Impose) { Measures = ["arms embargo"] },
            new SanctionsAction("agency-lifts", On("2022-09-30"), Cited("2022-09-30"), licensing, Ukraine, SanctionsActionKind.Lift) { Measures = ["arms embargo"] },
            new SanctionsAction("company-refuses", On("2023-01-10"), Cited("2023-01-10"), exporter, Ukraine, SanctionsActionKind.Impose) { Measures = ["own boycott"] });

        var stance = chronicle.SanctionsStance(Serbia, Ukraine, Day(2023, 6, 1));

        Assert.Equal((SanctionsPosture.Lifted, On("2022-09-30"), Certainty.Certain), (stance.Posture, stance.Since!.Value, stance.Certainty));
        Assert.Equal(["embargo", "agency-lifts"], stance.Actions.Select(a => a.Id.Value));
        Assert.Equal([SanctionsPosture.Imposing, SanctionsPosture.Lifted], chronicle.SanctionsSpells(Serbia, Ukraine).Select(s => s.Posture));
        Assert.DoesNotContain(chronicle.SanctionsSpells(), s => s.Imposer == licensing);
        Assert.Contains(chronicle.SanctionsSpells(), s => s.Imposer == exporter);
        Assert.Equal(SanctionsPosture.None, chronicle.SanctionsStance(licensing, Ukraine, Day(2023, 6, 1)).Posture); // alone, it lifted nothing in force
    }
}
