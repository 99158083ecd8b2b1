using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>What the readers of separated-value rows with a header (ICEWS, POLECAT) check and read alike.</summary>
internal static class SepRows
{
    /// <summary>The rejection of a row shorter than the header (with the row's id when it has that column), or null when it is not.</summary>
    public static ImportRecord? ShorterThanHeader(SepReader.Row row, int width, int idColumn)
    {
        if (row.ColCount >= width)
        {
            return null;
        }

        var id = row.ColCount > idColumn ? row[idColumn].ToString() : null;
        return ImportIssues.Reject(row.LineNumberFrom, id, ImportIssueKind.Malformed, $"the row has {row.ColCount} columns; the header has {width}.");
    }

    /// <summary>A latitude or longitude within ±<paramref name="limit"/> degrees, or null (no column, not a number, out of range).</summary>
    public static double? Coordinate(SepReader.Row row, int column, double limit) =>
        column >= 0 && RecordBuilder.TryParseNumber(row[column].Span, out var value) && Math.Abs(value) <= limit ? value : null;
}
