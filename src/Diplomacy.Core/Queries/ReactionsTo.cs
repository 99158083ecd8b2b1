using NodaTime;

namespace Diplomacy;

public static partial class ChronicleQueries
{
    /// <summary>
    /// The public reactions of <paramref name="reactor"/> to a set of events: every <see cref="PublicReaction"/>
    /// (pointed silences included) by the reactor or someone who counts for it, whose
    /// <see cref="PublicReaction.InResponseTo"/> names one of the events, or names a report (a
    /// <see cref="Disclosure"/> whose <see cref="Disclosure.About"/> names one) or another reaction that leads back
    /// to one.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="reactor">
    /// Who reacted. A state counts with its official bodies (government bodies, agencies and state-owned companies
    /// based in it), its nationals, and anyone while holding an office of the state or of those bodies; an
    /// organisation counts with anyone while holding one of its offices.
    /// </param>
    /// <param name="events">The events reacted to.</param>
    /// <param name="period">Only reactions in this period; null for all.</param>
    /// <returns>
    /// The reactions in timeline order; each one's evidence is the reaction, the events of the set it answers, and the
    /// reports and reactions through which it answers them.
    /// </returns>
    /// <remarks>
    /// Cost: O(b log n + Σ(log n + r)) for the b official bodies of the reactor and the r reactions by each actor who
    /// counts for it, plus O(log n) per event a reaction refers to.
    /// </remarks>
    /// <example>
    /// <c>chronicle.ReactionsTo("RUS", EventSet.Of(serbianArms))</c>: the promise to investigate, Peskov's evasive
    /// answer, Zakharova's and Grushko's silence; no criticism.
    /// </example>
    public static IReadOnlyList<Reaction> ReactionsTo(this Chronicle chronicle, ActorId reactor, EventSet events, DateInterval? period = null)
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
                    Evidence = answered.Concat(links).Append(statement).InTimelineOrder(),
                });
            }
        }

        return reactions;
    }

    /// <summary>The visible reactions spoken by anyone who may count for the affiliation, in timeline order.</summary>
    private static PublicReaction[] ReactionsBy(Chronicle chronicle, Affiliation affiliation, DateInterval? period)
    {
        return chronicle.Index.Events(affiliation.Members.Select(m => EventKey.Involving(m, EventKind.PublicReaction)), period)
            .Cast<PublicReaction>()
            .Where(r => affiliation.MayInclude(r.Speaker))
            .ToArray();
    }
}
