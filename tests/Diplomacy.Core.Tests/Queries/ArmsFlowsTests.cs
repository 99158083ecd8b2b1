using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class ArmsFlowsTests
{
    private static ArmsTransfer Transfer(string id, string when, ActorId supplier, ActorId recipient) =>
        new(id, On(when), Cited(), supplier, recipient) { Terms = TransferTerms.Commercial };

    [Fact]
    public void Values_are_summed_per_currency_and_never_across_currencies()
    {
        var chronicle = With(
            Transfer("a", "2023-01", Serbia, UnitedStates) with { EndUser = Ukraine, Value = new Money(100m, "EUR") },
            Transfer("b", "2023-02", Serbia, UnitedStates) with { EndUser = Ukraine, Value = new Money(50m, "USD") },
            Transfer("c", "2023-03", Serbia, UnitedStates) with { EndUser = Ukraine, Value = new Money(25m, "EUR", isApproximate: true) });
        var route = Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine));
        Assert.Equal([new Money(125m, "EUR", isApproximate: true), new Money(50m, "USD")], route.Values);
    }

    [Fact]
    public void Quantities_are_summed_per_category_and_flag_missing_ones()
    {
        var chronicle = With(
            Transfer("a", "2023-01", Serbia, Ukraine) with { Items = [new ArmsItem(WeaponCategory.Ammunition, 1_000), new ArmsItem(WeaponCategory.Rockets, 10)] },
            Transfer("b", "2023-02", Serbia, Ukraine) with { Items = [new ArmsItem(WeaponCategory.Ammunition, 500) { IsApproximate = true }, new ArmsItem(WeaponCategory.Rockets)] });
        var route = Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine));
        Assert.Equal(
            [new ArmsQuantity(WeaponCategory.Rockets, 10) { IsLowerBound = true }, new ArmsQuantity(WeaponCategory.Ammunition, 1_500) { IsApproximate = true }],
            route.Quantities);
    }

    [Fact]
    public void Goods_passed_on_are_counted_once_from_the_origin()
    {
        var chronicle = With(
            Transfer("out", "2023-01", Serbia, Czechia) with { Items = [new ArmsItem(WeaponCategory.Ammunition, 100)], Value = new Money(10m, "EUR") },
            Transfer("on", "2023-06", Czechia, Ukraine) with { Continues = "out", Items = [new ArmsItem(WeaponCategory.Ammunition, 100)], Value = new Money(30m, "EUR") });
        var route = Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine));
        Assert.Equal([Serbia, Czechia, Ukraine], route.Actors);
        Assert.Equal(100, Assert.Single(route.Quantities).Quantity);
        Assert.Equal([new Money(10m, "EUR")], route.Values);
        Assert.Equal(["out", "on"], route.Transfers.Ids());
    }

    [Fact]
    public void A_re_export_naming_no_items_counts_the_goods_it_passes_on_as_a_lower_bound_on_the_intermediarys_route()
    {
        var chronicle = With(
            Transfer("vehicles", "2023-01", Czechia, Ukraine) with { Items = [new ArmsItem(WeaponCategory.ArmouredVehicles, 20)] },
            Transfer("shells-in", "2023-02", Serbia, Czechia) with { Items = [new ArmsItem(WeaponCategory.Ammunition, 1_000) { IsApproximate = true }] },
            Transfer("shells-on", "2023-06", Czechia, Ukraine) with { Continues = "shells-in" });
        var route = Assert.Single(chronicle.ArmsFlows(Czechia, Ukraine));
        Assert.Equal(["vehicles", "shells-on"], route.Transfers.Ids());
        Assert.Equal(
            [new ArmsQuantity(WeaponCategory.Ammunition, 0) { IsLowerBound = true }, new ArmsQuantity(WeaponCategory.ArmouredVehicles, 20)],
            route.Quantities);

        // From the origin, the goods are counted once, as they left it.
        Assert.Equal([new ArmsQuantity(WeaponCategory.Ammunition, 1_000) { IsApproximate = true }], Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine)).Quantities);
    }

    [Fact]
    public void A_transfer_passed_on_to_two_end_users_makes_two_routes()
    {
        var chronicle = With(
            Transfer("out", "2023-01", Serbia, UnitedStates),
            Transfer("to-ukraine", "2023-06", UnitedStates, Ukraine) with { Continues = "out" },
            Transfer("to-israel", "2023-07", UnitedStates, Israel) with { Continues = "out" });
        Assert.Equal([Serbia, UnitedStates, Ukraine], Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine)).Actors);
        Assert.Equal([Serbia, UnitedStates, Israel], Assert.Single(chronicle.ArmsFlows(Serbia, Israel)).Actors);
        Assert.Empty(chronicle.ArmsFlows(Serbia, UnitedStates));
    }

    [Fact]
    public void Intermediaries_and_a_stated_end_user_make_the_route()
    {
        var chronicle = With(Transfer("a", "2023", Serbia, UnitedStates) with { Intermediaries = [Czechia], EndUser = Ukraine });
        var route = Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine));
        Assert.Equal([Serbia, UnitedStates, Czechia, Ukraine], route.Actors);
        Assert.Equal([UnitedStates, Czechia], route.Via);
    }

    [Fact]
    public void An_onward_supplier_not_on_the_route_is_appended_after_it()
    {
        var chronicle = With(
            Transfer("out", "2023-01", Serbia, UnitedStates),
            Transfer("on", "2023-06", Czechia, Ukraine) with { Continues = "out" });
        Assert.Equal([Serbia, UnitedStates, Czechia, Ukraine], Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine)).Actors);
    }

    [Fact]
    public void The_period_selects_by_the_transfer_that_left_the_origin()
    {
        var chronicle = With(
            Transfer("out", "2022-12", Serbia, Czechia),
            Transfer("on", "2023-06", Czechia, Ukraine) with { Continues = "out" });
        Assert.Single(chronicle.ArmsFlows(Serbia, Ukraine, Between(Day(2022, 12, 1), Day(2022, 12, 31))));
        Assert.Empty(chronicle.ArmsFlows(Serbia, Ukraine, Between(Day(2023, 6, 1), Day(2023, 6, 30))));
        Assert.Equal([Czechia, Ukraine], Assert.Single(chronicle.ArmsFlows(Czechia, Ukraine)).Actors);
    }

    [Fact]
    public void Transfers_that_continue_each_other_in_a_loop_end_the_chain()
    {
        var chronicle = With(
            Transfer("a", "2023-01", Serbia, Czechia) with { Continues = "b" },
            Transfer("b", "2023-02", Czechia, Serbia) with { Continues = "a" });
        Assert.Equal([Serbia, Czechia, Serbia], Assert.Single(chronicle.ArmsFlows(Serbia, Serbia)).Actors);
    }

    [Fact]
    public void A_view_hides_the_onward_transfers_it_does_not_know()
    {
        var known = Article.AsKnownAt(Day(2023, 6, 1)).ArmsFlows(Serbia, Ukraine);
        Assert.Equal([Serbia, UnitedStates, Ukraine], Assert.Single(known).Actors);
    }

    [Fact]
    public void Arms_delivered_to_a_states_official_body_reach_the_state()
    {
        ActorId dealer = "russian-arms-dealer";
        var chronicle = WithActors(
            [new Organization(dealer, "A private Russian arms dealer", OrganizationKind.Company, Russia)],
            Transfer("to-ministry", "2023-01", Serbia, InteriorMinistry) with { Items = [new ArmsItem(WeaponCategory.Ammunition, 100)] },
            Transfer("via-embassy", "2023-02", Serbia, RussianEmbassy) with { Intermediaries = [Svr] },
            Transfer("to-minister", "2023-03", Serbia, Shoigu),
            Transfer("to-dealer", "2023-04", Serbia, dealer),
            Transfer("to-state", "2023-05", Serbia, Russia));
        var routes = chronicle.ArmsFlows(Serbia, Russia);
        Assert.Equal(
            [[Serbia, InteriorMinistry], [Serbia, RussianEmbassy, Svr], [Serbia, Russia]],
            routes.Select(r => r.Actors.ToArray()));
        Assert.Equal(["to-ministry"], Assert.Single(chronicle.ArmsFlows(Serbia, InteriorMinistry)).Transfers.Ids());

        // Persons (a minister, a national) and private companies based in the state are not its end users.
        Assert.DoesNotContain(routes, r => r.Actors[^1] == Shoigu || r.Actors[^1] == dealer);
    }

    [Fact]
    public void No_route_gives_an_empty_answer()
    {
        Assert.Empty(Article.ArmsFlows(Russia, Ukraine));
        Assert.Empty(Article.ArmsFlows(Serbia, Russia));
    }
}
