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

    /// <summary>True when the event meets every criterion.</summary>
    public bool Matches(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
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

        var actors = diplomaticEvent.Actors;
        return (Actor is not { } a || actors.Contains(a)) && (Counterpart is not { } c || actors.Contains(c));
    }
}
