using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.ReactionsTo"/>.</summary>
internal static class ReactionsToQuery
{
    public static IReadOnlyList<Reaction> ReactionsTo(Chronicle chronicle, ActorId reactor, EventSet events, DateInterval? period = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(events);
        QueryReads.CheckActor(reactor, nameof(reactor));
        var affiliation = Affiliation.Of(chronicle, reactor);
        var graph = new ResponseGraph(chronicle);
        var reactions = new List<Reaction>();
        foreach (var statement in ReactionsBy(chronicle, affiliation, period))
        {
            var certainty = affiliation.Includes(statement.Speaker, statement.When);
            if (certainty is null)
            {
                continue;
            }

            var (answered, links) = graph.Trace(statement, events.Contains);
            if (answered.Count > 0)
            {
                reactions.Add(new Reaction(statement)
                {
                    RespondsTo = answered.InTimelineOrder(),
                    Certainty = certainty.Value,
                    Evidence = answered.Concat(links).Append(statement).Concat(affiliation.Basis(statement.Speaker, statement.When)).Distinct().InTimelineOrder(),
                    Through = ThroughOthers(graph, statement, events, affiliation, links),
                });
            }
        }

        return reactions;
    }

    /// <summary>
    /// The other speakers' reactions on the way when the statement reaches the events only through them; empty when it
    /// reaches one through reports and the actor's own statements alone.
    /// </summary>
    private static PublicReaction[] ThroughOthers(ResponseGraph graph, PublicReaction statement, EventSet events, Affiliation affiliation, List<DiplomaticEvent> links)
    {
        bool Own(DiplomaticEvent e) => e is not PublicReaction r || affiliation.MayInclude(r.Speaker);
        if (links.All(Own) || graph.ReachesDirectly(statement, events.Contains, affiliation.MayInclude))
        {
            return [];
        }

        return [.. links.Where(e => !Own(e)).Cast<PublicReaction>().InTimelineOrder().Cast<PublicReaction>()];
    }

    /// <summary>The visible reactions spoken by anyone who may count for the affiliation, in timeline order.</summary>
    internal static PublicReaction[] ReactionsBy(Chronicle chronicle, Affiliation affiliation, DateInterval? period)
    {
        return chronicle.Index.Events(affiliation.Members.Select(m => EventKey.Involving(m, EventKind.PublicReaction)), period)
            .Cast<PublicReaction>()
            .Where(r => affiliation.MayInclude(r.Speaker))
            .ToArray();
    }
}
