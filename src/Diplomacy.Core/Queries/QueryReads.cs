using NodaTime;

namespace Diplomacy;

/// <summary>Index-backed reads shared by the queries.</summary>
internal static class QueryReads
{
    /// <summary>The visible events of one kind involving an actor that overlap a period, in timeline order.</summary>
    public static IEnumerable<TEvent> Involving<TEvent>(this Chronicle chronicle, EventKind kind, ActorId actor, DateInterval? period = null)
        where TEvent : DiplomaticEvent =>
        chronicle.Index.Events(EventKey.Involving(actor, kind), period).Cast<TEvent>();

    /// <summary>The days from the earliest possible one through <paramref name="day"/>: what may have happened by then.</summary>
    public static DateInterval UpTo(LocalDate day) => new(LocalDate.MinIsoValue, day);

    /// <summary>Throws when an id is the default, which identifies nothing.</summary>
    public static void CheckActor(ActorId actor, string parameterName)
    {
        if (actor.IsDefault)
        {
            throw new ArgumentException("The actor id is default(ActorId), which identifies nothing; pass an id such as 'SRB'.", parameterName);
        }
    }

    /// <summary>The index of the first element that meets <paramref name="match"/>, or -1.</summary>
    public static int IndexWhere<T>(this IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sorts events into timeline order (date, then id).</summary>
    public static DiplomaticEvent[] InTimelineOrder(this IEnumerable<DiplomaticEvent> events)
    {
        var array = events.DistinctBy(e => e.Id).ToArray();
        Array.Sort(array, TimelineComparer.Instance);
        return array;
    }
}
