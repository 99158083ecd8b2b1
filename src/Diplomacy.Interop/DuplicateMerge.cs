namespace Diplomacy.Interop;

/// <summary>
/// Folds duplicate reports of one event into one event that keeps every citation, by a <see cref="DuplicateStrategy"/>,
/// and reports what it folded.
/// </summary>
/// <remarks>
/// The first event of each group, in the chronicle's timeline order (which is deterministic), is kept with its id and
/// content; the citations of the others are added to it (a citation it already holds, or one of the same article on
/// the same day, is not added twice) and they are left out. Merging is idempotent: merging the result again by the
/// same strategy folds nothing. Events linked to others (a reaction and the events in its <c>InResponseTo</c>, a
/// disclosure and those in its <c>About</c>, a transfer and the one it <c>Continues</c>) are never folded, so that no
/// reference is left dangling. Memory grows with
/// the distinct keys, not with the duplicates.
/// </remarks>
/// <example>
/// <code>
/// var (merged, folds) = DuplicateMerge.Apply(chronicle, DuplicateStrategy.OneADay);
/// foreach (var fold in folds) Console.WriteLine(fold); // e.g. "gdelt-1 keeps gdelt-2, gdelt-7 (one-a-day)"
/// </code>
/// </example>
public static class DuplicateMerge
{
    /// <summary>The chronicle with its duplicates folded, and one <see cref="MergedEvents"/> for each event that absorbed others.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DuplicateMergeResult Apply(Chronicle chronicle, DuplicateStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(strategy);
        var kept = new List<DiplomaticEvent>(chronicle.Events.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var folded = new Dictionary<int, List<EventId>>();
        var linked = Linked(chronicle);
        foreach (var e in chronicle.Events)
        {
            var key = linked.Contains(e.Id) ? null : strategy.Key(e);
            if (key is null || !positions.TryGetValue(key, out var position))
            {
                if (key is not null)
                {
                    positions.Add(key, kept.Count);
                }

                kept.Add(e);
                continue;
            }

            kept[position] = CitationJoin.Join(kept[position], e.Citations);
            (folded.TryGetValue(position, out var ids) ? ids : folded[position] = []).Add(e.Id);
        }

        var merges = folded.OrderBy(f => f.Key).Select(f => new MergedEvents(kept[f.Key].Id, f.Value, strategy.Name)).ToArray();
        var result = merges.Length == 0 ? chronicle : new ChronicleBuilder().AddActors(chronicle.Actors).AddEvents(kept).Build();
        return new DuplicateMergeResult(result, merges);
    }

    /// <summary>
    /// The events that refer to others (a reaction, a disclosure, a continued transfer) and those they refer to: those are
    /// never folded, so no reference dangles, and folding never frees an event for a later merge (merging stays idempotent).
    /// </summary>
    private static HashSet<EventId> Linked(Chronicle chronicle)
    {
        var referenced = new HashSet<EventId>();
        foreach (var e in chronicle.Events)
        {
            IEnumerable<EventId> ids = e switch
            {
                PublicReaction r => r.InResponseTo,
                Disclosure d => d.About,
                ArmsTransfer { Continues: { } previous } => [previous],
                _ => [],
            };
            var before = referenced.Count;
            referenced.UnionWith(ids);
            if (referenced.Count > before || ids.Any())
            {
                referenced.Add(e.Id);
            }
        }

        return referenced;
    }
}
