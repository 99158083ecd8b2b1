namespace Diplomacy;

/// <summary>
/// A span during which something held (an office, a war), opened by one change event and closed by another, with
/// fuzzy ends. A change takes effect on its day: an office is held from the day of the appointment and no longer on
/// the day of the removal.
/// </summary>
/// <remarks>
/// A spell with no recorded start (the chronicle, or a view of it, shows only its end) may have held since any
/// earlier day but is never certain; one with no end is open.
/// </remarks>
internal sealed class Spell<TEvent>
    where TEvent : DiplomaticEvent
{
    public Spell(TEvent? start, TEvent? end)
    {
        Start = start;
        End = end;
        StartEarliest = start is null ? int.MinValue : Days.Of(start.When.Earliest);
        StartLatest = start is null ? int.MaxValue : Days.Of(start.When.Latest);
        EndEarliest = end is null ? int.MaxValue : Days.Of(end.When.Earliest);
        EndLatest = end is null ? int.MaxValue : Days.Of(end.When.Latest);
    }

    public TEvent? Start { get; }

    public TEvent? End { get; }

    private int StartEarliest { get; }

    private int StartLatest { get; }

    private int EndEarliest { get; }

    private int EndLatest { get; }

    /// <summary>The change events that bound the spell.</summary>
    public IEnumerable<TEvent> Events => new[] { Start, End }.OfType<TEvent>();

    /// <summary>True when the spell may have held on some day from <paramref name="from"/> to <paramref name="to"/> (day numbers, inclusive).</summary>
    public bool PossiblyDuring(int from, int to) => StartEarliest <= to && from < EndLatest;

    /// <summary>The days on which the spell certainly held, as an inclusive range (empty when From &gt; To).</summary>
    public (int From, int To) CertainDays => (StartLatest, EndEarliest == int.MaxValue ? int.MaxValue : EndEarliest - 1);

    /// <summary>
    /// Builds the spells from one subject's changes, replayed in timeline order except that where the dates leave
    /// the order open an end comes while a spell is open and a start while none is (see <see cref="ReplayQueue{T}"/>).
    /// A start while a spell is open and an end while none is are ignored, except that an end before any start opens
    /// a spell of unknown start.
    /// </summary>
    public static List<Spell<TEvent>> Build(IEnumerable<TEvent> changes, Func<TEvent, bool> isStart, Func<TEvent, bool> isEnd)
    {
        var spells = new List<Spell<TEvent>>();
        TEvent? open = null;
        var any = false;
        var queue = new ReplayQueue<TEvent>(changes);
        while (queue.TryNext(c => isStart(c) ? open is null : !isEnd(c) || open is not null, out var change))
        {
            if (isStart(change))
            {
                open ??= change;
                any = true;
            }
            else if (isEnd(change))
            {
                if (open is not null || !any)
                {
                    spells.Add(new Spell<TEvent>(open, change));
                }

                open = null;
                any = true;
            }
        }

        if (open is not null)
        {
            spells.Add(new Spell<TEvent>(open, null));
        }

        return spells;
    }
}

/// <summary>What a set of spells says about a range of days.</summary>
internal static class Spells
{
    /// <summary>
    /// Whether some spell held during the days <paramref name="from"/>..<paramref name="to"/>: null when none
    /// possibly did; <see cref="Certainty.Certain"/> when, on every one of those days, some spell certainly held;
    /// otherwise <see cref="Certainty.Possible"/>.
    /// </summary>
    public static Certainty? HeldThroughout<TEvent>(IReadOnlyList<Spell<TEvent>> spells, int from, int to)
        where TEvent : DiplomaticEvent
    {
        var possible = false;
        foreach (var spell in spells)
        {
            possible |= spell.PossiblyDuring(from, to);
        }

        if (!possible)
        {
            return null;
        }

        return Covers(spells, from, to) ? Certainty.Certain : Certainty.Possible;
    }

    /// <summary>
    /// Whether some spell held on some day of <paramref name="from"/>..<paramref name="to"/>: null when none possibly
    /// did; <see cref="Certainty.Certain"/> when some spell certainly held on one of those days; otherwise
    /// <see cref="Certainty.Possible"/>.
    /// </summary>
    public static Certainty? HeldSometime<TEvent>(IReadOnlyList<Spell<TEvent>> spells, int from, int to)
        where TEvent : DiplomaticEvent
    {
        if (!spells.Any(s => s.PossiblyDuring(from, to)))
        {
            return null;
        }

        return spells.Any(s => s.CertainDays.From <= Math.Min(s.CertainDays.To, to) && s.CertainDays.To >= from)
            ? Certainty.Certain
            : Certainty.Possible;
    }

    /// <summary>True when the union of the spells' certain days covers every day of the range.</summary>
    public static bool Covers<TEvent>(IReadOnlyList<Spell<TEvent>> spells, int from, int to)
        where TEvent : DiplomaticEvent
    {
        var ranges = spells.Select(s => s.CertainDays).Where(r => r.From <= r.To).OrderBy(r => r.From).ToList();
        var next = (long)from;
        foreach (var (start, end) in ranges)
        {
            if (start > next)
            {
                break;
            }

            next = Math.Max(next, (long)end + 1);
            if (next > to)
            {
                return true;
            }
        }

        return next > to;
    }
}
