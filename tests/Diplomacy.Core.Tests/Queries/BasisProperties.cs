using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>Laws of <see cref="Chronicle.WithBasisAtLeast"/> and <see cref="QueryResult.WeakestBasis"/> on generated chronicles.</summary>
[Properties(Arbitrary = [typeof(BasisArbitraries)], MaxTest = 60)]
public class BasisProperties
{
    /// <summary>Generated chronicles (whose events and citations carry every basis) and bases.</summary>
    public static class BasisArbitraries
    {
        public static Arbitrary<Chronicle> Chronicles() => ModelGenerators.Chronicles(25).ToArbitrary();

        public static Arbitrary<EvidenceBasis> Bases() => Gen.Elements(Enum.GetValues<EvidenceBasis>()).ToArbitrary();
    }

    private static (Chronicle Weaker, Chronicle Stronger) Views(Chronicle chronicle, EvidenceBasis a, EvidenceBasis b) =>
        (chronicle.WithBasisAtLeast(a < b ? a : b), chronicle.WithBasisAtLeast(a < b ? b : a));

    private static bool IsSubset<T>(IEnumerable<T> smaller, IEnumerable<T> larger) => smaller.ToHashSet().IsSubsetOf(larger);

    [Property]
    public bool A_basis_view_shows_exactly_the_events_of_that_basis_or_stronger(Chronicle chronicle, EvidenceBasis minimum) =>
        chronicle.WithBasisAtLeast(minimum).Events.SequenceEqual(chronicle.Events.Where(e => e.Basis >= minimum));

    /// <summary>
    /// The answers that gather events (the timeline, trade-offs, arms routes and the transfers along them) only lose
    /// members when a stronger basis is required. Projections (a stance, an office) are recomputed from what is left
    /// and may change either way: without a reported removal, an appointment stands.
    /// </summary>
    [Property]
    public bool Requiring_a_stronger_basis_never_adds_to_an_answer(Chronicle chronicle, EvidenceBasis a, EvidenceBasis b)
    {
        var (weaker, stronger) = Views(chronicle, a, b);
        var actors = chronicle.Actors.Select(x => x.Id).Take(5).ToArray();
        if (!IsSubset(stronger.Timeline(), weaker.Timeline()))
        {
            return false;
        }

        foreach (var actor in actors)
        {
            if (!IsSubset(stronger.TradeOffs(actor), weaker.TradeOffs(actor))
                || !IsSubset(stronger.EventsInvolving(actor), weaker.EventsInvolving(actor)))
            {
                return false;
            }

            foreach (var other in actors)
            {
                var strongRoutes = stronger.ArmsFlows(actor, other);
                var weakRoutes = weaker.ArmsFlows(actor, other);
                if (!IsSubset(strongRoutes.SelectMany(r => r.Transfers), weakRoutes.SelectMany(r => r.Transfers))
                    || !IsSubset(strongRoutes.Select(r => string.Join(">", r.Actors)), weakRoutes.Select(r => string.Join(">", r.Actors))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    public bool An_answers_weakest_basis_is_that_of_one_of_its_evidence_events(Chronicle chronicle)
    {
        var day = chronicle.Events.Count == 0 ? new LocalDate(2024, 7, 8) : chronicle.Events[chronicle.Events.Count / 2].When.Latest;
        var actors = chronicle.Actors.Select(x => x.Id).Take(4).ToArray();
        var results = new List<QueryResult>();
        foreach (var actor in actors)
        {
            results.AddRange(chronicle.TradeOffs(actor));
            results.AddRange(chronicle.RoleOf(actor, day));
            results.AddRange(chronicle.MembersOf(actor, day));
            results.AddRange(chronicle.ReactionsTo(actor, EventSet.Where(_ => true)));
            results.AddRange(chronicle.Tolerated(actor));
            foreach (var other in actors)
            {
                results.Add(chronicle.SanctionsStance(actor, other, day));
                results.AddRange(chronicle.ArmsFlows(actor, other));
                results.AddRange(chronicle.Contacts(actor, other));
                if (actor != other)
                {
                    results.Add(chronicle.Divergence(actor, other));
                }
            }
        }

        return results.All(r => r.WeakestBasis is { } weakest
            ? r.Evidence.Any(e => e.Basis == weakest) && r.Evidence.All(e => e.Basis >= weakest)
            : r.Evidence.Count == 0);
    }

    [Property]
    public bool Basis_views_compose_with_the_two_times_in_either_order(Chronicle chronicle, EvidenceBasis minimum)
    {
        var day = chronicle.Events.Count == 0 ? new LocalDate(2024, 7, 8) : chronicle.Events[chronicle.Events.Count / 2].FirstKnown;
        return chronicle.AsKnownAt(day).WithBasisAtLeast(minimum).Events.SequenceEqual(chronicle.WithBasisAtLeast(minimum).AsKnownAt(day).Events)
            && chronicle.AsOf(day).WithBasisAtLeast(minimum).Events.SequenceEqual(chronicle.WithBasisAtLeast(minimum).AsOf(day).Events);
    }

    [Property]
    public bool The_stronger_of_two_minimums_wins(Chronicle chronicle, EvidenceBasis a, EvidenceBasis b) =>
        chronicle.WithBasisAtLeast(a).WithBasisAtLeast(b).Events.SequenceEqual(chronicle.WithBasisAtLeast(a > b ? a : b).Events);
}
