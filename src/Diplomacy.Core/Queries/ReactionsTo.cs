using NodaTime;

namespace Diplomacy;

/// <summary>
/// A set of events to ask about: given by id, by a predicate, or both (an event is in the set when either says so).
/// </summary>
/// <remarks>Predicates are only ever applied to events that a reaction or disclosure refers to, never to every event.</remarks>
public sealed record EventSet
{
    private readonly IReadOnlyList<EventId> _ids = ValueList<EventId>.Empty;
    private readonly HashSet<EventId> _lookup = [];

    /// <summary>The events named by id; never null.</summary>
    public IReadOnlyList<EventId> Ids
    {
        get => _ids;
        init
        {
            _ids = ValueList<EventId>.From(value, nameof(Ids));
            _lookup = [.. _ids];
        }
    }

    /// <summary>A test for further events, if any (e.g. every Serbian arms transfer that ends in Ukraine).</summary>
    public Func<DiplomaticEvent, bool>? Predicate { get; init; }

    /// <summary>The events with these ids.</summary>
    public static EventSet Of(params IEnumerable<EventId> ids) => new() { Ids = ids.ToArray() };

    /// <summary>The events that meet a predicate.</summary>
    public static EventSet Where(Func<DiplomaticEvent, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new() { Predicate = predicate };
    }

    /// <summary>True when the event is in the set.</summary>
    public bool Contains(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        return _lookup.Contains(diplomaticEvent.Id) || (Predicate?.Invoke(diplomaticEvent) ?? false);
    }

    /// <summary>Equal when the ids are equal and the predicates are the same delegate.</summary>
    public bool Equals(EventSet? other) =>
        other is not null && _ids.Equals(other._ids) && Equals(Predicate, other.Predicate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_ids, Predicate);
}

/// <summary>
/// A public reaction by an actor (or one of its officials or bodies) to a set of events: who spoke, in what tone,
/// what they said, when, and the events in the set it answers.
/// </summary>
/// <remarks>
/// The reports of the reaction itself are <c>Statement.Citations</c>; <see cref="QueryResult.Citations"/> adds those of
/// the events it answers and of the reports it answers them through.
/// </remarks>
/// <param name="Statement">The reaction event (a <see cref="ReactionTone.Silent"/> one for pointed silence).</param>
public sealed record Reaction(PublicReaction Statement) : QueryResult
{
    private readonly IReadOnlyList<DiplomaticEvent> _respondsTo = ValueList<DiplomaticEvent>.Empty;

    /// <summary>Who spoke.</summary>
    public ActorId Speaker => Statement.Speaker;

    /// <summary>In what tone.</summary>
    public ReactionTone Tone => Statement.Tone;

    /// <summary>A short phrase the speaker is reported to have said, if any.</summary>
    public string? Quote => Statement.Quote;

    /// <summary>When.</summary>
    public FuzzyDate When => Statement.When;

    /// <summary>The events of the set the reaction answers, directly or through the reports and reactions it responds to; never null.</summary>
    public IReadOnlyList<DiplomaticEvent> RespondsTo
    {
        get => _respondsTo;
        init => _respondsTo = ValueList<DiplomaticEvent>.From(value, nameof(RespondsTo));
    }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when the speaker counts for the reacting actor only through an office they
    /// may not yet (or no longer) have held when they spoke.
    /// </summary>
    public Certainty Certainty { get; init; }
}

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
