namespace Diplomacy;

/// <summary>
/// Follows what reactions and disclosures refer to: a reaction responds to the events in its
/// <see cref="PublicReaction.InResponseTo"/>, a disclosure is about the events in its <see cref="Disclosure.About"/>,
/// and so on back (Peskov answering the FT's report on the Serbian transfers answers the transfers). Only events
/// visible in the chronicle queried are followed; cycles are cut.
/// </summary>
internal sealed class ResponseGraph(Chronicle chronicle)
{
    private readonly Dictionary<EventId, EventId[]> _reached = [];

    /// <summary>The visible events that <paramref name="e"/> refers to, directly or through disclosures and reactions, each once.</summary>
    public IReadOnlyList<EventId> Reached(DiplomaticEvent e)
    {
        if (_reached.TryGetValue(e.Id, out var known))
        {
            return known;
        }

        var seen = new HashSet<EventId> { e.Id };
        var order = new List<EventId>();
        var stack = new Stack<DiplomaticEvent>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            foreach (var next in References(stack.Pop()))
            {
                if (seen.Add(next) && chronicle.TryGetEvent(next, out var referenced))
                {
                    order.Add(next);
                    stack.Push(referenced);
                }
            }
        }

        var result = order.ToArray();
        _reached[e.Id] = result;
        return result;
    }

    /// <summary>
    /// The events of the set that <paramref name="e"/> leads back to, and the reports and reactions on the way
    /// (each once, in no particular order); both empty when it leads to none. With <paramref name="passes"/>, only
    /// events it accepts are followed further (an event of the set is reached either way).
    /// </summary>
    public (List<DiplomaticEvent> Targets, List<DiplomaticEvent> Links) Trace(DiplomaticEvent e, Func<DiplomaticEvent, bool> inSet, Func<DiplomaticEvent, bool>? passes = null)
    {
        var targets = new List<DiplomaticEvent>();
        var links = new List<DiplomaticEvent>();
        var leads = new Dictionary<EventId, bool>();

        bool Leads(DiplomaticEvent x)
        {
            if (leads.TryGetValue(x.Id, out var known))
            {
                return known;
            }

            leads[x.Id] = false; // cuts cycles
            var result = false;
            foreach (var next in References(x))
            {
                if (chronicle.TryGetEvent(next, out var referenced))
                {
                    var isTarget = inSet(referenced);
                    if (isTarget && !targets.Contains(referenced))
                    {
                        targets.Add(referenced);
                    }

                    result |= (passes is null || passes(referenced) ? Leads(referenced) : false) | isTarget;
                }
            }

            leads[x.Id] = result;
            if (result && x.Id != e.Id && !inSet(x))
            {
                links.Add(x);
            }

            return result;
        }

        Leads(e);
        return (targets, links);
    }

    /// <summary>
    /// Whether <paramref name="statement"/> reaches an event of the set through reports and the statements of speakers
    /// <paramref name="own"/> accepts alone, not only through what other speakers said about it (Moscow warning Seoul
    /// over Seoul's statement on a treaty reaches the treaty only through Seoul).
    /// </summary>
    public bool ReachesDirectly(PublicReaction statement, Func<DiplomaticEvent, bool> inSet, Func<ActorId, bool> own) =>
        Trace(statement, inSet, e => e is not PublicReaction r || own(r.Speaker)).Targets.Count > 0;

    private static IReadOnlyList<EventId> References(DiplomaticEvent e) => e switch
    {
        PublicReaction r => r.InResponseTo,
        Disclosure d => d.About,
        _ => [],
    };
}
