using System.Text.Json;

namespace Diplomacy.Serialization.Documents;

/// <summary>
/// The UTF-8 text being read, and where it sits in its file: turns byte offsets into 1-based lines and 0-based
/// byte positions in the line, and finds the value at a JSON path inside an element. Counting is done only when an
/// error is reported, so reading costs nothing extra.
/// </summary>
internal readonly ref struct SourceText
{
    public SourceText(ReadOnlySpan<byte> bytes, long firstLine, ReadContext context)
    {
        Bytes = bytes;
        FirstLine = firstLine;
        Context = context;
    }

    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>The 1-based line number of the first byte.</summary>
    public long FirstLine { get; }

    public ReadContext Context { get; }

    public (long Line, long BytePositionInLine) LocationOf(long offset)
    {
        var before = Bytes[..(int)Math.Clamp(offset, 0, Bytes.Length)];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (FirstLine + before.Count((byte)'\n'), before.Length - lastNewLine - 1);
    }

    public ChronicleFormatException ErrorAt(long offset, string path, string problem, Exception? inner = null)
    {
        var (line, position) = LocationOf(offset);
        return Context.Error(problem, path, line, position, inner);
    }

    /// <summary>
    /// The offset of the value at <paramref name="relativePath"/> (e.g. <c>citations[0].source</c>) inside the element
    /// that starts at <paramref name="elementStart"/>; as far as the path could be followed when part of it is absent.
    /// </summary>
    public long Locate(long elementStart, string relativePath)
    {
        var reader = new Utf8JsonReader(Bytes[(int)elementStart..], new JsonReaderOptions { MaxDepth = 256 });
        long found = 0;
        try
        {
            reader.Read();
            foreach (var (name, index) in Segments(relativePath))
            {
                if (!(name is null ? Element(ref reader, index) : Property(ref reader, name)))
                {
                    break;
                }

                found = reader.TokenStartIndex;
            }
        }
        catch (JsonException)
        {
            // Located as far as the text allows.
        }

        return elementStart + found;
    }

    private static bool Property(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static bool Element(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>Splits <c>citations[0].source</c> into <c>(citations, -), (-, 0), (source, -)</c>.</summary>
    private static IEnumerable<(string? Name, int Index)> Segments(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket != 0)
            {
                yield return (bracket < 0 ? part : part[..bracket], -1);
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0 || !int.TryParse(part.AsSpan(bracket + 1, close - bracket - 1), out var index))
                {
                    yield break;
                }

                yield return (null, index);
                bracket = part.IndexOf('[', close);
            }
        }
    }
}

/// <summary>What a reader reports errors against: the file (if any) and a note (e.g. that the text was migrated).</summary>
internal sealed record ReadContext(string? FilePath, string? Note = null)
{
    public static ReadContext None { get; } = new((string?)null);

    public ChronicleFormatException Error(string problem, string? path, long? line, long? position, Exception? inner = null) =>
        new(Note is null ? problem : problem + " " + Note, path, line, position, FilePath, inner);
}
