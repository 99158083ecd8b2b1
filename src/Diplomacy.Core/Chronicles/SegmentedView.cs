using NodaTime;

namespace Diplomacy;

/// <summary>
/// The <see cref="IEventIndex"/> of a chronicle (or view) stored in several segments (see
/// <see cref="ChronicleStorage"/>): asks each segment's <see cref="ChronicleView"/> and merges the answers in timeline
/// order. Each event is stored in exactly one segment, so the merge never meets an event twice.
/// </summary>
internal sealed class SegmentedView(ChronicleView[] parts) : IEventIndex
{
    /// <inheritdoc/>
    public IReadOnlyList<Actor> Actors => parts[^1].Actors;

    /// <inheritdoc/>
    public IReadOnlyList<DiplomaticEvent> Events(EventKey key, DateInterval? period = null) =>
        Merge(parts.Select(p => p.Events(key, period)));

    /// <inheritdoc/>
    public IReadOnlyList<DiplomaticEvent> Events(IEnumerable<EventKey> keys, DateInterval? period = null)
    {
        var all = keys.ToArray();
        return Merge(parts.Select(p => p.Events(all, period)));
    }

    /// <inheritdoc/>
    public long Count(EventKey key) => parts.Sum(p => p.Count(key));

    /// <inheritdoc/>
    public DiplomaticEvent? Find(EventId id)
    {
        foreach (var part in parts)
        {
            if (part.Data.PositionOf(id) >= 0)
            {
                return part.Find(id);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<RelationshipChange> TradeOffsBy(ActorId actor) => Merge(parts.Select(p => p.TradeOffsBy(actor)));

    /// <inheritdoc/>
    public IReadOnlyList<ArmsTransfer> ContinuationsOf(EventId transfer) => Merge(parts.Select(p => p.ContinuationsOf(transfer)));

    /// <inheritdoc/>
    public IReadOnlyList<Person> Nationals(ActorId state) => parts[^1].Nationals(state);

    /// <inheritdoc/>
    public IReadOnlyList<Organization> BasedIn(ActorId state) => parts[^1].BasedIn(state);

    /// <summary>Merges lists that are each in timeline order into one in timeline order.</summary>
    private static IReadOnlyList<TEvent> Merge<TEvent>(IEnumerable<IReadOnlyList<TEvent>> answers)
        where TEvent : DiplomaticEvent
    {
        var lists = answers.Where(a => a.Count > 0).ToArray();
        switch (lists.Length)
        {
            case 0:
                return [];
            case 1:
                return lists[0];
        }

        var merged = new TEvent[lists.Sum(l => l.Count)];
        var next = new int[lists.Length];
        for (var m = 0; m < merged.Length; m++)
        {
            var best = -1;
            for (var l = 0; l < lists.Length; l++)
            {
                if (next[l] < lists[l].Count
                    && (best < 0 || TimelineComparer.Instance.Compare(lists[l][next[l]], lists[best][next[best]]) < 0))
                {
                    best = l;
                }
            }

            merged[m] = lists[best][next[best]++];
        }

        return merged;
    }
}
