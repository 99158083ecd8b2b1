namespace Diplomacy;

/// <summary>
/// From event id to position in timeline order: an open-addressing hash table (linear probing, at most 80% full)
/// holding position + 1 per slot (0 is an empty slot). About five bytes per event, built in one pass without
/// comparing ids; a lookup is O(1) expected.
/// </summary>
internal sealed class EventIdTable
{
    private readonly EventColumns _events;
    private readonly int[] _slots;

    /// <summary>A table of slots (read from a snapshot, or <see cref="EventRows.IdSlotsByPosition"/>), answering from <paramref name="stored"/>.</summary>
    public EventIdTable(int[] slots, EventColumns stored)
    {
        _slots = slots;
        _events = stored;
    }

    /// <summary>The slots (position + 1, or 0), for a snapshot.</summary>
    public int[] Slots => _slots;

    /// <summary>The position of the event with this id, or -1.</summary>
    public int PositionOf(EventId id) => id.IsDefault ? -1 : PositionOf(id, HashOf(id));

    /// <summary>
    /// The position of the event with this id, or -1, given its <see cref="HashOf(EventId)"/> (computed once when several
    /// tables are asked). The id is taken apart once; each probe then compares numbers, not text.
    /// </summary>
    public int PositionOf(EventId id, uint hash)
    {
        if (_slots.Length == 0 || id.IsDefault)
        {
            return -1;
        }

        var key = _events.KeyOf(id);
        for (var slot = SlotOf(hash, _slots.Length); ; slot = slot + 1 == _slots.Length ? 0 : slot + 1)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (_events.HasId(entry - 1, id, key))
            {
                return entry - 1;
            }
        }
    }

    /// <summary>
    /// The hash of an id: FNV-1a over its characters with the high bits folded in, the same in every process (unlike
    /// <see cref="string.GetHashCode()"/>), so that a table saved in a snapshot finds its ids when loaded elsewhere.
    /// </summary>
    public static uint HashOf(EventId id) => HashOf(id.Value);

    /// <summary>The hash of an id's text; see <see cref="HashOf(EventId)"/>.</summary>
    public static uint HashOf(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // Fold the high bits in: FNV's low bits alone mix poorly for ids that differ only in their last digits.
        return (uint)((hash ^ (hash >> 29)) * 0xBF58_476D_1CE4_E5B9UL >> 32);
    }

    /// <summary>The home slot of a hash: mapped onto the table by a multiply and shift, no division.</summary>
    public static int SlotOf(uint hash, int length) => (int)(((ulong)hash * (uint)length) >> 32);
}
