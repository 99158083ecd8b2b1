using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// The order in which one subject's changes are replayed: timeline order, except where the dates leave the order of
/// some changes open (none of them is certainly before another). Among those, the replay takes one that makes sense
/// in the state reached (a lift while sanctions are in force, a departure while the office is held) before one that
/// does not, so that a removal dated "2018" follows an appointment dated 10 July 2018. A replay may name changes that
/// end the subject's record (a departure): among those that make sense, they are taken after the others, so that a
/// member suspended and leaving on the same day is suspended, then gone, whatever the events' ids.
/// </summary>
/// <remarks>
/// Each replay (sanctions, membership, office and war spells, and the validator's office rule) asks the queue for the
/// next change with its own test of what makes sense, so that they cannot disagree on the order. The other reading
/// (<c>preferLast</c>) takes the last change that makes sense instead of the first; a query that replays both knows
/// whether the order the dates leave open changes its answer.
/// </remarks>
internal sealed class ReplayQueue<T>
    where T : DiplomaticEvent
{
    private readonly T[] items;
    private readonly bool[] taken;
    private readonly bool preferLast;
    private int head;

    /// <param name="changes">One subject's changes, in any order.</param>
    /// <param name="preferLast">
    /// Where the order is open and more than one change makes sense, take the last in timeline order rather than the
    /// first.
    /// </param>
    public ReplayQueue(IEnumerable<T> changes, bool preferLast = false)
    {
        items = [.. changes];
        Array.Sort(items, TimelineComparer.Instance);
        taken = new bool[items.Length];
        this.preferLast = preferLast;
    }

    /// <summary>Takes the next change to replay, given which changes make sense in the state reached.</summary>
    /// <param name="fits">Whether a change makes sense now.</param>
    /// <param name="next">The change, when there is one left.</param>
    /// <param name="ends">
    /// Whether a change ends the subject's record (a departure); where the order is open, such a change is taken only
    /// when no other change that makes sense may come first. Null when none does.
    /// </param>
    /// <returns>False when every change has been taken.</returns>
    public bool TryNext(Func<T, bool> fits, [MaybeNullWhen(false)] out T next, Func<T, bool>? ends = null)
    {
        while (head < items.Length && taken[head])
        {
            head++;
        }

        if (head == items.Length)
        {
            next = null;
            return false;
        }

        var pick = preferLast || !fits(items[head]) || ends?.Invoke(items[head]) == true ? Choose(fits, ends) : head;
        taken[pick] = true;
        next = items[pick];
        return true;
    }

    /// <summary>
    /// Among the changes that may come next (in timeline order they start with the head and run while a change may
    /// begin before every change seen so far has certainly ended), the first (or last) that makes sense; the head when
    /// none does. A change that <paramref name="ends"/> the record is chosen only when no other makes sense.
    /// </summary>
    private int Choose(Func<T, bool> fits, Func<T, bool>? ends)
    {
        var bound = items[head].When.Latest;
        var chosen = -1;
        var ending = -1;
        for (var i = head; i < items.Length && items[i].When.Earliest <= bound; i++)
        {
            if (taken[i])
            {
                continue;
            }

            if (items[i].When.Latest < bound)
            {
                bound = items[i].When.Latest;
            }

            if (ends?.Invoke(items[i]) == true)
            {
                if ((ending < 0 || preferLast) && fits(items[i]))
                {
                    ending = i;
                }
            }
            else if ((chosen < 0 || preferLast) && fits(items[i]))
            {
                chosen = i;
            }
        }

        return chosen >= 0 ? chosen : ending >= 0 ? ending : head;
    }
}
