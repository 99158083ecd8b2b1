namespace Diplomacy;

/// <summary>
/// The actors at war or in open conflict with an actor, per the <see cref="RelationshipChange"/> events in which it
/// is actor or partner: formed, strengthened and restored open a spell, ended, abandoned and sacrificed close it,
/// weakened leaves it open. The relationship is mutual whichever side recorded it.
/// </summary>
/// <remarks>Built per query in O(log n + r) for the r relationship changes involving the actor.</remarks>
internal sealed class Enemies
{
    private readonly Dictionary<ActorId, List<Spell<RelationshipChange>>> _spells;

    private Enemies(Dictionary<ActorId, List<Spell<RelationshipChange>>> spells) => _spells = spells;

    /// <summary>Everyone the actor was ever at war or in conflict with in the chronicle.</summary>
    public IEnumerable<ActorId> All => _spells.Keys;

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

        return new Enemies(spells);
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

    private static bool IsOpening(RelationshipChange c) =>
        c.Change is RelationshipChangeKind.Formed or RelationshipChangeKind.Strengthened or RelationshipChangeKind.Restored;

    private static bool IsClosing(RelationshipChange c) =>
        c.Change is RelationshipChangeKind.Ended or RelationshipChangeKind.Abandoned or RelationshipChangeKind.Sacrificed;
}
