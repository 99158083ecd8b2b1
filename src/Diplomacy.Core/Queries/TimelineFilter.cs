using NodaTime;

namespace Diplomacy;

/// <summary>
/// Which events a <see cref="ChronicleQueries.Timeline"/> keeps. Every criterion left unset keeps everything; set
/// ones must all hold.
/// </summary>
public sealed record TimelineFilter
{
    private readonly IReadOnlyList<EventKind> _kinds = ValueList<EventKind>.Empty;

    /// <summary>Only events involving this actor, in any role.</summary>
    public ActorId? Actor { get; init; }

    /// <summary>Only events involving this actor too (with <see cref="Actor"/>: events between the two).</summary>
    public ActorId? Counterpart { get; init; }

    /// <summary>Only events of these kinds; empty (the default) for every kind; never null.</summary>
    public IReadOnlyList<EventKind> Kinds
    {
        get => _kinds;
        init => _kinds = ValueList<EventKind>.From(value, nameof(Kinds));
    }

    /// <summary>Only events whose coding has this quad class.</summary>
    public QuadClass? QuadClass { get; init; }

    /// <summary>Only events whose possible days overlap this period (both ends included).</summary>
    public DateInterval? Period { get; init; }

    /// <summary>
    /// When true, <see cref="Actor"/> and <see cref="Counterpart"/> also match whoever counts for them on some of the
    /// event's days, as <see cref="ChronicleQueries.ReactionsTo"/> and <see cref="ChronicleQueries.Divergence"/> count
    /// them: for a state, its official bodies (government bodies, agencies, state-owned companies) and nationals, and
    /// persons while they hold one of its offices or its bodies' offices; for an organisation, persons while they hold
    /// one of its offices. So <c>Actor = "RUS", Counterpart = "PRK"</c> finds a summit of the two leaders. The two
    /// sides must be matched by different actors. False (the default): only the ids themselves. Needs the chronicle:
    /// use <see cref="Matches(DiplomaticEvent, Chronicle)"/>.
    /// </summary>
    public bool IncludeAffiliated { get; init; }

    /// <summary>
    /// When true, with both <see cref="Actor"/> and <see cref="Counterpart"/> set, only events in which one side acts
    /// toward the other (a pair of <see cref="EventActs.Directed"/>; both ways for a meeting), not events that merely
    /// name both, such as a third party's report about them, or an act of one that reaches the other only through
    /// someone else. False (the default): both may take part in any role. <see cref="ChronicleQueries.Timeline"/> refuses
    /// it with only one side set.
    /// </summary>
    public bool ActsBetween { get; init; }

    /// <summary>True when the event meets every criterion (false with <see cref="ActsBetween"/> and only one side set).</summary>
    /// <exception cref="InvalidOperationException"><see cref="IncludeAffiliated"/> is set: who counts for an actor is read from a chronicle (use <see cref="Matches(DiplomaticEvent, Chronicle)"/>).</exception>
    public bool Matches(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        if (IncludeAffiliated)
        {
            throw new InvalidOperationException("The filter includes affiliated actors, which are read from a chronicle: call Matches(event, chronicle).");
        }

        return Matches(diplomaticEvent, null, null);
    }

    /// <summary>
    /// True when the event meets every criterion, with who counts for <see cref="Actor"/> and <see cref="Counterpart"/>
    /// read from <paramref name="chronicle"/> when <see cref="IncludeAffiliated"/> is set.
    /// <see cref="ChronicleQueries.Timeline"/> returns exactly the chronicle's events this accepts.
    /// </summary>
    /// <remarks>With <see cref="IncludeAffiliated"/>, each call reads who counts for the two sides afresh; to filter many events, ask <see cref="ChronicleQueries.Timeline"/>, which reads it once.</remarks>
    public bool Matches(DiplomaticEvent diplomaticEvent, Chronicle chronicle)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        ArgumentNullException.ThrowIfNull(chronicle);
        var (actor, counterpart) = Sides(chronicle);
        return Matches(diplomaticEvent, actor, counterpart);
    }

    /// <summary>Who counts for each side when <see cref="IncludeAffiliated"/> is set (null for an unset side, or when it is not).</summary>
    internal (Affiliation? Actor, Affiliation? Counterpart) Sides(Chronicle chronicle) =>
        IncludeAffiliated
            ? (Actor is { IsDefault: false } a ? Affiliation.Of(chronicle, a) : null, Counterpart is { IsDefault: false } c ? Affiliation.Of(chronicle, c) : null)
            : (null, null);

    /// <summary>The criteria, with the sides' affiliations when <see cref="IncludeAffiliated"/> is set.</summary>
    internal bool Matches(DiplomaticEvent diplomaticEvent, Affiliation? actorSide, Affiliation? counterpartSide)
    {
        if (Kinds.Count > 0 && !Kinds.Contains(diplomaticEvent.Kind))
        {
            return false;
        }

        if (QuadClass is { } quad && diplomaticEvent.Coding.QuadClass != quad)
        {
            return false;
        }

        if (Period is { } period && (diplomaticEvent.When.Earliest > period.End || diplomaticEvent.When.Latest < period.Start))
        {
            return false;
        }

        if (Actor is null && Counterpart is null)
        {
            return true;
        }

        bool IsActor(ActorId id) => actorSide is not null ? actorSide.Includes(id, diplomaticEvent.When) is not null : id == Actor;
        bool IsCounterpart(ActorId id) => counterpartSide is not null ? counterpartSide.Includes(id, diplomaticEvent.When) is not null : id == Counterpart;

        if (ActsBetween)
        {
            if (Actor is null || Counterpart is null)
            {
                return false;
            }

            foreach (var (source, target) in EventCatalog.Acts(diplomaticEvent).Directed)
            {
                if ((IsActor(source) && IsCounterpart(target)) || (IsCounterpart(source) && IsActor(target)))
                {
                    return true;
                }
            }

            return false;
        }

        var actors = diplomaticEvent.Actors;
        if (actorSide is null && counterpartSide is null)
        {
            return (Actor is not { } a || actors.Contains(a)) && (Counterpart is not { } c || actors.Contains(c));
        }

        if (Actor is null || Counterpart is null)
        {
            return actors.Any(Actor is null ? IsCounterpart : IsActor);
        }

        // Two different actors of the event, one for each side.
        foreach (var first in actors)
        {
            if (IsActor(first) && actors.Any(second => second != first && IsCounterpart(second)))
            {
                return true;
            }
        }

        return false;
    }
}
