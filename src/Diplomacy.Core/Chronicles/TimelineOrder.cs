using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// Puts events in <see cref="TimelineComparer"/> order and gives each position its earliest and latest day number
/// (see <see cref="Days"/>).
/// </summary>
internal static class TimelineOrder
{
    /// <summary>
    /// Timeline order without comparing dates as objects: sorts by (earliest day, latest day) packed in a number,
    /// then puts each run of events with the same days in full <see cref="TimelineComparer"/> order.
    /// </summary>
    public static (DiplomaticEvent[] Events, int[] Earliest, int[] Latest) Sort(DiplomaticEvent[] events)
    {
        var n = events.Length;
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var when = events[i].When;
            keys[i] = ((long)Days.Of(when.Earliest) << 32) | ((uint)Days.Of(when.Latest) ^ 0x8000_0000u);
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ties = new List<Tie>();
        for (int start = 0, end; start < n; start = end)
        {
            for (end = start + 1; end < n && keys[end] == keys[start]; end++)
            {
            }

            if (end - start > 1)
            {
                SortTies(events, order.AsSpan(start, end - start), ties);
            }
        }

        var sorted = new DiplomaticEvent[n];
        var earliest = new int[n];
        var latest = new int[n];
        for (var p = 0; p < n; p++)
        {
            sorted[p] = events[order[p]];
            earliest[p] = (int)(keys[p] >> 32);
            latest[p] = (int)((uint)keys[p] ^ 0x8000_0000u);
        }

        return (sorted, earliest, latest);
    }

    /// <summary>
    /// Puts a run of events with the same first and last day in <see cref="TimelineComparer"/> order. Each event and
    /// id is read once into a <see cref="Tie"/>; most comparisons then end at the date or the first four characters
    /// of the ids, without reaching the objects again.
    /// </summary>
    private static void SortTies(DiplomaticEvent[] events, Span<int> run, List<Tie> scratch)
    {
        scratch.Clear();
        foreach (var index in run)
        {
            var e = events[index];
            var id = e.Id.Value;
            var prefix = 0UL;
            for (var c = 0; c < 4; c++)
            {
                prefix = (prefix << 16) | (c < id.Length ? id[c] : 0UL);
            }

            scratch.Add(new Tie(e.When, prefix, id, index));
        }

        var sorted = CollectionsMarshal.AsSpan(scratch);
        sorted.Sort(default(TieOrder));
        for (var k = 0; k < run.Length; k++)
        {
            run[k] = sorted[k].Index;
        }
    }

    /// <summary>An event of a run being sorted: its date, the first four characters of its id packed in order, its id.</summary>
    private readonly record struct Tie(FuzzyDate When, ulong IdPrefix, string Id, int Index);

    /// <summary>Timeline order of <see cref="Tie"/>s: date, then id (ordinal; the packed prefix decides most).</summary>
    private readonly struct TieOrder : IComparer<Tie>
    {
        public int Compare(Tie x, Tie y)
        {
            var c = x.When.CompareTo(y.When);
            if (c == 0)
            {
                c = x.IdPrefix.CompareTo(y.IdPrefix);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
