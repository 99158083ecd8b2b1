using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// The immutable storage behind a <see cref="Chronicle"/> and all of its views: the validated actors, the events in
/// timeline order, and the indexes. Views share one instance.
/// </summary>
/// <remarks>
/// Per event it holds a reference, three day numbers (earliest, latest, first known), its rank by id, and one
/// position per index key it is filed under (each actor, each pair of actors, its kind, and the whole timeline).
/// Each index keeps all of its positions in one buffer; a key costs a <see cref="PostingRange"/>.
/// </remarks>
internal sealed class ChronicleData
{
    public static readonly ChronicleData Empty = new([], []);

    private readonly Dictionary<ActorId, int> _actorIndex;
    private readonly int[] _actorBuffer;
    private readonly PostingRange[] _actorRanges;
    private readonly int[] _pairBuffer;
    private readonly Dictionary<long, PostingRange> _pairRanges;
    private readonly int[] _kindBuffer;
    private readonly PostingRange[] _kindRanges;
    private readonly int[] _allBuffer;
    private readonly PostingRange _allRange;
    private readonly int[] _idSlots;

    /// <summary>Builds the storage from validated actors and events (the builder has checked them).</summary>
    public ChronicleData(Actor[] actors, DiplomaticEvent[] events)
    {
        Array.Sort(actors, static (a, b) => a.Id.CompareTo(b.Id));
        Actors = actors;
        ReadOnlyActors = Array.AsReadOnly(actors);
        _actorIndex = new Dictionary<ActorId, int>(actors.Length);
        for (var i = 0; i < actors.Length; i++)
        {
            _actorIndex.Add(actors[i].Id, i);
        }

        var n = events.Length;
        (Events, Earliest, Latest) = SortByTimeline(events);
        ReadOnlyEvents = Array.AsReadOnly(Events);
        Known = new int[n];
        for (var p = 0; p < n; p++)
        {
            Known[p] = FirstKnown(Events[p]);
        }

        _idSlots = HashIds(Events);

        var kinds = new int[n];
        for (var p = 0; p < n; p++)
        {
            kinds[p] = (int)Events[p].Kind;
        }

        (_kindBuffer, _kindRanges) = Postings.Group(Enum.GetValues<EventKind>().Length, kinds, null, Earliest, Latest);
        var (allBuffer, allRanges) = Postings.Group(1, null, null, Earliest, Latest);
        (_allBuffer, _allRange) = (allBuffer, allRanges[0]);

        var (actorStarts, actorKeys) = ActorsOfEvents();
        (_actorBuffer, _actorRanges) = Postings.Group(_actorIndex.Count, actorKeys, actorStarts, Earliest, Latest);
        (_pairBuffer, _pairRanges) = GroupPairs(actorStarts, actorKeys);
    }

    public Actor[] Actors { get; }

    public IReadOnlyList<Actor> ReadOnlyActors { get; }

    public IReadOnlyList<DiplomaticEvent> ReadOnlyEvents { get; }

    /// <summary>Events in timeline order: by <see cref="FuzzyDate"/> order, then by id.</summary>
    public DiplomaticEvent[] Events { get; }

    /// <summary>Day number of each event's earliest possible day.</summary>
    public int[] Earliest { get; }

    /// <summary>Day number of each event's latest possible day.</summary>
    public int[] Latest { get; }

    /// <summary>Day number of the first day each event was certainly published.</summary>
    public int[] Known { get; }

    public Postings All => new(_allBuffer, _allRange);

    public bool TryGetActor(ActorId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor)
    {
        actor = _actorIndex.TryGetValue(id, out var index) && index < Actors.Length ? Actors[index] : null;
        return actor is not null;
    }

    public Postings ForActor(ActorId id) =>
        _actorIndex.TryGetValue(id, out var index) ? new Postings(_actorBuffer, _actorRanges[index]) : Postings.Empty;

    public Postings ForPair(ActorId first, ActorId second) =>
        _actorIndex.TryGetValue(first, out var a) && _actorIndex.TryGetValue(second, out var b) && _pairRanges.TryGetValue(PairKey(a, b), out var range)
            ? new Postings(_pairBuffer, range)
            : Postings.Empty;

    public Postings ForKind(EventKind kind) =>
        (uint)kind < (uint)_kindRanges.Length ? new Postings(_kindBuffer, _kindRanges[(int)kind]) : Postings.Empty;

    /// <summary>The position of the event with this id, or -1. O(1): a lookup in an open-addressing table.</summary>
    public int PositionOf(EventId id)
    {
        if (_idSlots.Length == 0 || id.IsDefault)
        {
            return -1;
        }

        for (var slot = Slot(id, _idSlots.Length); ; slot = slot + 1 == _idSlots.Length ? 0 : slot + 1)
        {
            var entry = _idSlots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (Events[entry - 1].Id == id)
            {
                return entry - 1;
            }
        }
    }

    private static long PairKey(int a, int b) => a <= b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>
    /// Timeline order without comparing dates as objects: sorts by (earliest day, latest day) packed in a number,
    /// then puts each run of events with the same days in full <see cref="TimelineComparer"/> order.
    /// </summary>
    private static (DiplomaticEvent[] Events, int[] Earliest, int[] Latest) SortByTimeline(DiplomaticEvent[] events)
    {
        var n = events.Length;
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var when = events[i].When;
            keys[i] = ((long)Days.Of(when.Earliest) << 32) | ((uint)Days.Of(when.Latest) ^ 0x8000_0000u);
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ties = new List<Tie>();
        for (int start = 0, end; start < n; start = end)
        {
            for (end = start + 1; end < n && keys[end] == keys[start]; end++)
            {
            }

            if (end - start > 1)
            {
                SortTies(events, order.AsSpan(start, end - start), ties);
            }
        }

        var sorted = new DiplomaticEvent[n];
        var earliest = new int[n];
        var latest = new int[n];
        for (var p = 0; p < n; p++)
        {
            sorted[p] = events[order[p]];
            earliest[p] = (int)(keys[p] >> 32);
            latest[p] = (int)((uint)keys[p] ^ 0x8000_0000u);
        }

        return (sorted, earliest, latest);
    }

    /// <summary>
    /// An open-addressing table (linear probing, at most 80% full) from id to position + 1 (0 is an empty slot):
    /// about five bytes per event, built in one pass without comparing ids, where a sorted index needs a sort.
    /// </summary>
    private static int[] HashIds(DiplomaticEvent[] events)
    {
        if (events.Length == 0)
        {
            return [];
        }

        var slots = new int[checked((int)Math.Min(Array.MaxLength, (events.Length * 5L / 4) + 1))];
        for (var p = 0; p < events.Length; p++)
        {
            var slot = Slot(events[p].Id, slots.Length);
            while (slots[slot] != 0)
            {
                slot = slot + 1 == slots.Length ? 0 : slot + 1;
            }

            slots[slot] = p + 1;
        }

        return slots;
    }

    /// <summary>The home slot of an id: its ordinal hash mapped onto the table (multiply and shift, no division).</summary>
    private static int Slot(EventId id, int length) => (int)(((ulong)(uint)id.GetHashCode() * (uint)length) >> 32);

    /// <summary>
    /// The day number of <see cref="DiplomaticEvent.FirstKnown"/>, from the citations directly (the day number of the
    /// earliest "latest publication day"; <c>Days.Of</c> keeps order).
    /// </summary>
    private static int FirstKnown(DiplomaticEvent e)
    {
        var citations = e.Citations;
        if (citations.Count == 0)
        {
            return Days.Of(e.FirstKnown);
        }

        var first = int.MaxValue;
        for (var i = 0; i < citations.Count; i++)
        {
            first = Math.Min(first, Days.Of(citations[i].Published.Latest));
        }

        return first;
    }

    /// <summary>The actor indexes of each event (for position p, keys[starts[p]..starts[p + 1]]), in timeline order.</summary>
    private (int[] Starts, int[] Keys) ActorsOfEvents()
    {
        var starts = new int[Events.Length + 1];
        var keys = new List<int>(Events.Length * 2);
        for (var p = 0; p < Events.Length; p++)
        {
            var actors = Events[p].Actors;
            for (var i = 0; i < actors.Count; i++)
            {
                // Validation has checked every actor is known; an unknown one (only possible without it) gets an index past them.
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_actorIndex, actors[i], out var exists);
                if (!exists)
                {
                    index = _actorIndex.Count - 1;
                }

                keys.Add(index);
            }

            starts[p + 1] = keys.Count;
        }

        return (starts, [.. keys]);
    }

    /// <summary>Files each event under every pair of its actors.</summary>
    private (int[] Buffer, Dictionary<long, PostingRange> Ranges) GroupPairs(int[] actorStarts, int[] actorKeys)
    {
        var n = Events.Length;
        var pairIds = new Dictionary<long, int>(PairKeyComparer.Instance);
        var pairKeys = new List<long>();
        var starts = new int[n + 1];
        var keys = new List<int>(n);
        for (var p = 0; p < n; p++)
        {
            for (var i = actorStarts[p]; i < actorStarts[p + 1]; i++)
            {
                for (var j = i + 1; j < actorStarts[p + 1]; j++)
                {
                    var pair = PairKey(actorKeys[i], actorKeys[j]);
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(pairIds, pair, out var exists);
                    if (!exists)
                    {
                        id = pairKeys.Count;
                        pairKeys.Add(pair);
                    }

                    keys.Add(id);
                }
            }

            starts[p + 1] = keys.Count;
        }

        var (buffer, ranges) = Postings.Group(pairKeys.Count, [.. keys], starts, Earliest, Latest);
        var byPair = new Dictionary<long, PostingRange>(pairKeys.Count, PairKeyComparer.Instance);
        for (var k = 0; k < pairKeys.Count; k++)
        {
            byPair.Add(pairKeys[k], ranges[k]);
        }

        return (buffer, byPair);
    }

    /// <summary>Timeline order: by date (earliest, latest, precision, qualifiers), then by id.</summary>
    internal sealed class TimelineComparer : IComparer<DiplomaticEvent>
    {
        public static readonly TimelineComparer Instance = new();

        public int Compare(DiplomaticEvent? x, DiplomaticEvent? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var c = x.When.CompareTo(y.When);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }
    }

    /// <summary>
    /// Hashes pair keys by mixing all their bits: <see cref="long.GetHashCode"/> xors the two actor indexes, which
    /// sends every pair with the same xor (thousands, for thousands of actors) to the same bucket.
    /// </summary>
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static readonly PairKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E37_79B9_7F4A_7C15UL) >> 32);
    }

    /// <summary>
    /// Puts a run of events with the same first and last day in <see cref="TimelineComparer"/> order. Each event and
    /// id is read once into a <see cref="Tie"/>; most comparisons then end at the date or the first four characters
    /// of the ids, without reaching the objects again.
    /// </summary>
    private static void SortTies(DiplomaticEvent[] events, Span<int> run, List<Tie> scratch)
    {
        scratch.Clear();
        foreach (var index in run)
        {
            var e = events[index];
            var id = e.Id.Value;
            var prefix = 0UL;
            for (var c = 0; c < 4; c++)
            {
                prefix = (prefix << 16) | (c < id.Length ? id[c] : 0UL);
            }

            scratch.Add(new Tie(e.When, prefix, id, index));
        }

        var sorted = CollectionsMarshal.AsSpan(scratch);
        sorted.Sort(default(TieOrder));
        for (var k = 0; k < run.Length; k++)
        {
            run[k] = sorted[k].Index;
        }
    }

    /// <summary>An event of a run being sorted: its date, the first four characters of its id packed in order, its id.</summary>
    private readonly record struct Tie(FuzzyDate When, ulong IdPrefix, string Id, int Index);

    /// <summary>Timeline order of <see cref="Tie"/>s: date, then id (ordinal; the packed prefix decides most).</summary>
    private readonly struct TieOrder : IComparer<Tie>
    {
        public int Compare(Tie x, Tie y)
        {
            var c = x.When.CompareTo(y.When);
            if (c == 0)
            {
                c = x.IdPrefix.CompareTo(y.IdPrefix);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
