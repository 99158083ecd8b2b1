using NodaTime;

namespace Diplomacy;

/// <summary>
/// The one way queries read a chronicle's events: the seam between the queries and the storage behind a
/// <see cref="Chronicle"/>. A storage (today <see cref="ChronicleData"/>, whose <see cref="EventColumns"/> hold coded
/// events column-wise, with <see cref="KindIndex"/>) implements it; no query reads storage in any other way.
/// </summary>
/// <remarks>
/// <para><b>One instance per chronicle or view.</b> An index answers for the chronicle (or the
/// <see cref="Chronicle.AsOf"/> / <see cref="Chronicle.AsKnownAt(NodaTime.LocalDate)"/> view) it was obtained from: every event it returns
/// is visible there, and hidden events are never returned, counted apart from <see cref="Count"/>, or followed. It is
/// immutable and safe to use from any thread, and lives as long as that chronicle; what it returns never changes.</para>
/// <para><b>Ordering.</b> Every list it returns is in timeline order (<see cref="TimelineComparer"/>: by
/// <see cref="FuzzyDate"/> order, then by id) and holds each event once.</para>
/// <para><b>Windows.</b> "The events under a key in a period" are the visible events under that key whose possible
/// days overlap the period (both ends included); a null period means all of them. On an "as of D" view the period
/// ends at D at the latest.</para>
/// <para><b>Cost.</b> A lookup costs O(log n + k) for the k events stored under the key (events spanning more than a
/// year are checked one by one); indexes beyond the chronicle's own (kind with actor or pair, trade-offs,
/// continuations) are built on first use, once per storage, and shared by every view of it.</para>
/// </remarks>
internal interface IEventIndex
{
    /// <summary>Every actor, ordered by id; views keep every actor.</summary>
    IReadOnlyList<Actor> Actors { get; }

    /// <summary>The visible events under <paramref name="key"/> in <paramref name="period"/>, in timeline order.</summary>
    IReadOnlyList<DiplomaticEvent> Events(EventKey key, DateInterval? period = null);

    /// <summary>
    /// The visible events under any of <paramref name="keys"/> in <paramref name="period"/>, each once, in timeline
    /// order.
    /// </summary>
    IReadOnlyList<DiplomaticEvent> Events(IEnumerable<EventKey> keys, DateInterval? period = null);

    /// <summary>
    /// How many events are stored under <paramref name="key"/>, visible or not: a bound for choosing the cheaper of
    /// two plans, never an answer.
    /// </summary>
    long Count(EventKey key);

    /// <summary>The visible event with this id, or null.</summary>
    DiplomaticEvent? Find(EventId id);

    /// <summary>
    /// The visible relationship changes by which <paramref name="actor"/> gave a relationship up in exchange for
    /// something (<see cref="RelationshipChange.InExchangeFor"/> set), in timeline order.
    /// </summary>
    IReadOnlyList<RelationshipChange> TradeOffsBy(ActorId actor);

    /// <summary>
    /// The visible transfers whose <see cref="ArmsTransfer.Continues"/> names <paramref name="transfer"/>, in
    /// timeline order.
    /// </summary>
    IReadOnlyList<ArmsTransfer> ContinuationsOf(EventId transfer);

    /// <summary>The persons whose nationality is <paramref name="state"/>, ordered by id.</summary>
    IReadOnlyList<Person> Nationals(ActorId state);

    /// <summary>The organisations (of any kind) whose home state is <paramref name="state"/>, ordered by id.</summary>
    IReadOnlyList<Organization> BasedIn(ActorId state);
}
