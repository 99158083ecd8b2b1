using NodaTime;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class PositionSpellsTests
{
    [Fact]
    public void Repeated_refusals_make_one_sanctions_spell_from_the_first()
    {
        var spell = Assert.Single(Article.SanctionsSpells(Serbia, Russia));

        Assert.Equal((SanctionsPosture.Refusing, FuzzyDate.Parse("2022-03"), (FuzzyDate?)null), (spell.Posture, spell.Since, spell.Until));
        Assert.Equal(["serbia-refuses-sanctions", "serbia-still-refuses"], spell.Actions.Select(a => a.Id.Value));
    }

    [Fact]
    public void A_lift_naming_some_measures_keeps_the_spell_imposing_with_the_others()
    {
        var chronicle = Article.With(
            new SanctionsAction("us-sanctions-russia", new LocalDate(2022, 2, 24), Cited(), UnitedStates, Russia, SanctionsActionKind.Impose) { Measures = ["asset-freeze", "export-ban"] },
            new SanctionsAction("us-eases-russia", new LocalDate(2023, 3, 1), Cited(), UnitedStates, Russia, SanctionsActionKind.Lift) { Measures = ["export-ban"] });

        var spell = Assert.Single(chronicle.SanctionsSpells(UnitedStates, Russia));

        Assert.Equal((SanctionsPosture.Imposing, true), (spell.Posture, spell.InForce));
        Assert.Equal(["asset-freeze"], spell.Measures);
    }

    [Fact]
    public void Every_sanctions_spell_of_the_chronicle_is_that_of_its_pair()
    {
        var all = Article.SanctionsSpells();

        Assert.Equal(all.Count, all.Select(s => (s.Imposer, s.Target)).Distinct().Sum(p => Article.SanctionsSpells(p.Imposer, p.Target).Count));
    }

    [Fact]
    public void A_membership_spell_ends_where_the_next_state_begins()
    {
        var spells = Article.MembershipSpells(Csto).Where(s => s.Member == Armenia).ToArray();

        Assert.All(spells.Zip(spells.Skip(1)), pair => Assert.Equal(pair.Second.Since, pair.First.Until));
        Assert.Equal(Article.MembersOf(Csto, new LocalDate(2024, 7, 8)).Single(m => m.Member == Armenia).IsSuspended, spells[^1].IsSuspended);
    }

    [Fact]
    public void A_membership_spell_cites_the_change_that_ended_it_a_departure_too()
    {
        ActorId sweden = "SWE";
        var chronicle = WithActors(
            [new State(sweden, "Sweden")],
            new MembershipChange("swe-joins", Day(2019, 5, 20), Cited(), sweden, Csto, MembershipChangeKind.Joined),
            new MembershipChange("swe-suspended", Day(2021, 2, 1), Cited(), sweden, Csto, MembershipChangeKind.Suspended),
            new MembershipChange("swe-expelled", Day(2022, 3, 16), Cited(), sweden, Csto, MembershipChangeKind.Left));

        var spells = chronicle.MembershipSpells(Csto).Where(s => s.Member == sweden).ToArray();

        Assert.Equal(2, spells.Length);
        Assert.All(spells, s => Assert.Contains(s.Evidence, e => e.When == s.Until));
        Assert.Contains(spells[^1].Evidence, e => e.Id == "swe-expelled");
    }

    [Fact]
    public void Office_spells_hold_every_office_role_of_finds_on_a_day()
    {
        var day = new LocalDate(2023, 1, 15);

        var held = Article.RoleOf(Vulin, day).Select(o => o.Office);

        Assert.Subset(Article.OfficeSpells(Vulin).Select(o => o.Office).ToHashSet(), held.ToHashSet());
        Assert.Contains(Article.OfficeSpells(Vulin), o => o.Office == "Director of the Security Intelligence Agency" && o.Until is not null);
    }
}
