using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// Indexes behind <see cref="IEventIndex"/> beyond the chronicle's own: events of one kind by actor, the transfers that continue
/// each transfer, and actors grouped by the state they belong to. Each is built on first use, once per chronicle
/// storage, and shared by the chronicle and all its views (which filter by visibility as usual).
/// </summary>
/// <remarks>
/// Building the index of a kind costs O(m·a) once, for m events of that kind with a actors each; building the
/// continuation index costs O(t log n) once for t transfers; grouping actors costs O(number of actors) once.
/// Lookups are then O(1) and every query pays O(log n + k) for the k events under the key.
/// </remarks>
internal sealed class KindIndex
{
    private static readonly ConditionalWeakTable<ChronicleData, KindIndex> Cache = new();

    private readonly ChronicleData _data;
    private readonly Lazy<Dictionary<ActorId, Postings>>[] _byKindAndActor;
    private readonly Lazy<Dictionary<(ActorId, ActorId), Postings>>[] _byKindAndPair;
    private readonly Lazy<Dictionary<ActorId, Postings>> _tradeOffs;
    private readonly Lazy<Dictionary<EventId, int[]>> _continuations;
    private readonly Lazy<ActorGroups> _groups;

    private KindIndex(ChronicleData data)
    {
        _data = data;
        var kinds = Enum.GetValues<EventKind>();
        _byKindAndActor = new Lazy<Dictionary<ActorId, Postings>>[kinds.Length];
        foreach (var kind in kinds)
        {
            _byKindAndActor[(int)kind] = new Lazy<Dictionary<ActorId, Postings>>(() => BuildByActor(kind));
        }

        _byKindAndPair = new Lazy<Dictionary<(ActorId, ActorId), Postings>>[kinds.Length];
        foreach (var kind in kinds)
        {
            _byKindAndPair[(int)kind] = new Lazy<Dictionary<(ActorId, ActorId), Postings>>(() => BuildByPair(kind));
        }

        _tradeOffs = new Lazy<Dictionary<ActorId, Postings>>(() => Build<ActorId>(
            EventKind.RelationshipChange,
            static e => e is RelationshipChange { InExchangeFor: not null } c ? [c.Actor] : []));

        _continuations = new Lazy<Dictionary<EventId, int[]>>(BuildContinuations);
        _groups = new Lazy<ActorGroups>(() => new ActorGroups(_data.ActorTable.All));
    }

    /// <summary>The index for a chronicle's storage, built on first use.</summary>
    public static KindIndex Of(ChronicleData data) => Cache.GetValue(data, static d => new KindIndex(d));

    /// <summary>The positions of the events of <paramref name="kind"/> that involve <paramref name="actor"/>.</summary>
    public Postings ByActor(EventKind kind, ActorId actor) =>
        _byKindAndActor[(int)kind].Value.GetValueOrDefault(actor);

    /// <summary>
    /// The positions of the events of <paramref name="kind"/> that involve both actors. Meant for kinds with two or
    /// three actors per event (sanctions steps): the index holds every pair of each event's actors.
    /// </summary>
    public Postings ByPair(EventKind kind, ActorId first, ActorId second) =>
        _byKindAndPair[(int)kind].Value.GetValueOrDefault(PairKey(first, second));

    /// <summary>The positions of the relationship changes <paramref name="actor"/> made in exchange for something.</summary>
    public Postings TradeOffsBy(ActorId actor) => _tradeOffs.Value.GetValueOrDefault(actor);

    /// <summary>
    /// The positions of the transfers whose <see cref="ArmsTransfer.Continues"/> names <paramref name="transfer"/>,
    /// ascending (the transfer itself may be stored in another segment of the chronicle).
    /// </summary>
    public IReadOnlyList<int> ContinuationsOf(EventId transfer) =>
        _continuations.Value.GetValueOrDefault(transfer) ?? [];

    /// <summary>The persons whose nationality is <paramref name="state"/>.</summary>
    public IReadOnlyList<Person> Nationals(ActorId state) => _groups.Value.Nationals.GetValueOrDefault(state) ?? [];

    /// <summary>The organisations whose home state is <paramref name="state"/>, of any kind.</summary>
    public IReadOnlyList<Organization> BasedIn(ActorId state) => _groups.Value.BasedIn.GetValueOrDefault(state) ?? [];

    private static (ActorId, ActorId) PairKey(ActorId a, ActorId b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);

    private Dictionary<ActorId, Postings> BuildByActor(EventKind kind) => Build<ActorId>(kind, static e => e.Actors);

    private Dictionary<(ActorId, ActorId), Postings> BuildByPair(EventKind kind) => Build(kind, static e =>
    {
        var actors = e.Actors;
        var pairs = new List<(ActorId, ActorId)>();
        for (var a = 0; a < actors.Count; a++)
        {
            for (var b = a + 1; b < actors.Count; b++)
            {
                pairs.Add(PairKey(actors[a], actors[b]));
            }
        }

        return pairs;
    });

    /// <summary>Indexes the events of one kind under the keys <paramref name="keysOf"/> gives each (each key once per event).</summary>
    private Dictionary<TKey, Postings> Build<TKey>(EventKind kind, Func<DiplomaticEvent, IReadOnlyList<TKey>> keysOf)
        where TKey : notnull
    {
        var all = _data.ForKind(kind);
        var positions = new int[all.Count];
        all.Short.CopyTo(positions);
        all.Long.CopyTo(positions.AsSpan(all.Short.Length));
        Array.Sort(positions);
        var lists = new Dictionary<TKey, List<int>>();
        foreach (var position in positions)
        {
            foreach (var key in keysOf(_data.Events[position]))
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
                list ??= [];
                if (list.Count == 0 || list[^1] != position)
                {
                    list.Add(position);
                }
            }
        }

        var result = new Dictionary<TKey, Postings>(lists.Count);
        foreach (var (key, list) in lists)
        {
            result.Add(key, Postings.From(list, _data.Earliest, _data.Latest));
        }

        return result;
    }

    private Dictionary<EventId, int[]> BuildContinuations()
    {
        var lists = new Dictionary<EventId, List<int>>();
        var transfers = _data.ForKind(EventKind.ArmsTransfer);
        foreach (var position in (int[])[.. transfers.Short, .. transfers.Long])
        {
            if (_data.Events[position] is ArmsTransfer { Continues: { } previous })
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, previous, out _);
                list ??= [];
                list.Add(position);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray());
    }

    private sealed class ActorGroups
    {
        public ActorGroups(IReadOnlyList<Actor> actors)
        {
            Nationals = actors.OfType<Person>().Where(p => p.Nationality is not null)
                .GroupBy(p => p.Nationality!.Value).ToDictionary(g => g.Key, g => g.ToArray());
            BasedIn = actors.OfType<Organization>().Where(o => o.HomeState is not null)
                .GroupBy(o => o.HomeState!.Value).ToDictionary(g => g.Key, g => g.ToArray());
        }

        public Dictionary<ActorId, Person[]> Nationals { get; }

        public Dictionary<ActorId, Organization[]> BasedIn { get; }
    }
}
