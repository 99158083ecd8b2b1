using System.Runtime.InteropServices;

namespace Diplomacy;

/// <summary>
/// Puts events in <see cref="TimelineComparer"/> order from what <see cref="EventRows"/> read of them, and gives each
/// position its earliest and latest day number (see <see cref="Days"/>).
/// </summary>
internal static class TimelineOrder
{
    /// <summary>
    /// Timeline order without comparing dates as objects: sorts by (earliest day, latest day) packed in a number,
    /// then puts each run of events with the same days in full <see cref="TimelineComparer"/> order: by date (which
    /// can still differ in precision), by <see cref="EventRows.OrderKey"/>, and by the id's text only where those keys
    /// are equal.
    /// </summary>
    /// <returns>For each position, the input index of the event there, and its day numbers.</returns>
    public static (int[] Order, int[] Earliest, int[] Latest) Sort(EventRows rows)
    {
        var n = rows.Count;
        var keys = new long[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = ((long)rows.Earliest[i] << 32) | ((uint)rows.Latest[i] ^ 0x8000_0000u);
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
                SortTies(rows, order.AsSpan(start, end - start), ties);
            }
        }

        var earliest = new int[n];
        var latest = new int[n];
        for (var p = 0; p < n; p++)
        {
            earliest[p] = (int)(keys[p] >> 32);
            latest[p] = (int)((uint)keys[p] ^ 0x8000_0000u);
        }

        return (order, earliest, latest);
    }

    /// <summary>Puts a run of events with the same first and last day in <see cref="TimelineComparer"/> order.</summary>
    private static void SortTies(EventRows rows, Span<int> run, List<Tie> scratch)
    {
        scratch.Clear();
        var dates = rows.DateTable;
        foreach (var index in run)
        {
            scratch.Add(new Tie(dates.ValueAt(rows.Columns.Dates[index]), rows.IdKeys[index], index));
        }

        var sorted = CollectionsMarshal.AsSpan(scratch);
        sorted.Sort(new TieOrder(rows.Events));
        for (var k = 0; k < run.Length; k++)
        {
            run[k] = sorted[k].Index;
        }
    }

    /// <summary>An event of a run being sorted: its date, its id's order key, its input index.</summary>
    private readonly record struct Tie(FuzzyDate When, ulong IdKey, int Index);

    /// <summary>Timeline order of <see cref="Tie"/>s: date, then id (ordinal; the order key decides most).</summary>
    private readonly struct TieOrder(DiplomaticEvent[] events) : IComparer<Tie>
    {
        public int Compare(Tie x, Tie y)
        {
            var c = x.When.CompareTo(y.When);
            if (c == 0)
            {
                c = x.IdKey.CompareTo(y.IdKey);
            }

            return c != 0 ? c : string.CompareOrdinal(events[x.Index].Id.Value, events[y.Index].Id.Value);
        }
    }
}
