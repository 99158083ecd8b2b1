using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>What the readers of separated-value rows with a header (ICEWS, POLECAT) check and read alike.</summary>
internal static class SepRows
{
    /// <summary>
    /// The line a row of a file read without a header starts on, from 1. Sep (0.17) gives such a file's first row as
    /// line 2 (its later rows are right), so the first row is taken to start on line 1.
    /// </summary>
    public static long HeaderlessLine(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    /// <summary>
    /// Opens tab-separated text with a header row, unquoted, each line bounded by the options' row limit (a longer
    /// line is an <see cref="InvalidDataException"/> naming it).
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="options">The options whose limit applies, or null for the defaults.</param>
    /// <param name="kind">What the file should be, for the message, e.g. <c>an ICEWS event file</c>.</param>
    /// <param name="cancellationToken">Cancels reading the header.</param>
    /// <exception cref="InvalidDataException">The header names a column twice, or its line is too long.</exception>
    public static async Task<SepReader> OpenTabSeparatedAsync(TextReader reader, ImportOptions? options, string kind, CancellationToken cancellationToken)
    {
        try
        {
            return await Sep.New('\t')
                .Reader(o => o with { HasHeader = true, DisableQuotesParsing = true, DisableColCountCheck = true })
                .FromAsync(new LineLengthLimit(reader, (options ?? ImportOptions.Default).SeparatedRowLimit), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header that names a column twice.
            throw new InvalidDataException($"This is not {kind}: {e.Message}", e);
        }
    }

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
