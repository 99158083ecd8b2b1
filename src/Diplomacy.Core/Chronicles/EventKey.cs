namespace Diplomacy;

/// <summary>
/// What an <see cref="IEventIndex"/> lookup asks for: the events of one kind or of any kind, that involve one actor,
/// both of two actors, or any actors. "Involve" means the actor is among <see cref="DiplomaticEvent.Actors"/>, in any
/// role; a pair is unordered.
/// </summary>
/// <param name="Kind">Only events of this kind; null for every kind.</param>
/// <param name="Actor">Only events involving this actor; null for any.</param>
/// <param name="Counterpart">Only events that also involve this actor; only with <paramref name="Actor"/>.</param>
internal readonly record struct EventKey(EventKind? Kind = null, ActorId? Actor = null, ActorId? Counterpart = null)
{
    /// <summary>Every event.</summary>
    public static EventKey All => default;

    /// <summary>The events involving <paramref name="actor"/>, optionally only those of <paramref name="kind"/>.</summary>
    public static EventKey Involving(ActorId actor, EventKind? kind = null) => new(kind, actor);

    /// <summary>The events involving both actors, optionally only those of <paramref name="kind"/>.</summary>
    public static EventKey Between(ActorId actor, ActorId counterpart, EventKind? kind = null) => new(kind, actor, counterpart);

    /// <summary>The events of one kind.</summary>
    public static EventKey Of(EventKind kind) => new(kind);
}
