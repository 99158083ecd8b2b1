using NodaTime;

namespace Diplomacy;

/// <summary>
/// The actors at war or in open conflict with an actor, per the <see cref="RelationshipChange"/> events in which it
/// is actor or partner: formed, strengthened and restored open a spell, ended, abandoned and sacrificed close it,
/// weakened leaves it open. The relationship is mutual whichever side recorded it. Arms or aid delivered to an
/// enemy's official body reach the enemy (<see cref="Affiliation.EndUsers"/>).
/// </summary>
/// <remarks>
/// Built per query in O(log n + r + Σ(log n + b)) for the r relationship changes involving the actor and the b
/// organisations based in each enemy.
/// </remarks>
internal sealed class Enemies
{
    private readonly Dictionary<ActorId, List<Spell<RelationshipChange>>> _spells;
    private readonly Dictionary<ActorId, ActorId> _receiving;

    private Enemies(Dictionary<ActorId, List<Spell<RelationshipChange>>> spells, Dictionary<ActorId, ActorId> receiving)
    {
        _spells = spells;
        _receiving = receiving;
    }

    /// <summary>Everyone the actor was ever at war or in conflict with in the chronicle.</summary>
    public IEnumerable<ActorId> All => _spells.Keys;

    /// <summary>
    /// Everyone who receives for an enemy, with the enemy: each enemy itself and, for a state, its official bodies.
    /// </summary>
    public IReadOnlyDictionary<ActorId, ActorId> Receivers => _receiving;

    /// <summary>
    /// The enemy that what is delivered to <paramref name="recipient"/> reaches: the recipient itself when it is an
    /// enemy, the state whose official body it is when that state is one; else null.
    /// </summary>
    public ActorId? Receiving(ActorId recipient) => _receiving.TryGetValue(recipient, out var enemy) ? enemy : (ActorId?)null;

    public static Enemies Of(Chronicle chronicle, ActorId actor)
    {
        var changes = chronicle.Involving<RelationshipChange>(EventKind.RelationshipChange, actor)
            .Where(c => c.Relationship is RelationshipKind.War or RelationshipKind.Conflict && (c.Actor == actor || c.Partner == actor));
        var spells = new Dictionary<ActorId, List<Spell<RelationshipChange>>>();
        foreach (var group in changes.GroupBy(c => (Other: c.Actor == actor ? c.Partner : c.Actor, c.Relationship)))
        {
            if (!spells.TryGetValue(group.Key.Other, out var list))
            {
                spells.Add(group.Key.Other, list = []);
            }

            list.AddRange(Spell<RelationshipChange>.Build(group, IsOpening, IsClosing));
        }

        var receiving = spells.Keys.ToDictionary(other => other);
        foreach (var other in spells.Keys)
        {
            foreach (var endUser in Affiliation.EndUsers(chronicle, other))
            {
                receiving.TryAdd(endUser, other);
            }
        }

        return new Enemies(spells, receiving);
    }

    /// <summary>
    /// Whether <paramref name="other"/> was an enemy on the possible days of <paramref name="when"/>, as for
    /// <see cref="Spells.HeldThroughout{TEvent}"/>; with the relationship changes that say so.
    /// </summary>
    public (Certainty? Certainty, IEnumerable<RelationshipChange> Evidence) During(ActorId other, FuzzyDate when)
    {
        if (!_spells.TryGetValue(other, out var spells))
        {
            return (null, []);
        }

        int from = Days.Of(when.Earliest), to = Days.Of(when.Latest);
        var certainty = Spells.HeldThroughout(spells, from, to);
        return (certainty, certainty is null ? [] : spells.Where(s => s.PossiblyDuring(from, to)).SelectMany(s => s.Events));
    }

    /// <summary>
    /// Whether <paramref name="other"/> was an enemy on some day from <paramref name="from"/> to <paramref name="to"/>,
    /// as for <see cref="Spells.HeldSometime{TEvent}"/>: null when not even possibly.
    /// </summary>
    public Certainty? Sometime(ActorId other, LocalDate from, LocalDate to) =>
        _spells.TryGetValue(other, out var spells) ? Spells.HeldSometime(spells, Days.Of(from), Days.Of(to)) : null;

    private static bool IsOpening(RelationshipChange c) =>
        c.Change is RelationshipChangeKind.Formed or RelationshipChangeKind.Strengthened or RelationshipChangeKind.Restored;

    private static bool IsClosing(RelationshipChange c) =>
        c.Change is RelationshipChangeKind.Ended or RelationshipChangeKind.Abandoned or RelationshipChangeKind.Sacrificed;
}
