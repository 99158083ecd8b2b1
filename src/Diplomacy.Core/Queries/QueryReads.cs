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

    /// <summary>
    /// The last day of which a view has seen everything: the earliest of its cut-offs (<see cref="Chronicle.AsOfDate"/>,
    /// <see cref="Chronicle.KnownAtDate"/>, <see cref="Chronicle.ReleasedByDate"/>); null for a chronicle not cut off.
    /// Events past it were not yet known, so they may change any answer about a later day.
    /// </summary>
    public static LocalDate? Horizon(this Chronicle chronicle) =>
        Earlier(Earlier(chronicle.AsOfDate, chronicle.KnownAtDate), chronicle.ReleasedByDate);

    /// <summary>The certainty of an answer about <paramref name="day"/>: at most possible when the day is past the chronicle's <see cref="Horizon"/>.</summary>
    public static Certainty WithinHorizon(this Chronicle chronicle, Certainty certainty, LocalDate day) =>
        chronicle.Horizon() is { } horizon && day > horizon ? Certainty.Possible : certainty;

    /// <summary>Throws when a question about two sides names the same actor for both.</summary>
    public static void CheckTwoSides(ActorId first, ActorId second, string parameterName, string question)
    {
        if (first == second)
        {
            throw new ArgumentException($"{question} needs two different actors; both are '{first}'.", parameterName);
        }
    }

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

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) => (a, b) switch
    {
        ({ } x, { } y) => x < y ? x : y,
        ({ } x, null) => x,
        _ => b,
    };

    /// <summary>Sorts events into timeline order (date, then id).</summary>
    public static DiplomaticEvent[] InTimelineOrder(this IEnumerable<DiplomaticEvent> events)
    {
        var array = events.DistinctBy(e => e.Id).ToArray();
        Array.Sort(array, TimelineComparer.Instance);
        return array;
    }
}
