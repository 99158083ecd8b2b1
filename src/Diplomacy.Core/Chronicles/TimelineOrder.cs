namespace Diplomacy;

/// <summary>
/// Puts events in <see cref="TimelineComparer"/> order from what <see cref="EventRows"/> read of them, and gives each
/// position its earliest and latest day number (see <see cref="Days"/>).
/// </summary>
internal static class TimelineOrder
{
    /// <summary>
    /// Timeline order by small keys, without going back to the events: (earliest day, latest day) in one number; the
    /// date's remaining bits and the first eight characters of the id (<see cref="EventRows.OrderKey"/>) in another;
    /// the id's text only where both are equal. Equal day numbers mean equal days (dates before year 1, which share a
    /// day number, are refused as invalid), so this is <see cref="FuzzyDate.CompareTo(FuzzyDate)"/> then the ordinal
    /// order of ids. When the earliest days span no more than a few days per event (event data: years of days, many
    /// events each), the events are first put in a bucket per earliest day in one pass, and each bucket is sorted.
    /// </summary>
    /// <returns>For each position, the input index of the event there, and its day numbers.</returns>
    public static (int[] Order, int[] Earliest, int[] Latest) Sort(EventRows rows)
    {
        var n = rows.Count;
        var items = new Item[n];
        var dates = rows.DateTable;
        var (first, last) = n == 0 ? (0, -1) : (rows.Earliest.Min(), rows.Earliest.Max());
        var range = (long)last - first + 1;
        if (range <= Math.Max(4L * n, 1024))
        {
            // Put the events in buckets by earliest day (a counting sort, in input order), then sort each bucket.
            var starts = new int[range + 1];
            foreach (var day in rows.Earliest)
            {
                starts[day - first + 1]++;
            }

            for (var b = 1; b < starts.Length; b++)
            {
                starts[b] += starts[b - 1];
            }

            var next = starts[..^1];
            for (var i = 0; i < n; i++)
            {
                items[next[rows.Earliest[i] - first]++] = ItemOf(rows, dates, i);
            }

            for (var b = 0; b + 1 < starts.Length; b++)
            {
                if (starts[b + 1] - starts[b] > 1)
                {
                    items.AsSpan(starts[b], starts[b + 1] - starts[b]).Sort(new ItemOrder(rows.Events));
                }
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                items[i] = ItemOf(rows, dates, i);
            }

            items.AsSpan().Sort(new ItemOrder(rows.Events));
        }

        var order = new int[n];
        var earliest = new int[n];
        var latest = new int[n];
        for (var p = 0; p < n; p++)
        {
            var item = items[p];
            order[p] = item.Index;
            earliest[p] = (int)(item.Days >> 32);
            latest[p] = (int)((uint)item.Days ^ 0x8000_0000u);
        }

        return (order, earliest, latest);
    }

    private static Item ItemOf(EventRows rows, EventColumns.Interned<FuzzyDate> dates, int i) => new(
        ((long)rows.Earliest[i] << 32) | ((uint)rows.Latest[i] ^ 0x8000_0000u),
        ((ulong)dates.ValueAt(rows.Columns.Dates[i]).Flags << 56) | (rows.IdKeys[i] >> 7),
        i);

    /// <summary>An event being sorted: its days, its date's flags and id prefix, its input index.</summary>
    private readonly record struct Item(long Days, ulong Rest, int Index);

    /// <summary>Timeline order of <see cref="Item"/>s; the ids' text where the keys are equal.</summary>
    private readonly struct ItemOrder(DiplomaticEvent[] events) : IComparer<Item>
    {
        public int Compare(Item x, Item y)
        {
            var c = x.Days.CompareTo(y.Days);
            if (c == 0)
            {
                c = x.Rest.CompareTo(y.Rest);
            }

            return c != 0 ? c : string.CompareOrdinal(events[x.Index].Id.Value, events[y.Index].Id.Value);
        }
    }
}
