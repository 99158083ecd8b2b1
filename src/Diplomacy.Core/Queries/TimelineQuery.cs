using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.Timeline"/>.</summary>
internal static class TimelineQuery
{
    public static IReadOnlyList<DiplomaticEvent> Timeline(Chronicle chronicle, TimelineFilter? filter = null)
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
