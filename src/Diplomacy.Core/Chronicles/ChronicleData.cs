using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// The immutable storage behind a <see cref="Chronicle"/> and all of its views: the validated actors, the events in
/// timeline order, and the indexes. Views share one instance.
/// </summary>
internal sealed class ChronicleData
{
    public static readonly ChronicleData Empty = new([], []);

    private readonly Dictionary<ActorId, Actor> _actorsById;
    private readonly Dictionary<ActorId, Postings> _byActor;
    private readonly Dictionary<(ActorId, ActorId), Postings> _byPair;
    private readonly Postings[] _byKind;

    /// <summary>Builds the storage from validated actors and events (the builder has checked them).</summary>
    public ChronicleData(Actor[] actors, DiplomaticEvent[] events)
    {
        Array.Sort(actors, static (a, b) => a.Id.CompareTo(b.Id));
        Actors = actors;
        ReadOnlyActors = Array.AsReadOnly(actors);
        _actorsById = new Dictionary<ActorId, Actor>(actors.Length);
        foreach (var actor in actors)
        {
            _actorsById.Add(actor.Id, actor);
        }

        Array.Sort(events, TimelineComparer.Instance);
        Events = events;
        ReadOnlyEvents = Array.AsReadOnly(events);
        var n = events.Length;
        Earliest = new int[n];
        Latest = new int[n];
        Known = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            Earliest[i] = Days.Of(e.When.Earliest);
            Latest[i] = Days.Of(e.When.Latest);
            Known[i] = Days.Of(e.FirstKnown);
        }

        ById = new int[n];
        for (var i = 0; i < n; i++)
        {
            ById[i] = i;
        }

        Array.Sort(ById, (a, b) => events[a].Id.CompareTo(events[b].Id));

        var byActor = new Dictionary<ActorId, List<int>>();
        var byPair = new Dictionary<(ActorId, ActorId), List<int>>();
        var byKind = new List<int>[Enum.GetValues<EventKind>().Length];
        for (var k = 0; k < byKind.Length; k++)
        {
            byKind[k] = [];
        }

        var involved = new List<ActorId>(8);
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            byKind[(int)e.Kind].Add(i);
            involved.Clear();
            involved.AddRange(e.Actors);
            foreach (var actor in involved)
            {
                Add(byActor, actor, i);
            }

            for (var a = 0; a < involved.Count; a++)
            {
                for (var b = a + 1; b < involved.Count; b++)
                {
                    Add(byPair, PairKey(involved[a], involved[b]), i);
                }
            }
        }

        _byActor = byActor.ToDictionary(kv => kv.Key, kv => Postings.From(kv.Value, Earliest, Latest));
        _byPair = byPair.ToDictionary(kv => kv.Key, kv => Postings.From(kv.Value, Earliest, Latest));
        _byKind = byKind.Select(list => Postings.From(list, Earliest, Latest)).ToArray();
        var all = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            all.Add(i);
        }

        All = Postings.From(all, Earliest, Latest);
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

    /// <summary>Positions sorted by event id, for lookup by binary search.</summary>
    public int[] ById { get; }

    public Postings All { get; }

    public bool TryGetActor(ActorId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor) => _actorsById.TryGetValue(id, out actor);

    public Postings ForActor(ActorId id) => _byActor.GetValueOrDefault(id) ?? Postings.Empty;

    public Postings ForPair(ActorId first, ActorId second) => _byPair.GetValueOrDefault(PairKey(first, second)) ?? Postings.Empty;

    public Postings ForKind(EventKind kind) => (uint)kind < (uint)_byKind.Length ? _byKind[(int)kind] : Postings.Empty;

    public int PositionOf(EventId id)
    {
        int lo = 0, hi = ById.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = Events[ById[mid]].Id.CompareTo(id);
            if (c == 0)
            {
                return ById[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static (ActorId, ActorId) PairKey(ActorId a, ActorId b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position)
        where TKey : notnull
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
        list ??= [];
        list.Add(position);
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
}
