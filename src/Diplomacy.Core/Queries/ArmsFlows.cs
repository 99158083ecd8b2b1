using NodaTime;

namespace Diplomacy;

public static partial class ChronicleQueries
{
    /// <summary>
    /// The routes by which arms from <paramref name="origin"/> reached <paramref name="endUser"/>: each as the
    /// ordered chain of actors, with quantities summed per weapon category, values summed per currency, and the
    /// transfers behind it.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="origin">Where the arms came from: the actor, or any organisation based in it (its arms makers and exporters), as supplier.</param>
    /// <param name="endUser">Who the arms reached.</param>
    /// <param name="period">Only routes whose first transfer (the one leaving the origin) is in this period; null for all.</param>
    /// <returns>The routes, in the timeline order of the first transfer to take each.</returns>
    /// <remarks>
    /// <para><b>Joining chains.</b> A transfer's own route is supplier, recipient, intermediaries in order, then the
    /// stated end user. A transfer whose <see cref="ArmsTransfer.Continues"/> names another takes that one's goods on
    /// from its supplier: the joined route is the earlier route cut after the last place that supplier appears on it
    /// (kept whole if it does not appear), followed by the continuing transfer's recipient, intermediaries and end
    /// user. Chains follow every continuation to its end; a chain reaches the end user when its joined route ends
    /// there. So Serbia → Czech Republic continued by Czech Republic → Ukraine is the route Serbia, Czech Republic,
    /// Ukraine, as is one transfer Serbia → Czech Republic with Ukraine as stated end user.</para>
    /// <para><b>Sums.</b> What a route carried is what left the origin: the items and value of each chain's first
    /// transfer, counted once per route. Onward transfers pass the same goods on, so their items and values are not
    /// added again (they are listed in <see cref="ArmsRoute.Transfers"/>).</para>
    /// <para>Cost: O(log n + s + d) for the s transfers supplied by the origin and its organisations and the d
    /// transfers continuing them.</para>
    /// </remarks>
    /// <example><c>chronicle.ArmsFlows("SRB", "UKR")</c>: Serbia → United States → Ukraine and Serbia → Czech Republic → Ukraine.</example>
    public static IReadOnlyList<ArmsRoute> ArmsFlows(this Chronicle chronicle, ActorId origin, ActorId endUser, DateInterval? period = null)
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
                if (chain.Route.Count < 2 || chain.Route[^1] != endUser)
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
                Quantities = SumQuantities(first),
                Values = SumValues(first),
                Transfers = transfers.Cast<ArmsTransfer>().ToArray(),
                Evidence = transfers,
            };
        }).ToArray();
    }

    private static ArmsQuantity[] SumQuantities(IEnumerable<ArmsTransfer> transfers) =>
        transfers.SelectMany(t => t.Items)
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
