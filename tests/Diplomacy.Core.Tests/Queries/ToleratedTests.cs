using NodaTime;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class ToleratedTests
{
    internal static readonly RelationshipChange War = new("war", Day(2022, 2, 24), Cited("2022-02-24"), Russia, Ukraine, RelationshipKind.War, RelationshipChangeKind.Formed);
    internal static readonly ArmsTransfer Shells = new("shells", On("2023-01"), Cited("2023-01"), Serbia, Ukraine);

    private static PublicReaction Criticism(string id, string when, ActorId about) =>
        new(id, On(when), Cited(when), Peskov, ReactionTone.Criticism) { About = about };

    [Fact]
    public void Criticism_within_the_window_means_the_act_was_not_tolerated()
    {
        var chronicle = With(War, Shells, Criticism("criticism", "2023-03", Serbia));
        Assert.Empty(chronicle.Tolerated(Russia));
    }

    [Fact]
    public void Criticism_after_the_window_comes_too_late()
    {
        var chronicle = With(War, Shells, Criticism("criticism", "2023-12", Serbia));
        var act = Assert.Single(chronicle.Tolerated(Russia));
        Assert.Equal((Serbia, Hostility.ArmingEnemy, (ActorId?)Ukraine), (act.Doer, act.Hostility, act.Enemy));
        Assert.Null(act.StrongestReaction);
        Assert.Equal(Day(2023, 1, 31).PlusDays(180), act.WindowEnd);
        Assert.Empty(chronicle.Tolerated(Russia, options: new ToleranceOptions { Window = Period.FromYears(1) }));
    }

    [Fact]
    public void Arms_sent_before_the_war_or_to_someone_else_are_not_hostile()
    {
        var chronicle = With(
            War,
            new ArmsTransfer("before-war", On("2021"), Cited("2021"), Serbia, Ukraine),
            new ArmsTransfer("to-israel", On("2023"), Cited("2023"), Serbia, Israel));
        Assert.Empty(chronicle.Tolerated(Russia));
    }

    [Fact]
    public void Arms_and_aid_delivered_to_an_enemys_official_body_arm_and_aid_the_enemy()
    {
        var ministry = UkrainianMinistry.Id;
        var chronicle = WithActors(
            [UkrainianMinistry],
            War,
            new ArmsTransfer("shells-to-ministry", On("2023-01"), Cited("2023"), Serbia, ministry),
            new CodedEvent("aid-to-ministry", On("2023-02"), Cited("2023"), Czechia, Diplomacy.Coding.FromCameo("070")) { Target = ministry },
            new ArmsTransfer("ministry-to-state", On("2023-03"), Cited("2023"), ministry, Ukraine),
            new CodedEvent("ministry-aids-state", On("2023-04"), Cited("2023"), ministry, Diplomacy.Coding.FromCameo("070")) { Target = Ukraine });
        Assert.Equal(
            [("shells-to-ministry", Serbia, Hostility.ArmingEnemy, (ActorId?)Ukraine), ("aid-to-ministry", Czechia, Hostility.AidingEnemy, Ukraine)],
            chronicle.Tolerated(Russia).Select(t => (t.Act.Id.Value, t.Doer, t.Hostility, t.Enemy)));
    }

    [Fact]
    public void Material_conflict_toward_the_actor_is_hostile_directly()
    {
        var sanctions = new SanctionsAction("us-sanctions-russia", Day(2022, 3, 1), Cited("2022-03"), UnitedStates, Russia, SanctionsActionKind.Impose);
        var act = Assert.Single(With(sanctions).Tolerated(Russia));
        Assert.Equal((Hostility.Direct, UnitedStates, (ActorId?)null), (act.Hostility, act.Doer, act.Enemy));
    }

    [Fact]
    public void Material_conflict_toward_someone_who_counts_for_the_actor_is_hostile_to_it()
    {
        ActorId envoy = "foreign-envoy";
        var chronicle = WithActors(
            [new Person(envoy, "An envoy of no recorded nationality")],
            new OfficeChange("envoy-appointed", Day(2022, 1, 10), Cited("2022-01"), envoy, "Special Envoy", OfficeChangeKind.Appointed) { Body = InteriorMinistry },
            new OfficeChange("envoy-removed", On("2022-06"), Cited("2022-06"), envoy, "Special Envoy", OfficeChangeKind.Removed) { Body = InteriorMinistry },
            new SanctionsAction("us-sanctions-svr", Day(2022, 3, 1), Cited("2022-03"), UnitedStates, Svr, SanctionsActionKind.Impose),
            new SanctionsAction("us-sanctions-envoy", Day(2022, 4, 1), Cited("2022-04"), UnitedStates, envoy, SanctionsActionKind.Impose),
            new SanctionsAction("us-sanctions-envoy-again", Day(2022, 6, 15), Cited("2022-06"), UnitedStates, envoy, SanctionsActionKind.Extend),
            new SanctionsAction("us-sanctions-envoy-later", Day(2022, 9, 1), Cited("2022-09"), UnitedStates, envoy, SanctionsActionKind.Extend));
        var acts = chronicle.Tolerated(Russia);
        Assert.Equal(
            [("us-sanctions-svr", Certainty.Certain), ("us-sanctions-envoy", Certainty.Certain), ("us-sanctions-envoy-again", Certainty.Possible)],
            acts.Select(t => (t.Act.Id.Value, t.Certainty)));
        Assert.All(acts, t => Assert.Equal((Hostility.Direct, UnitedStates), (t.Hostility, t.Doer)));
    }

    [Fact]
    public void Criticising_a_third_party_for_its_comment_on_the_act_is_not_reacting_to_the_act()
    {
        var sanctions = new SanctionsAction("us-sanctions-russia", Day(2022, 3, 1), Cited("2022-03"), UnitedStates, Russia, SanctionsActionKind.Impose);
        var seoul = new PublicReaction("seoul-welcomes", On("2022-03-05"), Cited("2022-03-05"), SouthKorea, ReactionTone.Support) { About = UnitedStates, InResponseTo = ["us-sanctions-russia"] };
        PublicReaction Spokeswoman(string id, ReactionTone tone, ActorId? about, EventId answers) =>
            new(id, On("2022-03-10"), Cited("2022-03-10"), Zakharova, tone) { About = about, InResponseTo = [answers] };

        // A threat to Seoul over its comment answers Seoul, not the United States: the sanctions went unanswered.
        var act = Assert.Single(With(sanctions, seoul, Spokeswoman("warns-seoul", ReactionTone.Threat, SouthKorea, "seoul-welcomes")).Tolerated(Russia));
        Assert.Equal(sanctions, act.Act);
        Assert.Empty(act.Reactions);

        // Through Seoul but about the doer, it speaks about the doer: a reassurance, and criticism would count.
        var reassured = Assert.Single(With(sanctions, seoul, Spokeswoman("calm", ReactionTone.Neutral, UnitedStates, "seoul-welcomes")).Tolerated(Russia));
        Assert.Equal(ReactionReading.Reassurance, reassured.StrongestReading);
        Assert.Empty(With(sanctions, seoul, Spokeswoman("blames-us", ReactionTone.Criticism, UnitedStates, "seoul-welcomes")).Tolerated(Russia));

        // Through the doer's own statement, it answers the doer.
        var washington = seoul with { Id = "us-defends", Speaker = UnitedStates, About = Russia };
        Assert.Empty(With(sanctions, washington, Spokeswoman("answers-us", ReactionTone.Criticism, null, "us-defends")).Tolerated(Russia));
        Assert.Equal(
            ReactionReading.Response,
            Assert.Single(With(sanctions, washington, Spokeswoman("answers-us", ReactionTone.Evasive, null, "us-defends")).Tolerated(Russia)).StrongestReading);
    }

    [Fact]
    public void An_act_by_a_states_official_body_is_answered_by_answering_the_state()
    {
        var shells = new ArmsTransfer("yugoimport-shells", On("2023-01"), Cited("2023-01"), Yugoimport, Ukraine);
        Assert.Equal(Yugoimport, Assert.Single(With(War, shells).Tolerated(Russia)).Doer);

        // Criticism of Serbia, whose state-owned company sent the shells, is criticism of the doer's side.
        Assert.Empty(With(War, shells, Criticism("criticism", "2023-03", Serbia)).Tolerated(Russia));

        // So is an answer to what Serbia's president said about them.
        var vucic = new PublicReaction("vucic-confirms", On("2023-02"), Cited("2023-02"), Vucic, ReactionTone.Confirmation) { InResponseTo = ["yugoimport-shells"] };
        var answer = new PublicReaction("answer", On("2023-03"), Cited("2023-03"), Peskov, ReactionTone.Criticism) { InResponseTo = ["vucic-confirms"] };
        Assert.Empty(With(War, shells, vucic, answer).Tolerated(Russia));

        // And conflict toward Serbia itself.
        var expels = new CodedEvent("russia-expels", On("2023-03"), Cited("2023-03"), Russia, Diplomacy.Coding.FromCameo("161")) { Target = Serbia };
        Assert.Empty(With(War, shells, expels).Tolerated(Russia));
    }

    [Fact]
    public void Retaliation_by_the_actor_itself_means_the_act_was_not_tolerated()
    {
        var chronicle = With(
            new SanctionsAction("us-sanctions-russia", Day(2022, 3, 1), Cited("2022-03"), UnitedStates, Russia, SanctionsActionKind.Impose),
            new SanctionsAction("russia-sanctions-us", Day(2022, 4, 1), Cited("2022-04"), Russia, UnitedStates, SanctionsActionKind.Impose));
        Assert.Equal(["russia-sanctions-us"], chronicle.Tolerated(UnitedStates).Select(t => t.Act).Ids());
    }

    [Fact]
    public void Retaliation_by_someone_who_counts_for_the_actor_means_the_act_was_not_tolerated()
    {
        // A saboteur wrecks property of a Russian agency; within the window Russia's interior ministry has him charged.
        // The ministry's act is Russia's, as its statements would be.
        ActorId saboteur = "a-saboteur";
        Actor[] extra = [new Person(saboteur, "A saboteur")];
        var sabotage = new CodedEvent("sabotage", Day(2022, 9, 26), Cited("2022-09-26"), saboteur, Diplomacy.Coding.FromCameo("1712")) { Target = Svr };
        var charged = new CodedEvent("charged", On("2023-01"), Cited("2023-01"), InteriorMinistry, Diplomacy.Coding.FromCameo("173")) { Target = saboteur };
        Assert.Equal(["sabotage"], WithActors(extra, sabotage).Tolerated(Russia).Select(t => t.Act).Ids());
        Assert.Empty(WithActors(extra, sabotage, charged).Tolerated(Russia));
        Assert.Equal(["sabotage"], WithActors(extra, sabotage, charged with { When = On("2024-01") }).Tolerated(Russia).Select(t => t.Act).Ids());

        // Conflict aimed at the doer's nationals counts, as statements about them do.
        ActorId american = "an-american-official";
        var sanctions = new SanctionsAction("us-sanctions-russia", Day(2022, 3, 1), Cited("2022-03"), UnitedStates, Russia, SanctionsActionKind.Impose);
        var banned = new SanctionsAction("russia-bans-american", Day(2022, 4, 1), Cited("2022-04"), InteriorMinistry, american, SanctionsActionKind.Impose);
        Assert.Empty(WithActors([new Person(american, "An American official", UnitedStates)], sanctions, banned).Tolerated(Russia));
    }

    [Fact]
    public void A_war_that_ended_stops_making_arms_hostile()
    {
        var chronicle = With(
            War,
            new RelationshipChange("peace", Day(2022, 6, 1), Cited("2022-06"), Ukraine, Russia, RelationshipKind.War, RelationshipChangeKind.Ended),
            Shells);
        Assert.Empty(chronicle.Tolerated(Russia));
    }

    [Fact]
    public void The_acts_of_an_enemy_at_war_with_the_actor_are_not_tolerated_the_war_is_the_answer()
    {
        var strike = new CodedEvent("strike", On("2023-01"), Cited("2023-01"), Russia, Diplomacy.Coding.FromCameo("195")) { Target = Ukraine };
        var ministryStrike = new CodedEvent("ministry-strike", On("2023-02"), Cited("2023-02"), InteriorMinistry, Diplomacy.Coding.FromCameo("195")) { Target = Ukraine };
        var incursion = new RelationshipChange("incursion", Day(2024, 8, 6), Cited("2024-08"), Ukraine, Russia, RelationshipKind.War, RelationshipChangeKind.Strengthened);
        var chronicle = With(War, strike, ministryStrike, incursion);

        // Neither the invasion that opened the war, nor the strikes of Russia or its ministry during it, nor the
        // incursion by the other side: each side's answer is the war.
        Assert.Empty(chronicle.Tolerated(Ukraine));
        Assert.Empty(chronicle.Tolerated(Russia));
    }

    [Fact]
    public void An_act_followed_within_its_window_by_open_conflict_with_its_doer_is_not_tolerated()
    {
        var sanctions = new SanctionsAction("us-sanctions-russia", Day(2022, 3, 1), Cited("2022-03"), UnitedStates, Russia, SanctionsActionKind.Impose);
        RelationshipChange Conflict(string when) =>
            new("conflict", On(when), Cited(when), UnitedStates, Russia, RelationshipKind.Conflict, RelationshipChangeKind.Formed);
        Assert.Empty(With(sanctions, Conflict("2022-06-01")).Tolerated(Russia));

        // A conflict only after the window does not answer the act; one that may have begun within it only may.
        var later = Assert.Single(With(sanctions, Conflict("2023-06-01")).Tolerated(Russia), t => t.Act == sanctions);
        Assert.Equal(Certainty.Certain, later.Certainty);
        var perhaps = Assert.Single(With(sanctions, Conflict("2022")).Tolerated(Russia), t => t.Act == sanctions);
        Assert.Equal(Certainty.Possible, perhaps.Certainty);
    }

    [Fact]
    public void Arms_an_enemy_at_war_with_the_actor_sends_to_a_third_party_are_part_of_the_war()
    {
        var chronicle = With(
            War,
            new RelationshipChange("other-war", Day(2022, 1, 1), Cited("2022"), Ukraine, Belarus, RelationshipKind.War, RelationshipChangeKind.Formed),
            new ArmsTransfer("russia-arms-belarus", On("2023-01"), Cited("2023"), Russia, Belarus),
            new ArmsTransfer("serbia-arms-belarus", On("2023-01"), Cited("2023"), Serbia, Belarus));
        Assert.Equal(["serbia-arms-belarus"], chronicle.Tolerated(Ukraine).Select(t => t.Act).Ids());
    }

    [Fact]
    public void An_enmity_that_may_have_begun_after_the_act_is_only_possible()
    {
        var chronicle = With(new RelationshipChange("conflict", On("2023"), Cited("2023"), Russia, Ukraine, RelationshipKind.Conflict, RelationshipChangeKind.Formed), Shells);
        Assert.Equal(Certainty.Possible, Assert.Single(chronicle.Tolerated(Russia)).Certainty);
    }

    [Fact]
    public void A_view_cut_off_before_the_window_ends_is_only_possible()
    {
        var chronicle = With(War, Shells);
        Assert.Equal(Certainty.Certain, Assert.Single(chronicle.Tolerated(Russia)).Certainty);
        Assert.Equal(Certainty.Possible, Assert.Single(chronicle.AsKnownAt(Day(2023, 3, 1)).Tolerated(Russia)).Certainty);
    }

    [Fact]
    public void The_period_selects_acts()
    {
        var chronicle = With(War, Shells);
        Assert.Empty(chronicle.Tolerated(Russia, Between(Day(2024, 1, 1), Day(2024, 12, 31))));
        Assert.Single(chronicle.Tolerated(Russia, Between(Day(2023, 1, 15), Day(2023, 1, 15))));
    }

    [Fact]
    public void The_window_must_be_a_non_negative_date_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceOptions { Window = Period.FromDays(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceOptions { Window = Period.FromHours(5) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceOptions { Window = Period.FromYears(200) });
        Assert.Equal(Period.FromDays(180), ToleranceOptions.Default.Window);
    }

    [Fact]
    public void A_window_too_long_for_the_calendar_is_refused_as_any_window_over_a_hundred_years()
    {
        foreach (var window in new[] { Period.FromYears(9000), Period.FromDays(int.MaxValue), Period.FromMonths(int.MaxValue), Period.FromWeeks(int.MaxValue) })
        {
            var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceOptions { Window = window });
            Assert.Equal(nameof(ToleranceOptions.Window), refused.ParamName);
        }
    }

    [Fact]
    public void Israel_recorded_no_reaction_to_being_traded_away()
    {
        var act = Assert.Single(Article.Tolerated(Israel));
        Assert.Equal(("russia-ends-israel-partnership", Russia, Hostility.Direct), (act.Act.Id.Value, act.Doer, act.Hostility));
    }

    [Fact]
    public void Nothing_hostile_gives_an_empty_answer()
    {
        Assert.Empty(Article.Tolerated(Belarus));
        Assert.Empty(Article.Tolerated("nobody-known"));
    }
}
