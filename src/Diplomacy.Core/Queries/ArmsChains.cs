namespace Diplomacy;

/// <summary>One way a transfer's goods went on: the transfers in order and the route they make together.</summary>
/// <param name="Transfers">The first transfer, then each one that continues the one before.</param>
/// <param name="Route">The joined route, origin first.</param>
internal sealed record ArmsChain(IReadOnlyList<ArmsTransfer> Transfers, IReadOnlyList<ActorId> Route);

/// <summary>
/// Joins transfers into chains through <see cref="ArmsTransfer.Continues"/>. A transfer's own route is its supplier,
/// recipient, intermediaries and stated end user. A transfer that continues it takes the goods on from its supplier:
/// the route is cut after the last place that supplier appears on it and the continuing transfer's route, from its
/// recipient on, is appended; when the supplier does not appear, the route is kept whole and the continuing transfer's
/// whole route, its supplier first, is appended. A transfer with several continuations starts
/// several chains; one with none ends its chain. Only transfers visible in the chronicle are followed; cycles are cut.
/// </summary>
internal static class ArmsChains
{
    /// <summary>Every maximal chain that starts with <paramref name="first"/>. O(log n + d) for d onward transfers.</summary>
    public static List<ArmsChain> From(Chronicle chronicle, ArmsTransfer first)
    {
        var chains = new List<ArmsChain>();
        Walk(chronicle.Index, [first], [.. first.Route], chains);
        return chains;
    }

    /// <summary>The visible transfer that <paramref name="t"/> continues, or null.</summary>
    public static ArmsTransfer? Continued(Chronicle chronicle, ArmsTransfer t) =>
        t.Continues is { } previous && chronicle.TryGetEvent(previous, out var e) ? e as ArmsTransfer : null;

    private static void Walk(IEventIndex index, List<ArmsTransfer> path, List<ActorId> route, List<ArmsChain> chains)
    {
        var last = path[^1];
        var next = index.ContinuationsOf(last.Id).Where(onward => !path.Exists(t => t.Id == onward.Id)).ToList();

        if (next.Count == 0)
        {
            chains.Add(new ArmsChain(ValueList<ArmsTransfer>.From(path), ValueList<ActorId>.From(route)));
            return;
        }

        foreach (var onward in next)
        {
            path.Add(onward);
            Walk(index, path, Join(route, onward), chains);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static List<ActorId> Join(List<ActorId> route, ArmsTransfer onward)
    {
        var cut = route.LastIndexOf(onward.Supplier);
        var joined = cut >= 0 ? route.GetRange(0, cut + 1) : [.. route];
        foreach (var actor in cut >= 0 ? onward.Route.Skip(1) : onward.Route)
        {
            if (joined[^1] != actor)
            {
                joined.Add(actor);
            }
        }

        return joined;
    }
}
