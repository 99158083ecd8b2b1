using NodaTime;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>The article's questions, asked of the article fixture.</summary>
public class ArticleQueryTests
{
    [Fact]
    public void Russia_traded_Israel_and_South_Korea_for_materiel()
    {
        var trades = Article.TradeOffs(Russia, ConsiderationKind.Materiel);
        Assert.Equal([(Israel, (ActorId?)Iran), (SouthKorea, NorthKorea)], trades.Select(t => (t.Partner, t.Gained.From)).OrderBy(t => t.Partner));
        Assert.All(trades, t => Assert.Equal(ConsiderationKind.Materiel, t.Gained.Kind));
    }

    [Fact]
    public void Russia_abandoned_Armenia_for_forces_which_shows_without_a_kind()
    {
        var trades = Article.TradeOffs(Russia);
        Assert.Equal([Armenia, Israel, SouthKorea], trades.Select(t => t.Partner).Order());
        var armenia = Assert.Single(trades, t => t.Partner == Armenia);
        Assert.Equal(ConsiderationKind.Forces, armenia.Gained.Kind);
        Assert.Equal(RelationshipChangeKind.Abandoned, armenia.Change);
        Assert.Equal(["russia-abandons-armenia"], armenia.Evidence.Ids());
    }

    [Fact]
    public void Serbia_refuses_to_sanction_Russia_on_the_day_of_the_article()
    {
        var stance = Article.SanctionsStance(Serbia, Russia, ArticleDay);
        Assert.Equal(SanctionsPosture.Refusing, stance.Posture);
        Assert.Equal(On("2022-03"), stance.Since);
        Assert.Equal(Certainty.Certain, stance.Certainty);
        Assert.Equal(["serbia-refuses-sanctions", "serbia-still-refuses"], stance.Evidence.Ids());
    }

    [Fact]
    public void The_US_sanctions_Vulin_from_July_2023()
    {
        var august = Article.SanctionsStance(UnitedStates, Vulin, Day(2023, 8, 15));
        Assert.Equal(SanctionsPosture.Imposing, august.Posture);
        Assert.Equal(["asset freeze"], august.Measures);
        Assert.Equal(Certainty.Certain, august.Certainty);

        var may = Article.SanctionsStance(UnitedStates, Vulin, Day(2023, 5, 1));
        Assert.Equal(SanctionsPosture.None, may.Posture);
        Assert.Null(may.Since);
        Assert.Empty(may.Evidence);
    }

    [Fact]
    public void Mid_July_2023_the_US_stance_on_Vulin_is_only_possible()
    {
        var stance = Article.SanctionsStance(UnitedStates, Vulin, Day(2023, 7, 15));
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Equal(Certainty.Possible, stance.Certainty);
    }

    [Fact]
    public void Serbian_arms_reached_Ukraine_via_the_US_and_via_the_Czech_Republic()
    {
        var routes = Article.ArmsFlows(Serbia, Ukraine);
        // Both first transfers share a date; the timeline then orders by id.
        Assert.Equal(
            [[Serbia, Czechia, Ukraine], [Serbia, UnitedStates, Ukraine]],
            routes.Select(r => r.Actors.ToArray()));
        var viaCzechia = routes[0];
        Assert.Equal(["arms-via-czechia", "czechia-passes-on"], viaCzechia.Transfers.Ids());
        Assert.Equal([Czechia], viaCzechia.Via);
        Assert.Equal(WeaponCategory.Ammunition, Assert.Single(viaCzechia.Quantities).Category);
    }

    [Fact]
    public void SIPRI_counts_and_Yugoimport_rounds_are_routes_to_the_US()
    {
        var routes = Article.ArmsFlows(Serbia, UnitedStates);
        Assert.Equal([[Serbia, UnitedStates], [Yugoimport, UnitedStates]], routes.Select(r => r.Actors.ToArray()));
        Assert.Equal(
            [(WeaponCategory.Artillery, 267L), (WeaponCategory.Rockets, 3_200L), (WeaponCategory.ArmouredVehicles, 5L)],
            routes[0].Quantities.Select(q => (q.Category, q.Quantity)));
        var rounds = Assert.Single(routes[1].Quantities);
        Assert.Equal(16_000_000, rounds.Quantity);
        Assert.True(rounds.IsApproximate);
    }

    [Fact]
    public void Russias_reactions_to_the_Serbian_arms_include_no_criticism()
    {
        var reactions = Article.ReactionsTo(Russia, EventSet.Of(SerbianArmsToUkraine));
        Assert.Equal(
            ["russia-promises-inquiry", "peskov-our-serbian-friends", "zakharova-silent", "grushko-silent"],
            reactions.Select(r => r.Statement.Id.Value));
        Assert.DoesNotContain(reactions, r => r.Tone.IsHostile());
        Assert.Contains(reactions, r => r.Tone == ReactionTone.Silent);
        Assert.Equal("our Serbian friends", reactions.Single(r => r.Speaker == Peskov).Quote);
        Assert.All(reactions, r => Assert.Equal(Certainty.Certain, r.Certainty));
    }

    [Fact]
    public void Reactions_can_be_asked_about_the_routes_ArmsFlows_found()
    {
        var transfers = Article.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Select(t => t.Id);
        var byRoute = Article.ReactionsTo(Russia, EventSet.Of(transfers));
        var byPredicate = Article.ReactionsTo(Russia, EventSet.Where(e => e is ArmsTransfer { Supplier.Value: "SRB" } or ArmsTransfer { Supplier.Value: "CZE" }));
        Assert.Equal(byRoute.Select(r => r.Statement.Id), byPredicate.Select(r => r.Statement.Id));
    }

    [Fact]
    public void A_reaction_carries_the_report_it_answered_back_to_the_transfers()
    {
        var peskov = Article.ReactionsTo(Russia, EventSet.Of(SerbianArmsToUkraine)).Single(r => r.Speaker == Peskov);
        Assert.Equal(SerbianArmsToUkraine.Select(id => id.Value).Order(), peskov.RespondsTo.Ids().Order());
        Assert.Contains(peskov.Evidence, e => e.Id == "peskov-our-serbian-friends");
        Assert.Contains(peskov.Citations, c => c.Source == BalkanInsight);
    }

    [Fact]
    public void Before_the_first_leak_Russia_had_nothing_to_react_to()
    {
        var before = Article.AsKnownAt(Day(2023, 3, 31));
        Assert.Empty(before.ReactionsTo(Russia, EventSet.Of(SerbianArmsToUkraine)));
        Assert.Empty(before.Tolerated(Russia));
        Assert.Empty(before.ArmsFlows(Serbia, Ukraine));
    }

    [Fact]
    public void Russia_tolerated_the_Serbian_arms()
    {
        var tolerated = Article.Tolerated(Russia);
        Assert.Equal(["arms-via-czechia", "arms-via-usa", "czechia-passes-on"], tolerated.Select(t => t.Act.Id.Value));
        Assert.All(tolerated, t =>
        {
            Assert.Equal(Hostility.ArmingEnemy, t.Hostility);
            Assert.Equal(Ukraine, t.Enemy);
            Assert.False(t.StrongestReaction?.Tone.IsHostile() ?? false);
        });
        Assert.Equal([Serbia, Serbia, Czechia], tolerated.Select(t => t.Doer));
        var viaUsa = tolerated[1];
        Assert.Equal((ReactionTone.Evasive, (ReactionReading?)ReactionReading.Response), (viaUsa.StrongestReaction?.Tone, viaUsa.StrongestReading));
        Assert.Contains(viaUsa.Evidence, e => e.Id == "russia-invades-ukraine");
    }

    [Fact]
    public void Serbia_toward_Russia_warm_words_hostile_deeds()
    {
        var divergence = Article.Divergence(Serbia, Russia);
        Assert.True(divergence.VerbalScore > 0);
        Assert.True(divergence.MaterialScore < 0);
        Assert.True(divergence.Gap > 0);
        Assert.Contains(divergence.Verbal, s => s.Event.Id == "serbia-refuses-sanctions" && s.QuadClass == QuadClass.VerbalCooperation);
        Assert.Contains(divergence.Verbal, s => s.Event.Id == "vulin-flatters-moscow");
        Assert.Equal(["arms-via-czechia", "arms-via-usa"], divergence.Material.Select(s => s.Event).Ids());
        Assert.All(divergence.Material, s => Assert.Equal(Ukraine, s.Enemy));
        Assert.Equal(-7.4, divergence.MaterialScore!.Value, 6);
    }

    [Fact]
    public void Vulin_met_Russian_security_chiefs_while_he_held_no_office()
    {
        var period = Between(Day(2023, 11, 1), Day(2024, 5, 31));
        var channels = Article.Contacts(Serbia, Russia, period);
        var flagged = channels.Where(c => c.WithoutOffice > 0).ToArray();
        Assert.Equal(
            [(Vulin, Patrushev, 2), (Vulin, Naryshkin, 2), (Vulin, Bortnikov, 1)],
            flagged.Select(c => (c.Person, c.Counterpart, c.Count)));
        Assert.All(flagged, c => Assert.All(c.Meetings, m =>
        {
            Assert.True(m.PersonHeldNoOffice);
            Assert.False(m.CounterpartHeldNoOffice);
            Assert.Equal(Certainty.Certain, m.Certainty);
        }));
        Assert.All(flagged, c => Assert.Equal([new Place("Moscow", Russia)], c.Places));
        Assert.Contains(flagged[0].Evidence, e => e.Id == "vulin-leaves-bia");
        Assert.Contains(flagged[0].Evidence, e => e.Id == "vulin-deputy-prime-minister");
    }

    [Fact]
    public void Vulin_met_Shoigu_and_Kolokoltsev_in_office()
    {
        var channels = Article.Contacts(Serbia, Russia);
        var inOffice = channels.Where(c => c.Counterpart == Shoigu || c.Counterpart == Kolokoltsev).ToArray();
        Assert.Equal(2, inOffice.Length);
        Assert.All(inOffice, c => Assert.Equal(0, c.WithoutOffice));
        Assert.All(inOffice, c => Assert.Equal(Certainty.Certain, Assert.Single(c.Meetings).Certainty));
    }

    [Fact]
    public void Vulin_held_no_office_between_November_and_May()
    {
        Assert.Empty(Article.RoleOf(Vulin, Day(2024, 1, 15)));
        var bia = Assert.Single(Article.RoleOf(Vulin, Day(2023, 6, 1)));
        Assert.Equal("Director of the Security Intelligence Agency", bia.Office);
        Assert.Equal(Bia, bia.Body);
        Assert.Equal(On("2023-11"), bia.Until);
        Assert.Equal(Certainty.Certain, bia.Certainty);
        Assert.Equal("Deputy Prime Minister", Assert.Single(Article.RoleOf(Vulin, ArticleDay)).Office);
    }

    [Fact]
    public void Armenia_is_a_suspended_member_of_CSTO_at_the_article()
    {
        var members = Article.MembersOf(Csto, ArticleDay);
        Assert.Equal([Armenia, Belarus, Russia], members.Select(m => m.Member));
        Assert.True(members[0].IsSuspended);
        Assert.False(members[2].IsSuspended);
        Assert.All(members, m => Assert.Equal(Certainty.Certain, m.Certainty));
    }

    [Fact]
    public void The_Serbia_Russia_timeline_of_verbal_cooperation()
    {
        var timeline = Article.Timeline(new TimelineFilter { Actor = Serbia, Counterpart = Russia, QuadClass = QuadClass.VerbalCooperation });
        Assert.Equal(["serbia-refuses-sanctions", "russia-promises-inquiry", "serbia-still-refuses"], timeline.Ids());
    }
}
