using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
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
/// <para><b>Two times.</b> <see cref="AsOf"/> keeps what had certainly occurred by a day; <see cref="AsKnownAt"/>
/// keeps what some citation had certainly published by a day. Both return views that share this chronicle's storage
/// (O(1) to create) and that every query accepts; they compose.</para>
/// <para><b>Cost.</b> Lookups by id are O(log n). <see cref="EventsInvolving"/>, <see cref="EventsBetween"/>,
/// <see cref="EventsOfKind"/> and <see cref="EventsDuring"/> use indexes: O(log n + k) for k candidate events under
/// the key (events spanning more than a year under that key are checked one by one).</para>
/// </remarks>
public sealed class Chronicle
{
    private readonly ChronicleData _data;
    private readonly int _occurredBy;
    private readonly int _knownBy;
    private readonly EvidenceBasis _minimumBasis;
    private IReadOnlyList<DiplomaticEvent>? _visibleEvents;

    private Chronicle(ChronicleData data, LocalDate? asOf, LocalDate? knownAt, EvidenceBasis minimumBasis = EvidenceBasis.Inferred)
    {
        _data = data;
        _minimumBasis = minimumBasis;
        AsOfDate = asOf;
        KnownAtDate = knownAt;
        _occurredBy = asOf is { } a ? Days.Of(a) : int.MaxValue;
        _knownBy = knownAt is { } k ? Days.Of(k) : int.MaxValue;
    }

    internal Chronicle(ChronicleData data)
        : this(data, null, null)
    {
    }

    /// <summary>A chronicle with no actors and no events.</summary>
    public static Chronicle Empty { get; } = new(ChronicleData.Empty);

    /// <summary>Every actor, ordered by id. Views keep every actor; only events are filtered.</summary>
    public IReadOnlyList<Actor> Actors => _data.ReadOnlyActors;

    /// <summary>Every event (in a view, every visible event), in timeline order.</summary>
    public IReadOnlyList<DiplomaticEvent> Events => _visibleEvents ??= IsView ? Select(_data.All, null) : _data.ReadOnlyEvents;

    /// <summary>The day this chronicle is a view "as of" (see <see cref="AsOf"/>), or null.</summary>
    public LocalDate? AsOfDate { get; }

    /// <summary>The day this chronicle is a view "as known at" (see <see cref="AsKnownAt"/>), or null.</summary>
    public LocalDate? KnownAtDate { get; }

    /// <summary>
    /// The weakest <see cref="EvidenceBasis"/> this chronicle shows (see <see cref="WithBasisAtLeast"/>);
    /// <see cref="EvidenceBasis.Inferred"/>, the weakest there is, unless it is such a view.
    /// </summary>
    public EvidenceBasis MinimumBasis => _minimumBasis;

    /// <summary>True when this chronicle is a view made by <see cref="AsOf"/>, <see cref="AsKnownAt"/> or <see cref="WithBasisAtLeast"/>.</summary>
    public bool IsView => AsOfDate is not null || KnownAtDate is not null || _minimumBasis != EvidenceBasis.Inferred;

    internal ChronicleData Data => _data;

    /// <summary>Starts a builder holding this chronicle's actors and (visible) events.</summary>
    public ChronicleBuilder ToBuilder() => new(this);

    /// <summary>Looks up an actor.</summary>
    public bool TryGetActor(ActorId id, [NotNullWhen(true)] out Actor? actor) => _data.TryGetActor(id, out actor);

    /// <summary>Looks up an actor.</summary>
    /// <exception cref="KeyNotFoundException">The chronicle holds no actor with that id.</exception>
    public Actor GetActor(ActorId id) =>
        _data.TryGetActor(id, out var actor) ? actor : throw new KeyNotFoundException($"The chronicle holds no actor '{id}'.");

    /// <summary>Looks up an actor of a given type.</summary>
    /// <exception cref="KeyNotFoundException">The chronicle holds no actor with that id.</exception>
    /// <exception cref="InvalidCastException">The actor is not a <typeparamref name="TActor"/>.</exception>
    public TActor GetActor<TActor>(ActorId id)
        where TActor : Actor =>
        GetActor(id) as TActor ?? throw new InvalidCastException($"The actor '{id}' is a {GetActor(id).GetType().Name}, not a {typeof(TActor).Name}.");

    /// <summary>True when the chronicle holds the actor.</summary>
    public bool ContainsActor(ActorId id) => _data.TryGetActor(id, out _);

    /// <summary>Looks up a visible event. O(log n).</summary>
    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out DiplomaticEvent? diplomaticEvent)
    {
        var position = _data.PositionOf(id);
        diplomaticEvent = position >= 0 && IsVisible(position) ? _data.Events[position] : null;
        return diplomaticEvent is not null;
    }

    /// <summary>Looks up a visible event. O(log n).</summary>
    /// <exception cref="KeyNotFoundException">No visible event has that id; the message says when the view hides it.</exception>
    public DiplomaticEvent GetEvent(EventId id)
    {
        if (TryGetEvent(id, out var found))
        {
            return found;
        }

        var hidden = _data.PositionOf(id) >= 0 ? $" (it exists but this view, {DescribeView()}, hides it)" : string.Empty;
        throw new KeyNotFoundException($"The chronicle holds no event '{id}'{hidden}.");
    }

    /// <summary>True when a visible event has the id.</summary>
    public bool ContainsEvent(EventId id) => TryGetEvent(id, out _);

    /// <summary>The events that involve <paramref name="actor"/> in any role, optionally only those in a period.</summary>
    public IReadOnlyList<DiplomaticEvent> EventsInvolving(ActorId actor, DateInterval? period = null) =>
        Select(_data.ForActor(actor), period);

    /// <summary>
    /// The events that involve both actors (in any roles, in either direction), optionally only those in a period.
    /// </summary>
    public IReadOnlyList<DiplomaticEvent> EventsBetween(ActorId first, ActorId second, DateInterval? period = null) =>
        Select(_data.ForPair(first, second), period);

    /// <summary>The events of one kind, optionally only those in a period.</summary>
    public IReadOnlyList<DiplomaticEvent> EventsOfKind(EventKind kind, DateInterval? period = null) =>
        Select(_data.ForKind(kind), period);

    /// <summary>The events of one type (e.g. <see cref="ArmsTransfer"/>), optionally only those in a period.</summary>
    public IReadOnlyList<TEvent> EventsOf<TEvent>(DateInterval? period = null)
        where TEvent : DiplomaticEvent
    {
        var kind = KindOf(typeof(TEvent));
        var events = kind is { } k ? Select(_data.ForKind(k), period) : Select(_data.All, period);
        return events.OfType<TEvent>().ToArray();
    }

    /// <summary>The events in a period.</summary>
    public IReadOnlyList<DiplomaticEvent> EventsDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Select(_data.All, period);
    }

    /// <summary>
    /// A view of what had certainly occurred by <paramref name="date"/>: the events whose latest possible day is on or
    /// before it. An event dated "2023" is in <c>AsOf(2023-12-31)</c> but not in <c>AsOf(2023-06-30)</c>; an
    /// open-ended event is never certainly over. Applied to a view, the cut-offs combine (the earlier one wins).
    /// </summary>
    public Chronicle AsOf(LocalDate date) =>
        new(_data, AsOfDate is { } current && current < date ? current : date, KnownAtDate, _minimumBasis);

    /// <summary>
    /// A view of what was publicly known at <paramref name="date"/>: the events that some citation had certainly
    /// published by then, i.e. whose <see cref="DiplomaticEvent.FirstKnown"/> is on or before it (a report dated
    /// "2024-07" counts from 2024-07-31). Answers on such a view cannot change for dates before anything new was
    /// published. Applied to a view, the cut-offs combine (the earlier one wins).
    /// </summary>
    public Chronicle AsKnownAt(LocalDate date) =>
        new(_data, AsOfDate, KnownAtDate is { } current && current < date ? current : date, _minimumBasis);

    /// <summary>
    /// A view of the events whose <see cref="DiplomaticEvent.Basis"/> is <paramref name="minimum"/> or stronger, e.g.
    /// <c>WithBasisAtLeast(EvidenceBasis.Reported)</c> leaves out inferences and background. Every query accepts it, so
    /// no query needs a basis parameter; a stronger minimum never adds to an answer that only gathers events. Composes
    /// with <see cref="AsOf"/> and <see cref="AsKnownAt"/>; applied to a view, the stronger minimum wins. O(1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not a named <see cref="EvidenceBasis"/>.</exception>
    public Chronicle WithBasisAtLeast(EvidenceBasis minimum)
    {
        if (!Enum.IsDefined(minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Not a named EvidenceBasis.");
        }

        return new(_data, AsOfDate, KnownAtDate, minimum > _minimumBasis ? minimum : _minimumBasis);
    }

    /// <summary>
    /// A new chronicle with these events added; this one is unchanged. On a view, the new chronicle holds the
    /// view's visible events plus the new ones and is not a view. Everything is validated again.
    /// </summary>
    /// <exception cref="ChronicleValidationException">The result would not be valid; nothing changes.</exception>
    public Chronicle With(IEnumerable<DiplomaticEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return ToBuilder().AddEvents(events).Build();
    }

    /// <summary>A new chronicle with these events added; see <see cref="With(IEnumerable{DiplomaticEvent})"/>.</summary>
    public Chronicle With(params DiplomaticEvent[] events) => With((IEnumerable<DiplomaticEvent>)events);

    /// <summary>A new chronicle with these actors and events added; see <see cref="With(IEnumerable{DiplomaticEvent})"/>.</summary>
    public Chronicle With(IEnumerable<Actor> actors, IEnumerable<DiplomaticEvent> events)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        return ToBuilder().AddActors(actors).AddEvents(events).Build();
    }

    /// <summary>E.g. <c>Chronicle: 40 actors, 57 events (as known at 2023-01-01)</c>.</summary>
    public override string ToString() =>
        $"Chronicle: {Actors.Count} actors, {Events.Count} events{(IsView ? " (" + DescribeView() + ")" : string.Empty)}";

    internal bool IsVisible(int position) =>
        _data.Latest[position] <= _occurredBy && _data.Known[position] <= _knownBy
        && (_minimumBasis == EvidenceBasis.Inferred || _data.Events[position].Basis >= _minimumBasis);

    /// <summary>The visible events under a key that overlap the period, in timeline order.</summary>
    internal IReadOnlyList<DiplomaticEvent> Select(Postings postings, DateInterval? period)
    {
        var (from, to) = Window(period);
        var shortSpans = postings.Short[Candidates(postings, from, to)];
        var count = 0;
        foreach (var position in shortSpans)
        {
            if (Matches(position, from))
            {
                count++;
            }
        }

        foreach (var position in postings.Long)
        {
            if (_data.Earliest[position] <= to && Matches(position, from))
            {
                // Long spans interleave with short ones in timeline order: collect and sort (rare).
                var positions = new List<int>();
                CollectPositions(postings, period, positions);
                return Materialize(CollectionsMarshal.AsSpan(positions));
            }
        }

        if (count == 0)
        {
            return [];
        }

        var result = new DiplomaticEvent[count];
        var events = _data.Events;
        var next = 0;
        foreach (var position in shortSpans)
        {
            if (Matches(position, from))
            {
                result[next++] = events[position];
            }
        }

        return result;
    }

    /// <summary>Adds to <paramref name="into"/> the positions of the visible events under a key that overlap the period, ascending.</summary>
    internal void CollectPositions(Postings postings, DateInterval? period, List<int> into)
    {
        var (from, to) = Window(period);
        var start = into.Count;
        foreach (var position in postings.Short[Candidates(postings, from, to)])
        {
            if (Matches(position, from))
            {
                into.Add(position);
            }
        }

        var added = false;
        foreach (var position in postings.Long)
        {
            if (_data.Earliest[position] <= to && Matches(position, from))
            {
                into.Add(position);
                added = true;
            }
        }

        if (added)
        {
            into.Sort(start, into.Count - start, null);
        }
    }

    /// <summary>The period as day numbers, its end brought forward to the "as of" day (nothing later is visible).</summary>
    private (int From, int To) Window(DateInterval? period)
    {
        var (from, to) = Days.Of(period);
        return (from, Math.Min(to, _occurredBy));
    }

    /// <summary>
    /// The range of short-span postings that can overlap [from, to]: those starting after <paramref name="to"/> cannot,
    /// nor those starting more than the key's longest short span before <paramref name="from"/>.
    /// </summary>
    private Range Candidates(Postings postings, int from, int to)
    {
        var shortSpans = postings.Short;
        var earliest = _data.Earliest;
        var lo = from == int.MinValue ? 0 : LowerBound(shortSpans, earliest, from - postings.MaxShortSpan);
        var hi = to == int.MaxValue ? shortSpans.Length : LowerBound(shortSpans, earliest, to + 1);
        return lo < hi ? lo..hi : lo..lo;
    }

    /// <summary>A candidate is in: it ends on or after the period's start and this view shows it.</summary>
    private bool Matches(int position, int from) => _data.Latest[position] >= from && IsVisible(position);

    private DiplomaticEvent[] Materialize(ReadOnlySpan<int> positions)
    {
        var result = new DiplomaticEvent[positions.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _data.Events[positions[i]];
        }

        return result;
    }

    private static int LowerBound(ReadOnlySpan<int> positions, int[] days, int day)
    {
        int lo = 0, hi = positions.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (days[positions[mid]] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private string DescribeView() =>
        string.Join(", ", new[]
        {
            AsOfDate is { } a ? $"as of {a:uuuu-MM-dd}" : null,
            KnownAtDate is { } k ? $"as known at {k:uuuu-MM-dd}" : null,
            _minimumBasis != EvidenceBasis.Inferred ? $"basis at least {_minimumBasis}" : null,
        }.Where(s => s is not null));

    private static EventKind? KindOf(Type type) => type.Name switch
    {
        nameof(ArmsTransfer) when type == typeof(ArmsTransfer) => EventKind.ArmsTransfer,
        nameof(Meeting) when type == typeof(Meeting) => EventKind.Meeting,
        nameof(PublicReaction) when type == typeof(PublicReaction) => EventKind.PublicReaction,
        nameof(SanctionsAction) when type == typeof(SanctionsAction) => EventKind.SanctionsAction,
        nameof(RelationshipChange) when type == typeof(RelationshipChange) => EventKind.RelationshipChange,
        nameof(OfficeChange) when type == typeof(OfficeChange) => EventKind.OfficeChange,
        nameof(MembershipChange) when type == typeof(MembershipChange) => EventKind.MembershipChange,
        nameof(Disclosure) when type == typeof(Disclosure) => EventKind.Disclosure,
        nameof(Commitment) when type == typeof(Commitment) => EventKind.Commitment,
        nameof(CodedEvent) when type == typeof(CodedEvent) => EventKind.CodedEvent,
        _ => null,
    };
}
