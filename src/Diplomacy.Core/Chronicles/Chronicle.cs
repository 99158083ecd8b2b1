using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Diplomacy;

/// <summary>
/// The immutable, validated collection of actors and events that queries run on. Build one with
/// <see cref="ChronicleBuilder"/>; add to one with <see cref="With(IEnumerable{DiplomaticEvent})"/>, which returns a
/// new chronicle and leaves this one as it was, so readers on other threads are never disturbed.
/// </summary>
/// <remarks>
/// <para><b>Timeline order.</b> <see cref="Events"/> and every list of events a chronicle returns are in timeline
/// order: by <see cref="FuzzyDate"/> order of <see cref="DiplomaticEvent.When"/> (earliest possible day, then latest),
/// then by id.</para>
/// <para><b>Periods.</b> A <see cref="DateInterval"/> includes both its start and its end. An event is <em>in</em> a
/// period when its possible days overlap it, i.e. it may have happened then; queries that need certainty say so.</para>
/// <para><b>Two times.</b> <see cref="AsOf"/> keeps what had certainly occurred by a day; <see cref="AsKnownAt(LocalDate)"/>
/// keeps what some citation had certainly published by a day; <see cref="AsKnownAt(LocalDate, KnownBy)"/> with
/// <see cref="KnownBy.Release"/> keeps what the event data sets had released by a day (see <see cref="DataRelease"/>).
/// All return views that share this chronicle's storage
/// (O(1) to create) and that every query accepts; they compose.</para>
/// <para><b>Cost.</b> Lookups by id are O(1) (a hash table). <see cref="EventsInvolving"/>, <see cref="EventsBetween"/>,
/// <see cref="EventsOfKind"/> and <see cref="EventsDuring"/> use indexes: O(log n + k) for k candidate events under
/// the key (events spanning more than a year under that key are checked one by one). A list a query returns holds
/// the positions of the events it found; each event is made from storage the first time it is read and then kept, so
/// counting an answer, or reading only its first events, costs nothing for the rest. Lists are safe to read from
/// several threads.</para>
/// </remarks>
public sealed class Chronicle
{
    private readonly ChronicleStorage _storage;
    private readonly IEventIndex _view;
    private readonly EvidenceBasis _minimumBasis;
    private IReadOnlyList<DiplomaticEvent>? _visibleEvents;

    private Chronicle(ChronicleStorage storage, LocalDate? asOf, LocalDate? knownAt, EvidenceBasis minimumBasis = EvidenceBasis.Inferred, LocalDate? releasedBy = null)
    {
        _storage = storage;
        _minimumBasis = minimumBasis;
        _view = storage.View(asOf, knownAt, minimumBasis, releasedBy);
        AsOfDate = asOf;
        KnownAtDate = knownAt;
        ReleasedByDate = releasedBy;
    }

    internal Chronicle(ChronicleData data)
        : this(ChronicleStorage.Of(data), null, null)
    {
    }

    private Chronicle(ChronicleStorage storage)
        : this(storage, null, null)
    {
    }

    /// <summary>A chronicle with no actors and no events.</summary>
    public static Chronicle Empty { get; } = new(ChronicleStorage.Empty);

    /// <summary>Every actor, ordered by id. Views keep every actor; only events are filtered.</summary>
    public IReadOnlyList<Actor> Actors => _storage.Actors.All;

    /// <summary>
    /// Every event (in a view, every visible event), in timeline order. Events are equal by value to the ones added,
    /// not necessarily the same instances: plain coded events are stored as columns and created when read.
    /// </summary>
    public IReadOnlyList<DiplomaticEvent> Events => _visibleEvents ??= IsView ? _view.Events(EventKey.All) : _storage.Events;

    /// <summary>The day this chronicle is a view "as of" (see <see cref="AsOf"/>), or null.</summary>
    public LocalDate? AsOfDate { get; }

    /// <summary>The day this chronicle is a view "as known at" by publication (see <see cref="AsKnownAt(LocalDate)"/>), or null.</summary>
    public LocalDate? KnownAtDate { get; }

    /// <summary>
    /// The day this chronicle is a view of what the data sets had released by (see
    /// <see cref="AsKnownAt(LocalDate, KnownBy)"/> with <see cref="KnownBy.Release"/>), or null.
    /// </summary>
    public LocalDate? ReleasedByDate { get; }

    /// <summary>
    /// The weakest <see cref="EvidenceBasis"/> this chronicle shows (see <see cref="WithBasisAtLeast"/>);
    /// <see cref="EvidenceBasis.Inferred"/>, the weakest there is, unless it is such a view.
    /// </summary>
    public EvidenceBasis MinimumBasis => _minimumBasis;

    /// <summary>True when this chronicle is a view made by <see cref="AsOf"/>, <see cref="AsKnownAt(LocalDate)"/> (either overload) or <see cref="WithBasisAtLeast"/>.</summary>
    public bool IsView => AsOfDate is not null || KnownAtDate is not null || ReleasedByDate is not null || _minimumBasis != EvidenceBasis.Inferred;

    /// <summary>The seam through which queries read this chronicle's (visible) events; see <see cref="IEventIndex"/>.</summary>
    internal IEventIndex Index => _view;

    /// <summary>The storage behind this chronicle and its views.</summary>
    internal ChronicleStorage Storage => _storage;

    /// <summary>Starts a builder holding this chronicle's actors and (visible) events.</summary>
    public ChronicleBuilder ToBuilder() => new(this);

    /// <summary>Looks up an actor.</summary>
    public bool TryGetActor(ActorId id, [NotNullWhen(true)] out Actor? actor) => _storage.TryGetActor(id, out actor);

    /// <summary>Looks up an actor.</summary>
    /// <exception cref="KeyNotFoundException">The chronicle holds no actor with that id.</exception>
    public Actor GetActor(ActorId id) =>
        _storage.TryGetActor(id, out var actor) ? actor : throw new KeyNotFoundException($"The chronicle holds no actor '{id}'.");

    /// <summary>Looks up an actor of a given type.</summary>
    /// <exception cref="KeyNotFoundException">The chronicle holds no actor with that id.</exception>
    /// <exception cref="InvalidCastException">The actor is not a <typeparamref name="TActor"/>.</exception>
    public TActor GetActor<TActor>(ActorId id)
        where TActor : Actor =>
        GetActor(id) as TActor ?? throw new InvalidCastException($"The actor '{id}' is a {GetActor(id).GetType().Name}, not a {typeof(TActor).Name}.");

    /// <summary>True when the chronicle holds the actor.</summary>
    public bool ContainsActor(ActorId id) => _storage.TryGetActor(id, out _);

    /// <summary>Looks up a visible event. O(1): a hash lookup.</summary>
    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out DiplomaticEvent? diplomaticEvent)
    {
        diplomaticEvent = _view.Find(id);
        return diplomaticEvent is not null;
    }

    /// <summary>Looks up a visible event. O(1): a hash lookup.</summary>
    /// <exception cref="KeyNotFoundException">No visible event has that id; the message says when the view hides it.</exception>
    public DiplomaticEvent GetEvent(EventId id)
    {
        if (TryGetEvent(id, out var found))
        {
            return found;
        }

        var hidden = _storage.TryGetEvent(id, out _) ? $" (it exists but this view, {DescribeView()}, hides it)" : string.Empty;
        throw new KeyNotFoundException($"The chronicle holds no event '{id}'{hidden}.");
    }

    /// <summary>True when a visible event has the id.</summary>
    public bool ContainsEvent(EventId id) => TryGetEvent(id, out _);

    /// <summary>The events that involve <paramref name="actor"/> in any role, optionally only those in a period.</summary>
    public IReadOnlyList<DiplomaticEvent> EventsInvolving(ActorId actor, DateInterval? period = null) =>
        _view.Events(EventKey.Involving(actor), period);

    /// <summary>
    /// The events that involve both actors (in any roles, in either direction), optionally only those in a period.
    /// </summary>
    public IReadOnlyList<DiplomaticEvent> EventsBetween(ActorId first, ActorId second, DateInterval? period = null) =>
        _view.Events(EventKey.Between(first, second), period);

    /// <summary>The events of one kind, optionally only those in a period.</summary>
    public IReadOnlyList<DiplomaticEvent> EventsOfKind(EventKind kind, DateInterval? period = null) =>
        _view.Events(EventKey.Of(kind), period);

    /// <summary>The events of one type (e.g. <see cref="ArmsTransfer"/>), optionally only those in a period.</summary>
    public IReadOnlyList<TEvent> EventsOf<TEvent>(DateInterval? period = null)
        where TEvent : DiplomaticEvent
    {
        var kind = KindOf(typeof(TEvent));
        var events = _view.Events(kind is { } k ? EventKey.Of(k) : EventKey.All, period);
        return events.OfType<TEvent>().ToArray();
    }

    /// <summary>The events in a period.</summary>
    public IReadOnlyList<DiplomaticEvent> EventsDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _view.Events(EventKey.All, period);
    }

    /// <summary>
    /// A view of what had certainly occurred by <paramref name="date"/>: the events whose latest possible day is on or
    /// before it. An event dated "2023" is in <c>AsOf(2023-12-31)</c> but not in <c>AsOf(2023-06-30)</c>; an
    /// open-ended event is never certainly over. Applied to a view, the cut-offs combine (the earlier one wins).
    /// </summary>
    public Chronicle AsOf(LocalDate date) =>
        new(_storage, AsOfDate is { } current && current < date ? current : date, KnownAtDate, _minimumBasis, ReleasedByDate);

    /// <summary>
    /// A view of what was publicly known at <paramref name="date"/>: the events that some citation had certainly
    /// published by then, i.e. whose <see cref="DiplomaticEvent.FirstKnown"/> is on or before it (a report dated
    /// "2024-07" counts from 2024-07-31). Answers on such a view cannot change for dates before anything new was
    /// published; each event shows only the citations published by then. Applied to a view, the cut-offs combine (the
    /// earlier one wins). The same as
    /// <c>AsKnownAt(date, KnownBy.Publication)</c>; for what an event data set contained on that day, see
    /// <see cref="AsKnownAt(LocalDate, KnownBy)"/>.
    /// </summary>
    public Chronicle AsKnownAt(LocalDate date) => AsKnownAt(date, KnownBy.Publication);

    /// <summary>
    /// A view of what was known at <paramref name="date"/>, in one of two senses:
    /// <list type="bullet">
    /// <item><see cref="KnownBy.Publication"/>: what had been <em>published</em> by then, the events whose
    /// <see cref="DiplomaticEvent.FirstKnown"/> is on or before it (as <see cref="AsKnownAt(LocalDate)"/>);</item>
    /// <item><see cref="KnownBy.Release"/>: what the event data sets <em>contained</em> then, the events whose
    /// <see cref="DiplomaticEvent.FirstReleased"/> is on or before it; an event none of whose citations names a
    /// <see cref="DataRelease"/> counts by its publication instead. Use it to back-test a model on the data an analyst
    /// had on that day: a story published on Monday and first carried by Friday's release is not there on Tuesday.</item>
    /// </list>
    /// Either way, each event shows only the citations known by then (<see cref="DiplomaticEvent.AsKnownAt"/>), so no
    /// evidence cites a later report. Both kinds of cut-off compose with each other and with the other views (each
    /// kept on its own; applied to a view, the earlier day of the same kind wins). O(1) to create; a chronicle none of whose citations names a release
    /// stores nothing extra for it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not a named <see cref="KnownBy"/>.</exception>
    public Chronicle AsKnownAt(LocalDate date, KnownBy by) => by switch
    {
        KnownBy.Publication => new(_storage, AsOfDate, Earlier(KnownAtDate, date), _minimumBasis, ReleasedByDate),
        KnownBy.Release => new(_storage, AsOfDate, KnownAtDate, _minimumBasis, Earlier(ReleasedByDate, date)),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a named KnownBy."),
    };

    /// <summary>
    /// A view of the events whose <see cref="DiplomaticEvent.Basis"/> is <paramref name="minimum"/> or stronger, e.g.
    /// <c>WithBasisAtLeast(EvidenceBasis.Reported)</c> leaves out inferences and background; to leave out inferences
    /// only and keep the background facts a story rests on (who founded a bloc, who held an office), use
    /// <c>WithBasisAtLeast(EvidenceBasis.Background)</c>. Every query accepts it, so
    /// no query needs a basis parameter; a stronger minimum never adds to an answer that only gathers events. Composes
    /// with <see cref="AsOf"/> and <see cref="AsKnownAt(LocalDate)"/>; applied to a view, the stronger minimum wins. O(1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a named <see cref="EvidenceBasis"/>.</exception>
    public Chronicle WithBasisAtLeast(EvidenceBasis minimum)
    {
        if (!Enum.IsDefined(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Not a named EvidenceBasis.");
        }

        return new(_storage, AsOfDate, KnownAtDate, minimum > _minimumBasis ? minimum : _minimumBasis, ReleasedByDate);
    }


    /// <summary>
    /// A new chronicle with these events added; this one is unchanged, and readers of it never see them, while readers
    /// of the new one see all of them. Only the new events are validated, against what this chronicle holds (the same
    /// rules and problems as <see cref="ChronicleBuilder.Build"/>), and they are stored beside this chronicle's
    /// storage, which the new chronicle shares: an append costs about O(k log k) for k new events plus O(a log a) for
    /// the a actors, however many events the chronicle holds (storage segments are merged as they accumulate, large
    /// merges on a background thread; queries read every segment and merge their answers). On a view, the
    /// new chronicle holds the view's visible events plus the new ones and is not a view; that rebuilds everything.
    /// </summary>
    /// <exception cref="ChronicleValidationException">The result would not be valid; nothing changes.</exception>
    public Chronicle With(IEnumerable<DiplomaticEvent> events) => With([], events);

    /// <summary>A new chronicle with these events added; see <see cref="With(IEnumerable{DiplomaticEvent})"/>.</summary>
    public Chronicle With(params DiplomaticEvent[] events) => With((IEnumerable<DiplomaticEvent>)events);

    /// <summary>
    /// A new chronicle with these actors and events added, validated against this chronicle; see
    /// <see cref="With(IEnumerable{DiplomaticEvent})"/>.
    /// </summary>
    /// <exception cref="ChronicleValidationException">The result would not be valid; nothing changes.</exception>
    public Chronicle With(IEnumerable<Actor> actors, IEnumerable<DiplomaticEvent> events)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        if (IsView)
        {
            return ToBuilder().AddActors(actors).AddEvents(events).Build();
        }

        var newActors = actors.ToArray();
        var newEvents = events.ToArray();
        foreach (var actor in newActors)
        {
            ArgumentNullException.ThrowIfNull(actor, nameof(actors));
        }

        foreach (var e in newEvents)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
        }

        var problems = ChronicleValidator.Validate(newActors, newEvents, _storage);
        if (problems.Count > 0)
        {
            throw new ChronicleValidationException(problems);
        }

        return newActors.Length == 0 && newEvents.Length == 0 ? this : new Chronicle(_storage.Append(newActors, newEvents));
    }

    /// <summary>A chronicle over storage read from a snapshot.</summary>
    internal static Chronicle Over(ChronicleStorage storage) => new(storage);

    /// <summary>This chronicle, its later appends merging storage segments by <paramref name="policy"/> (for tests).</summary>
    internal Chronicle WithMergePolicy(ChronicleStorage.MergePolicy policy) => new(_storage.With(policy), AsOfDate, KnownAtDate, _minimumBasis, ReleasedByDate);

    /// <summary>E.g. <c>Chronicle: 40 actors, 57 events (as known at 2023-01-01)</c>.</summary>
    public override string ToString() =>
        $"Chronicle: {Actors.Count} actors, {Events.Count} events{(IsView ? " (" + DescribeView() + ")" : string.Empty)}";

    private string DescribeView() =>
        string.Join(", ", new[]
        {
            AsOfDate is { } a ? $"as of {a:uuuu-MM-dd}" : null,
            KnownAtDate is { } k ? $"as known at {k:uuuu-MM-dd}" : null,
            ReleasedByDate is { } r ? $"as released by {r:uuuu-MM-dd}" : null,
            _minimumBasis != EvidenceBasis.Inferred ? $"basis at least {_minimumBasis}" : null,
        }.Where(s => s is not null));

    private static LocalDate Earlier(LocalDate? current, LocalDate date) => current is { } c && c < date ? c : date;

    private static EventKind? KindOf(Type type) => EventCatalog.TryGet(type, out var info) ? info.Kind : null;
}
