using System.Globalization;
using System.Text;

namespace Diplomacy;

/// <summary>How country names are compared: the same name however it is cased, accented or punctuated.</summary>
internal static class CountryNames
{
    /// <summary>
    /// The comparison key of a name: diacritics removed, lower case, apostrophes and full stops dropped, other
    /// punctuation read as spaces, <c>&amp;</c> read as <c>and</c>, <c>st</c> read as <c>saint</c>, and the word
    /// <c>the</c> ignored. <c>Côte d’Ivoire</c>, <c>Cote d'Ivoire</c> and <c>COTE DIVOIRE</c> share a key; so do
    /// <c>Korea, Republic of</c> and <c>korea republic of</c>, and <c>The Gambia</c> and <c>Gambia, The</c>.
    /// </summary>
    public static string Key(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '.':
                    continue;
                case '&':
                    text.Append(" and ");
                    continue;
                case 'ø' or 'Ø':
                    text.Append('o');
                    continue;
                case 'æ' or 'Æ':
                    text.Append("ae");
                    continue;
                case 'đ' or 'Đ':
                    text.Append('d');
                    continue;
                case 'ł' or 'Ł':
                    text.Append('l');
                    continue;
                case 'ß':
                    text.Append("ss");
                    continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = text.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "the")
            .Select(w => w == "st" ? "saint" : w);
        return string.Join(' ', words);
    }
}
