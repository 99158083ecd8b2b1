using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.ArmsFlows"/>.</summary>
internal static class ArmsFlowsQuery
{
    public static IReadOnlyList<ArmsRoute> ArmsFlows(Chronicle chronicle, ActorId origin, ActorId endUser, DateInterval? period = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(origin, nameof(origin));
        QueryReads.CheckActor(endUser, nameof(endUser));
        var suppliers = new List<ActorId> { origin };
        suppliers.AddRange(chronicle.Index.BasedIn(origin).Select(o => o.Id));
        var starts = suppliers
            .SelectMany(s => chronicle.Involving<ArmsTransfer>(EventKind.ArmsTransfer, s, period).Where(t => t.Supplier == s))
            .DistinctBy(t => t.Id)
            .ToDictionary(t => t.Id);
        var endUsers = Affiliation.EndUsers(chronicle, endUser);

        var routes = new Dictionary<IReadOnlyList<ActorId>, (List<ArmsTransfer> First, List<ArmsTransfer> All)>();
        var order = new List<IReadOnlyList<ActorId>>();
        foreach (var start in starts.Values.InTimelineOrder().Cast<ArmsTransfer>())
        {
            if (start.Continues is { } previous && starts.ContainsKey(previous))
            {
                continue; // its goods are already followed from the origin's earlier transfer
            }

            foreach (var chain in ArmsChains.From(chronicle, start))
            {
                if (chain.Route.Count < 2 || !endUsers.Contains(chain.Route[^1]))
                {
                    continue;
                }

                if (!routes.TryGetValue(chain.Route, out var found))
                {
                    routes.Add(chain.Route, found = ([], []));
                    order.Add(chain.Route);
                }

                if (!found.First.Contains(start))
                {
                    found.First.Add(start);
                }

                found.All.AddRange(chain.Transfers);
            }
        }

        return order.Select(route =>
        {
            var (first, all) = routes[route];
            var transfers = all.InTimelineOrder();
            return new ArmsRoute(route)
            {
                Quantities = SumQuantities(first.SelectMany(t => ItemsLeaving(chronicle, t))),
                Values = SumValues(first),
                Transfers = transfers.Cast<ArmsTransfer>().ToArray(),
                Evidence = transfers,
            };
        }).ToArray();
    }

    /// <summary>
    /// The items that left the origin with a route's first transfer: its own; for a re-export that names none (it
    /// continues a transfer from elsewhere), those of the goods it passes on, from the nearest visible transfer up its
    /// chain that names some, without their quantities, since how much of them was passed on is not stated.
    /// </summary>
    private static IEnumerable<ArmsItem> ItemsLeaving(Chronicle chronicle, ArmsTransfer transfer)
    {
        if (transfer.Items.Count > 0)
        {
            return transfer.Items;
        }

        var seen = new HashSet<EventId> { transfer.Id };
        for (var t = ArmsChains.Continued(chronicle, transfer); t is not null && seen.Add(t.Id); t = ArmsChains.Continued(chronicle, t))
        {
            if (t.Items.Count > 0)
            {
                return t.Items.Select(i => i with { Quantity = null, IsApproximate = false });
            }
        }

        return [];
    }

    private static ArmsQuantity[] SumQuantities(IEnumerable<ArmsItem> items) =>
        items
            .GroupBy(i => i.Category)
            .OrderBy(g => g.Key)
            .Select(g => new ArmsQuantity(g.Key, g.Sum(i => i.Quantity ?? 0))
            {
                IsApproximate = g.Any(i => i.IsApproximate && i.Quantity is not null),
                IsLowerBound = g.Any(i => i.Quantity is null),
            })
            .ToArray();

    private static Money[] SumValues(IEnumerable<ArmsTransfer> transfers) =>
        transfers.Select(t => t.Value).OfType<Money>()
            .GroupBy(m => m.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Aggregate((a, b) => a + b))
            .ToArray();
}
