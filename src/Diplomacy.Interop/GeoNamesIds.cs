using System.Globalization;

namespace Diplomacy.Interop;

/// <summary>Reads a GeoNames id (<see cref="Place.GeoNamesId"/>) as the data sets write it.</summary>
internal static class GeoNamesIds
{
    /// <summary>
    /// The id in a text such as <c>524901</c>, or <c>524901.0</c> as files written through a data frame have it; null
    /// for anything else (blank, <c>None</c>, zero, negative, fractional), which the readers leave out.
    /// </summary>
    public static long? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        return !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9')
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;
    }
}
