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

        if (filter.ActsBetween && (filter.Actor is null || filter.Counterpart is null))
        {
            throw new ArgumentException("The filter asks for acts between two sides (ActsBetween) but names only one: set both Actor and Counterpart, or leave ActsBetween false.", nameof(filter));
        }

        var index = chronicle.Index;
        var (actorSide, counterpartSide) = filter.Sides(chronicle);
        EventKey[]? byActor = (filter.Actor, filter.Counterpart) switch
        {
            _ when (actorSide ?? counterpartSide) is { } side => [.. side.Members.Distinct().Select(m => EventKey.Involving(m))],
            ({ } a, { } c) when a != c => [EventKey.Between(a, c)],
            ({ } a, _) => [EventKey.Involving(a)],
            (_, { } c) => [EventKey.Involving(c)],
            _ => null,
        };
        var byKinds = filter.Kinds.Count == 0 ? null : filter.Kinds.Distinct().Select(EventKey.Of).ToArray();
        var candidates = byKinds is not null && (byActor is null || byKinds.Sum(index.Count) < byActor.Sum(index.Count))
            ? byKinds
            : byActor ?? [EventKey.All];

        var result = new List<DiplomaticEvent>();
        foreach (var e in index.Events(candidates, filter.Period))
        {
            if (filter.Matches(e, actorSide, counterpartSide))
            {
                result.Add(e);
            }
        }

        return result.ToArray();
    }
}
