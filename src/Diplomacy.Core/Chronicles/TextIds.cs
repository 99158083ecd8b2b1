using System.Text;

namespace Diplomacy;

/// <summary>
/// The ids of columnar events that are not a known prefix and a number (an id ending in letters, or in a number with
/// a leading zero, such as POLECAT's): one byte per character (ids are ASCII, see <see cref="EventId"/>) in one
/// array, with each id's start. An id costs its length plus four bytes here, against some 40 to 60 for a string.
/// </summary>
internal sealed class TextIds
{
    private readonly byte[] _bytes;
    private readonly int[] _starts;

    private TextIds(byte[] bytes, int[] starts)
    {
        _bytes = bytes;
        _starts = starts;
    }

    /// <summary>No ids.</summary>
    public static TextIds Empty { get; } = new([], [0]);

    /// <summary>How many ids are held.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>The bytes held.</summary>
    public long Bytes => _bytes.Length + (4L * _starts.Length);

    /// <summary>Holds <paramref name="ids"/>, slot i holding ids[i].</summary>
    public static TextIds Of(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return Empty;
        }

        var starts = new int[ids.Count + 1];
        for (var i = 0; i < ids.Count; i++)
        {
            starts[i + 1] = checked(starts[i] + ids[i].Length);
        }

        var bytes = new byte[starts[^1]];
        for (var i = 0; i < ids.Count; i++)
        {
            Encoding.ASCII.GetBytes(ids[i], bytes.AsSpan(starts[i]));
        }

        return new(bytes, starts);
    }

    /// <summary>The id in a slot.</summary>
    public EventId this[int slot] => new(Encoding.ASCII.GetString(Span(slot)));

    /// <summary>Whether the id in a slot is <paramref name="id"/>, without making a string.</summary>
    public bool Is(int slot, string id) => Ascii.Equals(Span(slot), id);

    /// <summary>Writes the ids to a snapshot.</summary>
    public void Save(ISnapshotWriter writer, string prefix)
    {
        writer.Write(prefix + "text-ids.starts", _starts);
        writer.Write(prefix + "text-ids.bytes", _bytes);
    }

    /// <summary>Reads ids <see cref="Save"/> wrote, checking that each is a valid event id.</summary>
    public static TextIds Load(ISnapshotReader reader, string prefix)
    {
        var starts = reader.ReadInts(prefix + "text-ids.starts");
        var bytes = reader.ReadBytes(prefix + "text-ids.bytes");
        Snapshot.CheckAscending(reader, prefix + "text-ids.starts", starts, bytes.Length);
        var ids = new TextIds(bytes, starts);
        for (var slot = 0; slot < ids.Count; slot++)
        {
            if (!IsIdText(ids.Span(slot)))
            {
                throw reader.Inconsistent(prefix + "text-ids.bytes", $"text id {slot} is not a valid event id.");
            }
        }

        return ids;
    }

    /// <summary>Whether bytes spell a valid event id: 1 to <see cref="EventId.MaxLength"/> ASCII letters, digits and <c>- _ . :</c>.</summary>
    private static bool IsIdText(ReadOnlySpan<byte> text)
    {
        if (text.Length is 0 or > EventId.MaxLength)
        {
            return false;
        }

        foreach (var b in text)
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'-' or (byte)'_' or (byte)'.' or (byte)':'))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<byte> Span(int slot) => _bytes.AsSpan(_starts[slot], _starts[slot + 1] - _starts[slot]);
}
