using System.Globalization;

namespace Diplomacy.Interop;

/// <summary>
/// Makes text safe to open in a spreadsheet (CSV injection, per OWASP's advice): a cell that begins with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would be run as a formula, so it gets a leading single
/// quote; a cell that is a plain number (e.g. <c>-1.5</c>) is left as it is, so it stays numeric.
/// </summary>
internal static class SpreadsheetCell
{
    /// <summary>The text of <paramref name="value"/> as a cell a spreadsheet shows as text, never runs.</summary>
    public static string Safe(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0 || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return value;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : "'" + value;
    }
}
