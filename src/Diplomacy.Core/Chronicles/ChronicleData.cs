namespace Diplomacy;

/// <summary>
/// The immutable storage behind a <see cref="Chronicle"/> and all of its views: the actor table, the events in
/// timeline order with their day numbers, the id table, and the indexes by actor, pair of actors, kind and time.
/// Views share one instance. Queries never read it: they go through <see cref="IEventIndex"/>.
/// </summary>
/// <remarks>
/// Per event it holds a slot in <see cref="EventColumns"/> (plain coded events as columns, others as objects), three day numbers (earliest, latest, first known), one slot in the id table, and
/// one position per index key it is filed under (each actor, each pair of actors, its kind, and the whole timeline).
/// Each index keeps all of its positions in one buffer; a key costs a <see cref="PostingRange"/>. Each part is built
/// by its own type: <see cref="ActorTable"/>, <see cref="TimelineOrder"/>, <see cref="EventIdTable"/>,
/// <see cref="Postings"/> and <see cref="PairIndex"/>.
/// </remarks>
internal sealed class ChronicleData
{
    public static readonly ChronicleData Empty = new([], []);

    private readonly EventIdTable _ids;
    private readonly int[] _actorBuffer;
    private readonly PostingRange[] _actorRanges;
    private readonly PairIndex _pairs;
    private readonly int[] _kindBuffer;
    private readonly PostingRange[] _kindRanges;

    /// <summary>The kind most events have when more than half have it, else -1: it has no postings of its own.</summary>
    private readonly int _denseKind;
    private readonly int[] _kindCounts;

    /// <summary>Builds the storage from validated actors and events (the builder has checked them); sorts <paramref name="actors"/> in place.</summary>
    public ChronicleData(Actor[] actors, DiplomaticEvent[] events, bool concurrently = true)
        : this(new EventRows(events, new ActorTable(actors), concurrently), concurrently)
    {
    }

    private ChronicleData(EventRows rows, bool concurrently)
        : this(rows, TimelineOrder.Sort(rows), concurrently)
    {
    }

    /// <summary>
    /// Builds the storage from validated events <paramref name="rows"/> has read and <see cref="TimelineOrder.Sort"/>
    /// has put in timeline order, in two steps of two parts each that run side by side (two threads for a large input
    /// when <paramref name="concurrently"/>, see <see cref="Concurrently"/>): the event columns and id table beside
    /// the day columns and actors in timeline order; then the pair index beside the kind and actor postings.
    /// </summary>
    public ChronicleData(EventRows rows, (int[] Order, int[] Earliest, int[] Latest) timeline, bool concurrently = true)
    {
        ActorTable = rows.Actors;
        var (order, earliest, latest) = timeline;
        var size = concurrently ? order.Length : 0;
        var (columns, days) = Concurrently.Run(
            size,
            () =>
            {
                var columns = new EventColumns(rows, order);
                return (Columns: columns, Ids: new EventIdTable(rows.IdSlotsByPosition(order), columns));
            },
            () => TimelineDays.Gather(rows, order, earliest, latest));
        (Events, _ids) = columns;
        (Earliest, Latest, Known, Released) = (days.Earliest, days.Latest, days.Known, days.Released);
        (_pairs, var postings) = Concurrently.Run(
            size,
            () => new PairIndex(days.ActorStarts, days.ActorKeys, days.Earliest, days.Latest),
            () =>
            {
                var kindCounts = CountKinds(days.Kinds);
                return (
                    KindCounts: kindCounts,
                    Kinds: GroupKinds(days.Kinds, kindCounts.Dense, days.Earliest, days.Latest),
                    Spans: LongAndShort(days.Earliest, days.Latest),
                    Actors: Postings.Group(rows.Actors.Count, days.ActorKeys, days.ActorStarts, days.Earliest, days.Latest));
            });
        (_kindCounts, _denseKind) = postings.KindCounts;
        (_kindBuffer, _kindRanges) = postings.Kinds;
        (LongPositions, MaxShortSpan) = postings.Spans;
        (_actorBuffer, _actorRanges) = postings.Actors;
    }

    /// <summary>The day columns, kinds and actors of the events in timeline order, which the indexes are built from.</summary>
    private sealed record TimelineDays(
        PackedInts Earliest,
        PackedInts Latest,
        PackedInts Known,
        PackedInts Released,
        int[] Kinds,
        int[] ActorStarts,
        int[] ActorKeys)
    {
        public static TimelineDays Gather(EventRows rows, int[] order, int[] earliest, int[] latest)
        {
            var n = order.Length;
            var known = new int[n];
            var kinds = new int[n];
            var actorStarts = new int[n + 1];
            var actorKeys = new int[rows.ActorKeys.Length];
            for (var p = 0; p < n; p++)
            {
                var i = order[p];
                known[p] = rows.Known[i];
                kinds[p] = rows.Kinds[i];
                var (from, to) = (rows.ActorStarts[i], rows.ActorStarts[i + 1]);
                rows.ActorKeys.AsSpan(from, to - from).CopyTo(actorKeys.AsSpan(actorStarts[p]));
                actorStarts[p + 1] = actorStarts[p] + (to - from);
            }

            var knownDays = PackedInts.Pack(known);
            var releasedDays = knownDays;
            if (rows.Released is { } byInput)
            {
                var released = new int[n];
                for (var p = 0; p < n; p++)
                {
                    released[p] = byInput[order[p]];
                }

                releasedDays = PackedInts.Pack(released);
            }

            return new(PackedInts.Pack(earliest), PackedInts.Pack(latest), knownDays, releasedDays, kinds, actorStarts, actorKeys);
        }
    }

    private ChronicleData(ISnapshotReader reader, string prefix, ActorTable actors)
    {
        ActorTable = actors;
        var count = reader.ReadInts(prefix + "count");
        if (count.Length != 1 || count[0] < 0)
        {
            throw reader.Inconsistent(prefix + "count", "one event count, not negative, is expected.");
        }

        var n = count[0];
        Events = EventColumns.Load(reader, prefix, actors, n);
        Earliest = PackedInts.Load(reader, prefix + "earliest", n);
        Latest = PackedInts.Load(reader, prefix + "latest", n);
        Known = PackedInts.Load(reader, prefix + "known", n);
        var released = PackedInts.Load(reader, prefix + "released", n);
        Released = released.SameValues(Known) ? Known : released;
        var slots = reader.ReadInts(prefix + "id-slots");
        Snapshot.CheckIndexes(reader, prefix + "id-slots", slots, n + 1);
        if (n > 0 && slots.Length <= n)
        {
            throw reader.Inconsistent(prefix + "id-slots", $"{slots.Length} slots cannot hold {n} events.");
        }

        _ids = new EventIdTable(slots, Events);
        (_actorBuffer, _actorRanges) = LoadPostings(reader, prefix + "actors", n);
        if (_actorRanges.Length != actors.Count)
        {
            throw reader.Inconsistent(prefix + "actors.ranges", $"{_actorRanges.Length} ranges for {actors.Count} actors.");
        }

        (_kindBuffer, _kindRanges) = LoadPostings(reader, prefix + "kinds", n);
        _kindCounts = reader.ReadInts(prefix + "kinds.counts");
        if (_kindCounts.Length != _kindRanges.Length || _kindCounts.Any(c => c < 0) || _kindCounts.Sum(c => (long)c) != n)
        {
            throw reader.Inconsistent(prefix + "kinds.counts", $"counts for {_kindRanges.Length} kinds adding up to {n} events are expected.");
        }

        _denseKind = CountKinds(_kindCounts, n);
        (LongPositions, MaxShortSpan) = LongAndShort(Earliest, Latest);
        _pairs = PairIndex.Load(reader, prefix);
        Snapshot.CheckIndexes(reader, prefix + "pairs.buffer", _pairs.Buffer, n);
    }

    /// <summary>Writes this storage to a snapshot, its actors as indexes into <paramref name="allActors"/>.</summary>
    public void Save(ISnapshotWriter writer, string prefix, ActorTable allActors)
    {
        var actorIndexes = new int[ActorTable.Count];
        for (var i = 0; i < actorIndexes.Length; i++)
        {
            allActors.TryGetIndex(ActorTable.All[i].Id, out actorIndexes[i]);
        }

        writer.Write(prefix + "actor-indexes", actorIndexes);
        writer.Write(prefix + "count", [Events.Count]);
        Events.Save(writer, prefix);
        Earliest.Save(writer, prefix + "earliest");
        Latest.Save(writer, prefix + "latest");
        Known.Save(writer, prefix + "known");
        Released.Save(writer, prefix + "released");
        writer.Write(prefix + "id-slots", _ids.Slots);
        SavePostings(writer, prefix + "actors", _actorBuffer, _actorRanges);
        SavePostings(writer, prefix + "kinds", _kindBuffer, _kindRanges);
        writer.Write(prefix + "kinds.counts", _kindCounts);
        _pairs.Save(writer, prefix);
    }

    /// <summary>Reads storage that <see cref="Save"/> wrote; <paramref name="allActors"/> are every actor, ordered by id.</summary>
    public static ChronicleData Load(ISnapshotReader reader, string prefix, Actor[] allActors)
    {
        var indexes = reader.ReadInts(prefix + "actor-indexes");
        Snapshot.CheckIndexes(reader, prefix + "actor-indexes", indexes, allActors.Length);
        for (var i = 1; i < indexes.Length; i++)
        {
            if (indexes[i] <= indexes[i - 1])
            {
                throw reader.Inconsistent(prefix + "actor-indexes", "actor indexes must ascend.");
            }
        }

        return new ChronicleData(reader, prefix, new ActorTable([.. indexes.Select(i => allActors[i])]));
    }

    private static void SavePostings(ISnapshotWriter writer, string prefix, int[] buffer, PostingRange[] ranges)
    {
        writer.Write(prefix + ".buffer", buffer);
        writer.Write(prefix + ".ranges", System.Runtime.InteropServices.MemoryMarshal.Cast<PostingRange, int>(ranges));
    }

    private static (int[] Buffer, PostingRange[] Ranges) LoadPostings(ISnapshotReader reader, string prefix, int n)
    {
        var buffer = reader.ReadInts(prefix + ".buffer");
        Snapshot.CheckIndexes(reader, prefix + ".buffer", buffer, n);
        return (buffer, Postings.ReadRanges(reader, prefix + ".ranges", buffer.Length));
    }

    /// <summary>
    /// One storage holding the events of <paramref name="parts"/> (segments of one chronicle) and the actors of the
    /// newest of them.
    /// </summary>
    public static ChronicleData Merge(IReadOnlyList<ChronicleData> parts)
    {
        var events = new DiplomaticEvent[parts.Sum(p => p.Events.Count)];
        var next = 0;
        foreach (var part in parts)
        {
            for (var p = 0; p < part.Events.Count; p++)
            {
                events[next++] = part.Events[p];
            }
        }

        return new ChronicleData([.. parts[^1].ActorTable.All], events);
    }

    /// <summary>The actors, ordered by id, and their indexes.</summary>
    public ActorTable ActorTable { get; }

    /// <summary>Events in timeline order (see <see cref="TimelineComparer"/>), coded ones materialised on reading.</summary>
    public EventColumns Events { get; }

    /// <summary>Day number of each event's earliest possible day.</summary>
    public PackedInts Earliest { get; }

    /// <summary>Day number of each event's latest possible day.</summary>
    public PackedInts Latest { get; }

    /// <summary>Day number of the first day each event was certainly published.</summary>
    public PackedInts Known { get; }

    /// <summary>
    /// Day number of the first day each event was in a data set release (<see cref="DiplomaticEvent.FirstReleased"/>),
    /// else of its <see cref="Known"/> day. The same array as <see cref="Known"/> when no citation names a release.
    /// </summary>
    public PackedInts Released { get; }

    /// <summary>The positions of the events spanning more than <see cref="Postings.ShortSpanDays"/> days, ascending.</summary>
    public int[] LongPositions { get; }

    /// <summary>The most days any other event spans.</summary>
    public int MaxShortSpan { get; }

    /// <summary>
    /// True when the events of <paramref name="kind"/> (every event, for null) have no postings of their own and are
    /// found by scanning positions in timeline order: all events, and the kind that most events have (in event data,
    /// the coded events), whose postings would cost four bytes an event and save little over the scan.
    /// </summary>
    public bool IsDense(EventKind? kind) => kind is not { } k || (int)k == _denseKind;

    /// <summary>How many events there are of a kind, or in all for null.</summary>
    public int CountOf(EventKind? kind) =>
        kind is not { } k ? Events.Count : (uint)k < (uint)_kindCounts.Length ? _kindCounts[(int)k] : 0;

    /// <summary>The kind of the event at a position, without materialising a columnar event.</summary>
    public EventKind KindAt(int position) => Events.KindAt(position);

    public Postings ForActor(ActorId id) =>
        ActorTable.TryGetIndex(id, out var index) ? new Postings(_actorBuffer, _actorRanges[index]) : Postings.Empty;

    public Postings ForPair(ActorId first, ActorId second) =>
        ActorTable.TryGetIndex(first, out var a) && ActorTable.TryGetIndex(second, out var b) ? _pairs.For(a, b) : Postings.Empty;

    /// <remarks>For the dense kind (see <see cref="IsDense"/>) the postings are made on each call: callers keep them.</remarks>
    public Postings ForKind(EventKind kind)
    {
        if ((uint)kind >= (uint)_kindRanges.Length)
        {
            return Postings.Empty;
        }

        if ((int)kind != _denseKind)
        {
            return new Postings(_kindBuffer, _kindRanges[(int)kind]);
        }

        var positions = new List<int>(_kindCounts[(int)kind]);
        for (var p = 0; p < Events.Count; p++)
        {
            if (KindAt(p) == kind)
            {
                positions.Add(p);
            }
        }

        return Postings.From(positions, Earliest, Latest);
    }

    /// <summary>Events per kind, and the kind more than half of them have (or -1).</summary>
    private static (int[] Counts, int Dense) CountKinds(int[] kinds)
    {
        var counts = new int[Enum.GetValues<EventKind>().Length];
        foreach (var kind in kinds)
        {
            counts[kind]++;
        }

        return (counts, CountKinds(counts, kinds.Length));
    }

    private static int CountKinds(int[] counts, int total)
    {
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] * 2L > total)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The postings of every kind but the dense one.</summary>
    private static (int[] Buffer, PostingRange[] Ranges) GroupKinds(int[] kinds, int dense, PackedInts earliest, PackedInts latest)
    {
        var starts = new int[kinds.Length + 1];
        for (var p = 0; p < kinds.Length; p++)
        {
            starts[p + 1] = starts[p] + (kinds[p] == dense ? 0 : 1);
        }

        return Postings.Group(Enum.GetValues<EventKind>().Length, [.. kinds.Where(k => k != dense)], starts, earliest, latest);
    }

    /// <summary>The long-span positions, and the longest span of the others.</summary>
    private static (int[] Long, int MaxShortSpan) LongAndShort(PackedInts earliest, PackedInts latest)
    {
        var positions = new List<int>();
        var maxShortSpan = 0;
        for (var p = 0; p < earliest.Length; p++)
        {
            var span = Postings.Span(p, earliest, latest);
            if (span > Postings.ShortSpanDays)
            {
                positions.Add(p);
            }
            else
            {
                maxShortSpan = Math.Max(maxShortSpan, (int)span);
            }
        }

        return ([.. positions], maxShortSpan);
    }

    /// <summary>The position of the event with this id, or -1. O(1): a lookup in a hash table.</summary>
    public int PositionOf(EventId id) => _ids.PositionOf(id);

    /// <summary>The position of the event with this id, or -1, given <see cref="EventIdTable.HashOf(EventId)"/> of the id.</summary>
    public int PositionOf(EventId id, uint hash) => _ids.PositionOf(id, hash);
}
