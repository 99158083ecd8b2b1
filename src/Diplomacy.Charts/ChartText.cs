using System.Globalization;

namespace Diplomacy.Charts;

/// <summary>How query answers read in chart labels and on the explorer page (one wording for both).</summary>
internal static class ChartText
{
    /// <summary>E.g. <c>~16,000,000 SmallArms</c>, <c>267+ Artillery</c>, <c>Rockets (number not reported)</c>.</summary>
    public static string Describe(ArmsQuantity q) => q switch
    {
        { Quantity: 0, IsLowerBound: true } => $"{Words(q.Category)} (number not reported)",
        _ => $"{(q.IsApproximate ? "~" : string.Empty)}{q.Quantity.ToString("#,0", CultureInfo.InvariantCulture)}{(q.IsLowerBound ? "+" : string.Empty)} {Words(q.Category)}",
    };

    /// <summary>An enum member's name as lower-case words: <c>SmallCalibreAmmunition</c> reads <c>small calibre ammunition</c>.</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>E.g. <c>~EUR 800,000,000</c>.</summary>
    public static string Describe(Money m) =>
        $"{(m.IsApproximate ? "~" : string.Empty)}{m.Currency} {m.Amount.ToString("#,0", CultureInfo.InvariantCulture)}";

    /// <summary>What went along a route: quantities, then values; a dash when the record gives neither.</summary>
    public static string Describe(ArmsRoute route)
    {
        var parts = route.Quantities.Select(Describe).Concat(route.Values.Select(Describe)).ToArray();
        return parts.Length == 0 ? "—" : string.Join(", ", parts);
    }
}
