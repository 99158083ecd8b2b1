using System.Collections;

namespace Diplomacy;

/// <summary>
/// The events of several segments as one list in timeline order: which segment and position each index reads (five
/// bytes per event, worked out on first use by merging on day numbers, materialising events only to break ties);
/// events are materialised as they are read, as from one segment.
/// </summary>
internal sealed class SegmentedEvents(ChronicleData[] segments) : IReadOnlyList<DiplomaticEvent>
{
    private readonly Lazy<(byte[] Segment, int[] Position)> _order = new(() => Order(segments));

    /// <inheritdoc/>
    public int Count { get; } = segments.Sum(s => s.Events.Count);

    /// <inheritdoc/>
    public DiplomaticEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Positions run from 0 to {Count - 1}.");
            }

            var (segment, position) = _order.Value;
            return segments[segment[index]].Events[position[index]];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<DiplomaticEvent> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static (byte[] Segment, int[] Position) Order(ChronicleData[] segments)
    {
        if (segments.Length > byte.MaxValue)
        {
            throw new InvalidOperationException($"{segments.Length} segments; a chronicle keeps far fewer.");
        }

        var total = segments.Sum(s => s.Events.Count);
        var segmentOf = new byte[total];
        var positionOf = new int[total];
        var next = new int[segments.Length];
        for (var m = 0; m < total; m++)
        {
            var best = -1;
            for (var s = 0; s < segments.Length; s++)
            {
                if (next[s] < segments[s].Events.Count && (best < 0 || Before(segments[s], next[s], segments[best], next[best])))
                {
                    best = s;
                }
            }

            segmentOf[m] = (byte)best;
            positionOf[m] = next[best]++;
        }

        return (segmentOf, positionOf);
    }

    /// <summary>True when event <paramref name="p"/> of <paramref name="a"/> comes before event <paramref name="q"/> of <paramref name="b"/>.</summary>
    private static bool Before(ChronicleData a, int p, ChronicleData b, int q)
    {
        var c = a.Earliest[p].CompareTo(b.Earliest[q]);
        if (c == 0)
        {
            c = a.Latest[p].CompareTo(b.Latest[q]);
        }

        return c != 0 ? c < 0 : TimelineComparer.Instance.Compare(a.Events[p], b.Events[q]) < 0;
    }
}
