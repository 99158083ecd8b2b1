using NodaTime;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>
/// Changes whose dates leave their order open (a lift dated "2018" and an imposition dated 1 August 2018) are
/// replayed in the order that makes sense, and an answer that depends on the order is only possible.
/// </summary>
public class OpenOrderTests
{
    private static readonly ActorId Sweden = "SWE";
    private static readonly ActorId Pat = "pat";

    [Fact]
    public void A_lift_dated_by_year_ends_an_imposition_dated_by_day_within_that_year()
    {
        var chronicle = With(
            new SanctionsAction("impose", Day(2018, 8, 1), Cited(), UnitedStates, Serbia, SanctionsActionKind.Impose) { Measures = ["asset-freeze"] },
            new SanctionsAction("lift", On("2018"), Cited(), UnitedStates, Serbia, SanctionsActionKind.Lift));

        var after = chronicle.SanctionsStance(UnitedStates, Serbia, Day(2019, 1, 1));
        var during = chronicle.SanctionsStance(UnitedStates, Serbia, Day(2018, 9, 1));
        var spells = chronicle.SanctionsSpells(UnitedStates, Serbia);

        Assert.Equal((SanctionsPosture.Lifted, Certainty.Certain), (after.Posture, after.Certainty));
        Assert.Empty(after.Measures);
        Assert.Equal((SanctionsPosture.Lifted, Certainty.Possible), (during.Posture, during.Certainty));
        Assert.Equal([SanctionsPosture.Imposing, SanctionsPosture.Lifted], spells.Select(s => s.Posture));
        Assert.Equal(["impose"], spells[0].Actions.Ids());
    }

    [Fact]
    public void Where_either_order_makes_sense_and_they_disagree_the_stance_is_possible()
    {
        var chronicle = With(
            new SanctionsAction("impose", On("2018"), Cited(), UnitedStates, Serbia, SanctionsActionKind.Impose),
            new SanctionsAction("refuse", Day(2018, 6, 1), Cited(), UnitedStates, Serbia, SanctionsActionKind.Refuse));

        var stance = chronicle.SanctionsStance(UnitedStates, Serbia, Day(2019, 1, 1));

        Assert.Equal(Certainty.Possible, stance.Certainty);
    }

    [Fact]
    public void Where_the_order_does_not_change_the_answer_the_stance_stays_certain()
    {
        var chronicle = With(
            new SanctionsAction("impose-a", On("2018"), Cited(), UnitedStates, Serbia, SanctionsActionKind.Impose) { Measures = ["a"] },
            new SanctionsAction("impose-b", Day(2018, 6, 1), Cited(), UnitedStates, Serbia, SanctionsActionKind.Impose) { Measures = ["b"] });

        var stance = chronicle.SanctionsStance(UnitedStates, Serbia, Day(2019, 1, 1));

        Assert.Equal((SanctionsPosture.Imposing, Certainty.Certain), (stance.Posture, stance.Certainty));
        Assert.Equal(["a", "b"], stance.Measures.Order());
    }

    [Fact]
    public void A_departure_dated_by_year_follows_a_joining_dated_by_day_within_it()
    {
        var chronicle = WithActors(
            [new State(Sweden, "Sweden")],
            new MembershipChange("swe-joins", Day(2019, 5, 20), Cited(), Sweden, Csto, MembershipChangeKind.Joined),
            new MembershipChange("swe-leaves", On("2019"), Cited(), Sweden, Csto, MembershipChangeKind.Left));

        var spell = Assert.Single(chronicle.MembershipSpells(Csto), s => s.Member == Sweden);

        Assert.DoesNotContain(chronicle.MembersOf(Csto, Day(2020, 2, 1)), m => m.Member == Sweden);
        Assert.Equal((On("2019-05-20"), (FuzzyDate?)On("2019")), (spell.Since, spell.Until));
    }

    [Theory]
    [InlineData("a-suspended", "b-left")]
    [InlineData("b-suspended", "a-left")]
    public void A_member_suspended_and_leaving_on_the_same_day_has_left_whatever_the_ids(string suspendedId, string leftId)
    {
        var chronicle = WithActors(
            [new State(Sweden, "Sweden")],
            new MembershipChange("swe-joins", Day(2021, 1, 1), Cited(), Sweden, Csto, MembershipChangeKind.Joined),
            new MembershipChange(suspendedId, Day(2022, 4, 7), Cited(), Sweden, Csto, MembershipChangeKind.Suspended),
            new MembershipChange(leftId, Day(2022, 4, 7), Cited(), Sweden, Csto, MembershipChangeKind.Left));

        var spells = chronicle.MembershipSpells(Csto).Where(s => s.Member == Sweden).ToArray();

        Assert.DoesNotContain(chronicle.MembersOf(Csto, Day(2022, 4, 8)), m => m.Member == Sweden);
        Assert.Equal([false, true], spells.Select(s => s.IsSuspended));
        Assert.Equal((FuzzyDate?)On("2022-04-07"), spells[^1].Until);
    }

    [Fact]
    public void A_removal_dated_by_year_after_an_appointment_within_it_is_valid_and_ends_the_office()
    {
        var chronicle = WithActors(
            [new Person(Pat, "Pat") { Nationality = Serbia }],
            new OfficeChange("pat-in", Day(2018, 7, 10), Cited(), Pat, "Minister", OfficeChangeKind.Appointed) { Body = SerbianGovernment },
            new OfficeChange("pat-out", On("2018"), Cited(), Pat, "Minister", OfficeChangeKind.Removed) { Body = SerbianGovernment });

        var spell = Assert.Single(chronicle.OfficeSpells(Pat));

        Assert.Empty(chronicle.RoleOf(Pat, Day(2019, 1, 1)));
        var during = Assert.Single(chronicle.RoleOf(Pat, Day(2018, 9, 1)));
        Assert.Equal((Certainty.Possible, "Minister"), (during.Certainty, during.Office));
        Assert.Equal((On("2018-07-10"), (FuzzyDate?)On("2018")), (spell.Since, spell.Until));
    }

    [Fact]
    public void A_removal_certainly_before_the_appointment_is_still_rejected()
    {
        var problem = Assert.Throws<ChronicleValidationException>(() => WithActors(
            [new Person(Pat, "Pat") { Nationality = Serbia }],
            new OfficeChange("pat-in", Day(2018, 7, 10), Cited(), Pat, "Minister", OfficeChangeKind.Appointed),
            new OfficeChange("pat-out", On("2017"), Cited(), Pat, "Minister", OfficeChangeKind.Removed)));

        Assert.Contains(problem.Problems, p => p.Kind == ChronicleProblemKind.OutOfOrder && p.Subject.Contains("pat-out", StringComparison.Ordinal));
    }
}
