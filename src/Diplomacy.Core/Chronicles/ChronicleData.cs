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
    private readonly int[] _allBuffer;
    private readonly PostingRange _allRange;

    /// <summary>Builds the storage from validated actors and events (the builder has checked them).</summary>
    public ChronicleData(Actor[] actors, DiplomaticEvent[] events)
    {
        ActorTable = new ActorTable(actors);
        var n = events.Length;
        var (sorted, earliest, latest) = TimelineOrder.Sort(events);
        var known = new int[n];
        var kinds = new int[n];
        for (var p = 0; p < n; p++)
        {
            known[p] = FirstKnown(sorted[p]);
            kinds[p] = (int)sorted[p].Kind;
        }

        (Earliest, Latest, Known) = (PackedInts.Pack(earliest), PackedInts.Pack(latest), PackedInts.Pack(known));
        Released = FirstReleased(sorted, known) is { } released ? PackedInts.Pack(released) : Known;
        var (actorStarts, actorKeys) = ActorsOfEvents(sorted);
        Events = new EventColumns(sorted, ActorTable);
        _ids = new EventIdTable(sorted, Events);
        (_kindBuffer, _kindRanges) = Postings.Group(Enum.GetValues<EventKind>().Length, kinds, null, Earliest, Latest);
        var (allBuffer, allRanges) = Postings.Group(1, null, null, Earliest, Latest);
        (_allBuffer, _allRange) = (allBuffer, allRanges[0]);

        (_actorBuffer, _actorRanges) = Postings.Group(ActorTable.Count, actorKeys, actorStarts, Earliest, Latest);
        _pairs = new PairIndex(actorStarts, actorKeys, Earliest, Latest);
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
        (_allBuffer, var allRanges) = LoadPostings(reader, prefix + "all", n);
        _allRange = allRanges.Length == 1 ? allRanges[0] : throw reader.Inconsistent(prefix + "all.ranges", "one range expected.");
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
        SavePostings(writer, prefix + "all", _allBuffer, [_allRange]);
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

    public Postings All => new(_allBuffer, _allRange);

    public Postings ForActor(ActorId id) =>
        ActorTable.TryGetIndex(id, out var index) ? new Postings(_actorBuffer, _actorRanges[index]) : Postings.Empty;

    public Postings ForPair(ActorId first, ActorId second) =>
        ActorTable.TryGetIndex(first, out var a) && ActorTable.TryGetIndex(second, out var b) ? _pairs.For(a, b) : Postings.Empty;

    public Postings ForKind(EventKind kind) =>
        (uint)kind < (uint)_kindRanges.Length ? new Postings(_kindBuffer, _kindRanges[(int)kind]) : Postings.Empty;

    /// <summary>The position of the event with this id, or -1. O(1): a lookup in a hash table.</summary>
    public int PositionOf(EventId id) => _ids.PositionOf(id);

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

    /// <summary>The release day of each event that has one, else its known day; null when no event has one.</summary>
    private static int[]? FirstReleased(DiplomaticEvent[] events, int[] known)
    {
        int[]? released = null;
        for (var p = 0; p < events.Length; p++)
        {
            if (events[p].FirstReleased is { } day)
            {
                released ??= (int[])known.Clone();
                released[p] = Days.Of(day);
            }
        }

        return released;
    }

    /// <summary>
    /// The actor indexes of each event (for position p, keys[starts[p]..starts[p + 1]]), in timeline order. Validation
    /// has checked that every actor of every event is in the table.
    /// </summary>
    private (int[] Starts, int[] Keys) ActorsOfEvents(DiplomaticEvent[] events)
    {
        var starts = new int[events.Length + 1];
        var keys = new List<int>(events.Length * 2);
        for (var p = 0; p < events.Length; p++)
        {
            var actors = events[p].Actors;
            for (var i = 0; i < actors.Count; i++)
            {
                if (!ActorTable.TryGetIndex(actors[i], out var index))
                {
                    throw new InvalidOperationException($"Event '{events[p].Id}' names actor '{actors[i]}', which the chronicle does not hold; validate before storing.");
                }

                keys.Add(index);
            }

            starts[p + 1] = keys.Count;
        }

        return (starts, [.. keys]);
    }
}
