using NodaTime;

namespace Diplomacy;

public static partial class ChronicleQueries
{
    /// <summary>The events that meet <paramref name="filter"/>, in timeline order.</summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="filter">Which events to keep; null keeps every event.</param>
    /// <returns>The events, in timeline order (by date, then id), exactly those <see cref="TimelineFilter.Matches"/> accepts.</returns>
    /// <remarks>
    /// Cost: O(log n + k) where k is the number of events under the most selective index the filter allows: the pair
    /// (actor and counterpart), the actor, or the kinds (whichever holds fewest events), else every event in the
    /// period.
    /// </remarks>
    /// <example><c>chronicle.Timeline(new TimelineFilter { Actor = "SRB", Counterpart = "RUS", QuadClass = QuadClass.VerbalCooperation })</c>.</example>
    public static IReadOnlyList<DiplomaticEvent> Timeline(this Chronicle chronicle, TimelineFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        filter ??= new TimelineFilter();
        if (filter.Actor is { IsDefault: true } || filter.Counterpart is { IsDefault: true })
        {
            throw new ArgumentException("The filter's actor or counterpart is default(ActorId), which identifies nothing; leave it null to match any actor.", nameof(filter));
        }

        var index = chronicle.Index;
        var byActor = (filter.Actor, filter.Counterpart) switch
        {
            ({ } a, { } c) when a != c => EventKey.Between(a, c),
            ({ } a, _) => EventKey.Involving(a),
            (_, { } c) => EventKey.Involving(c),
            _ => (EventKey?)null,
        };
        var byKinds = filter.Kinds.Count == 0 ? null : filter.Kinds.Distinct().Select(EventKey.Of).ToArray();
        var candidates = byKinds is not null && (byActor is null || byKinds.Sum(index.Count) < index.Count(byActor.Value))
            ? byKinds
            : [byActor ?? EventKey.All];

        var result = new List<DiplomaticEvent>();
        foreach (var e in index.Events(candidates, filter.Period))
        {
            if (filter.Matches(e))
            {
                result.Add(e);
            }
        }

        return result.ToArray();
    }
}
