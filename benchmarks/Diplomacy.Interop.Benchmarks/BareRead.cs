using nietras.SeparatedValues;

namespace Diplomacy.Interop.Benchmarks;

/// <summary>The baseline every import is measured against: Sep reading a tab-separated file with a header, touching every column of every row.</summary>
internal static class BareRead
{
    /// <summary>The characters in every column of every row (so that nothing is optimised away).</summary>
    public static long Characters(string path)
    {
        using var reader = Sep.New('\t').Reader(o => o with { HasHeader = true, DisableQuotesParsing = true }).FromFile(path);
        long characters = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                characters += row[i].Span.Length;
            }
        }

        return characters;
    }
}
