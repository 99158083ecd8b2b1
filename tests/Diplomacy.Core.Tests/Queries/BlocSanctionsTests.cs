using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class BlocSanctionsTests
{
    private static readonly ActorId Eu = "eu";
    private static readonly ActorId Croatia = "HRV";
    private static readonly SanctionsStanceOptions WithBlocs = new() { IncludeBlocs = true };

    private static readonly SanctionsAction EuSanctions = new("eu-sanctions-russia", Day(2022, 2, 25), Cited("2022-02-25"), Eu, Russia, SanctionsActionKind.Impose)
    {
        Measures = ["asset freeze"],
    };

    private static readonly Actor[] Bloc =
    [
        new Organization(Eu, "European Union", OrganizationKind.IntergovernmentalBody),
        new State(Croatia, "Croatia"),
    ];

    private static MembershipChange Joined(string id, ActorId member, string when) =>
        new(id, On(when), Cited(when), member, Eu, MembershipChangeKind.Joined);

    private static Chronicle Chronicle(params DiplomaticEvent[] extra) =>
        WithActors(Bloc, [EuSanctions, Joined("czechia-joins-eu", Czechia, "2004-05-01"), Joined("croatia-joins-eu", Croatia, "2013-07-01"), .. extra]);

    [Fact]
    public void A_bloc_sanction_binds_a_member_when_blocs_are_included()
    {
        var stance = Chronicle().SanctionsStance(Czechia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Equal(["asset freeze"], stance.Measures);
        Assert.Equal([Eu], stance.BoundBy);
        Assert.Equal(Certainty.Certain, stance.Certainty);
        Assert.Equal(Day(2022, 2, 25), stance.Since?.Earliest);
    }

    [Fact]
    public void The_bloc_act_and_the_membership_are_in_the_evidence()
    {
        var stance = Chronicle().SanctionsStance(Czechia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal(["czechia-joins-eu", "eu-sanctions-russia"], stance.Evidence.Ids());
        Assert.Equal(["eu-sanctions-russia"], stance.Actions.Ids());
    }

    [Fact]
    public void Without_the_option_a_member_has_only_its_own_stance()
    {
        var stance = Chronicle().SanctionsStance(Czechia, Russia, Day(2024, 7, 8));
        Assert.Equal(SanctionsPosture.None, stance.Posture);
        Assert.Empty(stance.BoundBy);
        Assert.Empty(stance.Evidence);
    }

    [Fact]
    public void A_member_that_joined_after_the_day_is_not_bound()
    {
        var stance = Chronicle().SanctionsStance(Croatia, Russia, Day(2013, 6, 30), WithBlocs);
        Assert.Equal(SanctionsPosture.None, stance.Posture);
        Assert.Empty(stance.BoundBy);
    }

    [Fact]
    public void A_member_that_joined_after_the_sanctions_is_bound_from_its_joining()
    {
        var chronicle = WithActors(Bloc, EuSanctions, Joined("croatia-joins-eu", Croatia, "2023-07-01"));
        var stance = chronicle.SanctionsStance(Croatia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal(Day(2023, 7, 1), stance.Since?.Earliest);
        Assert.Empty(chronicle.SanctionsStance(Croatia, Russia, Day(2023, 6, 30), WithBlocs).BoundBy);
    }

    [Fact]
    public void Since_is_the_start_of_the_bound_run_whatever_the_members_own_later_steps()
    {
        var chronicle = Chronicle(
            new SanctionsAction("czechia-imposes", Day(2023, 1, 10), Cited("2023-01"), Czechia, Russia, SanctionsActionKind.Impose) { Measures = ["visa ban"] },
            new SanctionsAction("czechia-refuses", Day(2023, 6, 1), Cited("2023-06"), Czechia, Russia, SanctionsActionKind.Refuse));
        Assert.Equal(
            [Day(2022, 2, 25), Day(2022, 2, 25), Day(2022, 2, 25)],
            new[] { Day(2022, 12, 1), Day(2023, 3, 1), Day(2023, 12, 1) }.Select(d => chronicle.SanctionsStance(Czechia, Russia, d, WithBlocs).Since?.Earliest));
    }

    [Fact]
    public void Since_reaches_back_through_the_members_own_imposition_that_the_bloc_continued()
    {
        var chronicle = WithActors(
            Bloc,
            EuSanctions,
            Joined("croatia-joins-eu", Croatia, "2013-07-01"),
            new SanctionsAction("croatia-imposes", Day(2020, 1, 10), Cited("2020-01"), Croatia, Russia, SanctionsActionKind.Impose) { Measures = ["visa ban"] },
            new SanctionsAction("croatia-refuses", Day(2023, 6, 1), Cited("2023-06"), Croatia, Russia, SanctionsActionKind.Refuse));
        var stance = chronicle.SanctionsStance(Croatia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal((SanctionsPosture.Imposing, Day(2020, 1, 10)), (stance.Posture, stance.Since?.Earliest));
    }

    [Fact]
    public void A_member_bound_again_after_a_suspension_is_bound_from_its_return()
    {
        var chronicle = Chronicle(
            new MembershipChange("czechia-suspended", Day(2023, 1, 1), Cited("2023-01"), Czechia, Eu, MembershipChangeKind.Suspended),
            new MembershipChange("czechia-resumes", Day(2023, 6, 1), Cited("2023-06"), Czechia, Eu, MembershipChangeKind.Resumed));
        Assert.Equal(Day(2023, 6, 1), chronicle.SanctionsStance(Czechia, Russia, Day(2024, 7, 8), WithBlocs).Since?.Earliest);
    }

    [Fact]
    public void The_members_own_open_order_does_not_unsettle_what_the_bloc_settles()
    {
        var chronicle = Chronicle(
            new SanctionsAction("czechia-refuses", On("2023"), Cited("2023"), Czechia, Russia, SanctionsActionKind.Refuse),
            new SanctionsAction("czechia-delays", Day(2023, 6, 1), Cited("2023-06"), Czechia, Russia, SanctionsActionKind.Delay));
        Assert.Equal(Certainty.Possible, chronicle.SanctionsStance(Czechia, Russia, Day(2024, 7, 8)).Certainty);
        var stance = chronicle.SanctionsStance(Czechia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal((SanctionsPosture.Imposing, Certainty.Certain), (stance.Posture, stance.Certainty));
        Assert.Equal(["asset freeze"], stance.Measures);
    }

    [Fact]
    public void A_member_step_that_may_add_measures_keeps_the_bound_answer_possible()
    {
        var chronicle = Chronicle(new SanctionsAction("czechia-imposes", On("2023-12"), Cited("2023-12"), Czechia, Russia, SanctionsActionKind.Impose) { Measures = ["visa ban"] });
        var stance = chronicle.SanctionsStance(Czechia, Russia, Day(2023, 12, 15), WithBlocs);
        Assert.Equal((SanctionsPosture.Imposing, Certainty.Possible), (stance.Posture, stance.Certainty));
        Assert.Equal(["visa ban", "asset freeze"], stance.Measures);
        Assert.Equal(Certainty.Certain, chronicle.SanctionsStance(Czechia, Russia, Day(2024, 1, 1), WithBlocs).Certainty);
    }

    [Fact]
    public void A_non_member_is_not_bound()
    {
        var stance = Chronicle().SanctionsStance(Serbia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal(SanctionsPosture.None, stance.Posture);
        Assert.Empty(stance.BoundBy);
    }

    [Fact]
    public void A_member_that_may_not_yet_have_joined_is_only_possibly_bound()
    {
        var chronicle = WithActors(Bloc, EuSanctions, Joined("croatia-joins-eu", Croatia, "2024-07"));
        var stance = chronicle.SanctionsStance(Croatia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Equal(Certainty.Possible, stance.Certainty);
    }

    [Fact]
    public void A_member_refusing_its_own_sanctions_is_still_bound_by_the_bloc_and_keeps_its_own_steps()
    {
        var refusal = new SanctionsAction("czechia-refuses", Day(2022, 3, 1), Cited("2022-03"), Czechia, Russia, SanctionsActionKind.Refuse);
        var stance = Chronicle(refusal).SanctionsStance(Czechia, Russia, Day(2024, 7, 8), WithBlocs);
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Equal(["eu-sanctions-russia", "czechia-refuses"], stance.Actions.Ids());
    }

    [Theory]
    [InlineData(SanctionsActionKind.Delay)]
    [InlineData(SanctionsActionKind.Refuse)]
    public void A_bloc_that_delays_or_refuses_more_still_binds_its_members_to_the_measures_it_keeps_in_force(SanctionsActionKind kind)
    {
        var more = new SanctionsAction("eu-holds-back-oil", Day(2022, 5, 4), Cited("2022-05-04"), Eu, Russia, kind) { Measures = ["oil embargo"] };
        var chronicle = Chronicle(more);

        var bloc = chronicle.SanctionsStance(Eu, Russia, Day(2022, 5, 15));
        var member = chronicle.SanctionsStance(Czechia, Russia, Day(2022, 5, 15), WithBlocs);

        Assert.Equal(["asset freeze"], bloc.Measures);
        Assert.Equal(SanctionsPosture.Imposing, member.Posture);
        Assert.Equal(["asset freeze"], member.Measures);
        Assert.Equal([Eu], member.BoundBy);
        Assert.Equal(Day(2022, 2, 25), member.Since?.Earliest);
    }

    [Fact]
    public void Members_of_the_bloc_on_the_day_are_those_bound()
    {
        Assert.Equal([Czechia], Chronicle().MembersOf(Eu, Day(2013, 6, 30)).Select(m => m.Member));
        Assert.Equal([Czechia, Croatia], Chronicle().MembersOf(Eu, Day(2024, 7, 8)).Select(m => m.Member));
    }
}
