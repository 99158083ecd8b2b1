using System.Runtime.InteropServices;
using NodaTime;

namespace Diplomacy;

/// <summary>
/// The <see cref="IEventIndex"/> of a chronicle or view over <see cref="ChronicleData"/>: the storage's postings
/// narrowed to a period and to what the view shows (what had certainly occurred by one day, what some citation had
/// certainly published by another, what the data sets had released by a third).
/// </summary>
internal sealed class ChronicleView : IEventIndex
{
    private readonly ChronicleData _data;
    private readonly int _occurredBy;

    /// <summary>True when the "as of" day is the last day there is, on which open-ended events still end too late.</summary>
    private readonly bool _hidesOpenEnds;
    private readonly int _knownBy;
    private readonly int _releasedBy;
    private readonly LocalDate? _knownByDate;
    private readonly LocalDate? _releasedByDate;
    private readonly EvidenceBasis _minimumBasis;

    /// <summary>No cut-off and no basis: every event is visible (the chronicle itself, not a view).</summary>
    private readonly bool _showsAll;

    /// <summary><see cref="ShowAt"/>, made once: every answer holds it.</summary>
    private readonly Func<int, DiplomaticEvent> _showAt;

    /// <summary>
    /// A view of <paramref name="data"/>; null days show everything, and <see cref="EvidenceBasis.Inferred"/> (the
    /// weakest basis) shows every basis.
    /// </summary>

    public ChronicleView(ChronicleData data, LocalDate? occurredBy, LocalDate? knownBy, EvidenceBasis minimumBasis = EvidenceBasis.Inferred, LocalDate? releasedBy = null)
    {
        _releasedBy = releasedBy is { } r ? Days.Of(r) : int.MaxValue;
        _data = data;
        _minimumBasis = minimumBasis;
        _occurredBy = occurredBy is { } a ? Days.Of(a) : int.MaxValue;

        // An open end is stored as the last day there is, so only a cut-off on that day needs to look at the date.
        _hidesOpenEnds = occurredBy is { } last && last == LocalDate.MaxIsoValue;
        _knownBy = knownBy is { } k ? Days.Of(k) : int.MaxValue;
        _knownByDate = knownBy;
        _releasedByDate = releasedBy;
        _showAt = ShowAt;
        _showsAll = _occurredBy == int.MaxValue && _knownBy == int.MaxValue && _releasedBy == int.MaxValue && minimumBasis == EvidenceBasis.Inferred;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Actor> Actors => _data.ActorTable.All;

    /// <summary>The storage this view reads.</summary>
    public ChronicleData Data => _data;

    private KindIndex Kinds => KindIndex.Of(_data);

    /// <summary>Looks up an actor (views keep every actor).</summary>
    public bool TryGetActor(ActorId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor) =>
        _data.ActorTable.TryGet(id, out actor);

    /// <inheritdoc/>
    public IReadOnlyList<DiplomaticEvent> Events(EventKey key, DateInterval? period = null)
    {
        if (IsDense(key))
        {
            var positions = new List<int>();
            CollectDense(key.Kind, period, positions);
            return Materialize(CollectionsMarshal.AsSpan(positions));
        }

        return Select(PostingsOf(key), period);
    }

    /// <inheritdoc/>
    public IReadOnlyList<DiplomaticEvent> Events(IEnumerable<EventKey> keys, DateInterval? period = null)
    {
        var positions = new List<int>();
        var lists = 0;
        foreach (var key in keys)
        {
            if (IsDense(key))
            {
                CollectDense(key.Kind, period, positions);
            }
            else
            {
                CollectPositions(PostingsOf(key), period, positions);
            }

            lists++;
        }

        if (lists > 1)
        {
            positions.Sort();
        }

        var distinct = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            if (i == 0 || positions[i] != positions[i - 1])
            {
                positions[distinct++] = positions[i];
            }
        }

        return Materialize(CollectionsMarshal.AsSpan(positions)[..distinct]);
    }

    /// <inheritdoc/>
    public long Count(EventKey key) => IsDense(key) ? _data.CountOf(key.Kind) : PostingsOf(key).Count;

    /// <inheritdoc/>
    public DiplomaticEvent? Find(EventId id)
    {
        var position = _data.PositionOf(id);
        return position >= 0 && IsVisible(position) ? Shown(_data.Events[position]) : null;
    }

    /// <summary>True when the storage holds an event with this id, visible here or not.</summary>
    public bool Stores(EventId id) => _data.PositionOf(id) >= 0;

    /// <inheritdoc/>
    public IReadOnlyList<RelationshipChange> TradeOffsBy(ActorId actor) =>
        [.. Select(Kinds.TradeOffsBy(actor), null).Cast<RelationshipChange>()];

    /// <inheritdoc/>
    public IReadOnlyList<ArmsTransfer> ContinuationsOf(EventId transfer)
    {
        var onward = new List<ArmsTransfer>();
        foreach (var p in Kinds.ContinuationsOf(transfer))
        {
            if (IsVisible(p) && Shown(_data.Events[p]) is ArmsTransfer t)
            {
                onward.Add(t);
            }
        }

        return onward;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Person> Nationals(ActorId state) => Kinds.Nationals(state);

    /// <inheritdoc/>
    public IReadOnlyList<Organization> BasedIn(ActorId state) => Kinds.BasedIn(state);

    private Postings PostingsOf(EventKey key) => key switch
    {
        { Actor: null, Counterpart: not null } => throw new ArgumentException("A counterpart needs an actor.", nameof(key)),
        { Kind: null, Actor: null } => throw new InvalidOperationException("Every event is found by a scan, not postings (see IsDense)."),
        { Kind: { } k, Actor: null } => _data.ForKind(k),
        { Kind: null, Actor: { } a, Counterpart: null } => _data.ForActor(a),
        { Kind: null, Actor: { } a, Counterpart: { } c } => _data.ForPair(a, c),
        { Kind: { } k, Actor: { } a, Counterpart: null } => Kinds.ByActor(k, a),
        { Kind: { } k, Actor: { } a, Counterpart: { } c } => Kinds.ByPair(k, a, c),
    };

    /// <summary>True when a key's events are found by scanning positions rather than by postings (see <see cref="ChronicleData.IsDense"/>).</summary>
    private bool IsDense(EventKey key) => key is { Actor: null, Counterpart: null } && _data.IsDense(key.Kind);

    /// <summary>
    /// Adds to <paramref name="into"/> the positions of the visible events of a kind (every kind for null) that
    /// overlap the period, ascending: the positions whose earliest day can fall in the period, by binary search on
    /// the timeline, then the long-span events.
    /// </summary>
    private void CollectDense(EventKind? kind, DateInterval? period, List<int> into)
    {
        var (from, to) = Window(period);
        var earliest = _data.Earliest;
        var latest = _data.Latest;
        var n = earliest.Length;
        var lo = from == int.MinValue ? 0 : FirstStartingFrom(earliest, (long)from - _data.MaxShortSpan);
        var hi = to == int.MaxValue ? n : FirstStartingFrom(earliest, (long)to + 1);
        var start = into.Count;
        for (var position = lo; position < hi; position++)
        {
            if (!Postings.IsLong(position, earliest, latest) && (kind is not { } k || _data.KindAt(position) == k) && Matches(position, from))
            {
                into.Add(position);
            }
        }

        var added = false;
        foreach (var position in _data.LongPositions)
        {
            if (earliest[position] <= to && (kind is not { } k || _data.KindAt(position) == k) && Matches(position, from))
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

    /// <summary>The first position whose earliest day is on or after <paramref name="day"/> (positions are in timeline order).</summary>
    private static int FirstStartingFrom(PackedInts earliest, long day)
    {
        int lo = 0, hi = earliest.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (earliest[mid] < day)
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

    /// <summary>
    /// A visible event as the view shows it: on a view of what was known at a day, with only the citations known by
    /// then (<see cref="DiplomaticEvent.AsKnownAt"/>; all of them in the odd case where the two cut-offs together
    /// leave none).
    /// </summary>
    private DiplomaticEvent Shown(DiplomaticEvent e)
    {
        if (_knownByDate is { } known)
        {
            e = e.AsKnownAt(known) ?? e;
        }

        if (_releasedByDate is { } released)
        {
            e = e.AsKnownAt(released, KnownBy.Release) ?? e;
        }

        return e;
    }

    private bool IsVisible(int position) =>
        _showsAll
        || _data.Latest[position] <= _occurredBy && !(_hidesOpenEnds && _data.Events.HasOpenEndAt(position)) && _data.Known[position] <= _knownBy
        && (_releasedBy == int.MaxValue || _data.Released[position] <= _releasedBy)
        && (_minimumBasis == EvidenceBasis.Inferred || _data.Events.BasisAt(position) >= _minimumBasis);

    /// <summary>The visible events under a key that overlap the period, in timeline order.</summary>
    private IReadOnlyList<DiplomaticEvent> Select(Postings postings, DateInterval? period)
    {
        var (from, to) = Window(period);
        var shortSpans = postings.Short[Candidates(postings, from, to)];

        // One pass over the candidates, the matches gathered on the stack unless there are many.
        var found = shortSpans.Length <= 256 ? stackalloc int[shortSpans.Length] : new int[shortSpans.Length];
        var count = 0;
        foreach (var position in shortSpans)
        {
            if (Matches(position, from))
            {
                found[count++] = position;
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

        return Materialize(found[..count]);
    }

    /// <summary>Adds to <paramref name="into"/> the positions of the visible events under a key that overlap the period, ascending.</summary>
    private void CollectPositions(Postings postings, DateInterval? period, List<int> into)
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

    /// <summary>The events at ascending positions, each made when the caller first reads it (see <see cref="EventsAt"/>).</summary>
    private IReadOnlyList<DiplomaticEvent> Materialize(ReadOnlySpan<int> positions) =>
        positions.IsEmpty ? [] : new EventsAt(positions.ToArray(), _showAt);

    /// <summary>The event at a position as this view shows it.</summary>
    private DiplomaticEvent ShowAt(int position) => Shown(_data.Events[position]);

    private static int LowerBound(ReadOnlySpan<int> positions, PackedInts days, int day)
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
}
