using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// The catalogue of countries: every UN member and observer state, Kosovo and Taiwan, every other territory with an
/// ISO 3166-1 code, and the former states that data sets still use (the Soviet Union, Yugoslavia, Serbia and
/// Montenegro, Czechoslovakia, East Germany, South Yemen). It resolves the names and codes of ISO 3166-1, CAMEO, the
/// Correlates of War (COW) and Gleditsch-Ward (G-W) to one <see cref="Country"/>, so that records from different data
/// sets meet on the same state.
/// </summary>
/// <remarks>
/// <para><b>Names.</b> <see cref="Resolve"/> accepts the English name, any alias that data sets use (ICEWS writes
/// <c>Russian Federation</c>, <c>Occupied Palestinian Territory</c>, <c>Moldova, Republic of</c>), ignoring case,
/// diacritics, punctuation and the word "the"; or an ISO alpha-2, ISO alpha-3 or CAMEO code, ignoring case.
/// ISO gave <c>CS</c> to Czechoslovakia and later to Serbia and Montenegro; it resolves to the later.</para>
/// <para><b>State-system codes.</b> <see cref="ByCow"/> and <see cref="ByGleditschWard"/> take a year, because the
/// lists reuse codes. The two lists differ where it matters here. G-W codes Serbia 340 (1878-1915, and again from
/// 5 June 2006) and keeps 345 for Yugoslavia (from 1918) and then Serbia and Montenegro until 4 June 2006. COW has no
/// separate code for Serbia: its 345 runs from the Kingdom of Serbia (1878) through Yugoslavia and Serbia and
/// Montenegro to Serbia today, so <c>ByCow(345, year)</c> answers with whichever of those held it in that year, and
/// <c>ByCow(340, year)</c> with nothing. COW codes united Germany 255 and West Germany 260, G-W both 260; COW codes
/// North Yemen 678 and the Yemen of 1990 679, G-W both 678. When a code changed hands during a year, that year
/// answers with the holder at its end (<c>ByCow(345, 2006)</c> is Serbia, <c>ByGleditschWard(345, 2006)</c> Serbia
/// and Montenegro).</para>
/// <para><b>FIPS 10-4.</b> GDELT codes its places by FIPS 10-4 country codes, which look like ISO alpha-2 codes and
/// often name another country (FIPS <c>RS</c> is Russia, ISO <c>RS</c> Serbia); <see cref="ByFips"/> reads them, and
/// <see cref="Resolve"/> never does.</para>
/// <para>The data are year-level; for exact days of independence or dissolution consult the lists themselves.</para>
/// </remarks>
public static class Countries
{
    private static readonly Country[] Table = WithFipsCodes(CountryData.Load())
        .OrderBy(c => CountryNames.Key(c.Name), StringComparer.Ordinal)
        .ToArray();

    private static readonly FrozenDictionary<string, Country> ByCode = BuildCodeIndex();
    private static readonly FrozenDictionary<string, Country> ByNameKey = BuildNameIndex();
    private static readonly FrozenDictionary<int, Country> ByNumericCode = Table
        .Where(c => c.Numeric is not null)
        .ToFrozenDictionary(c => c.Numeric!.Value);

    private static readonly FrozenDictionary<string, Country> ByFipsCode = Table
        .SelectMany(c => c.FipsCodes.Select(code => (Code: code, Country: c)))
        .ToFrozenDictionary(entry => entry.Code, entry => entry.Country, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<int, (CodeSpell Spell, Country Country)[]> CowIndex = BuildSpellIndex(c => c.CowCodes);
    private static readonly FrozenDictionary<int, (CodeSpell Spell, Country Country)[]> GleditschWardIndex = BuildSpellIndex(c => c.GleditschWardCodes);

    /// <summary>Every country in the catalogue, in the order of their English names.</summary>
    public static IReadOnlyList<Country> All { get; } = Table.AsReadOnly();

    /// <summary>
    /// The country with this English name or alias (ignoring case, diacritics, punctuation and "the"), or this ISO
    /// 3166-1 alpha-2 or alpha-3 code or CAMEO country code (ignoring case).
    /// </summary>
    /// <param name="nameOrCode">E.g. <c>Serbia</c>, <c>Russian Federation</c>, <c>Korea, Republic of</c>, <c>RS</c>, <c>srb</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is null.</exception>
    /// <exception cref="UnknownCountryException">Nothing in the catalogue has that name or code; the message suggests close names.</exception>
    public static Country Resolve(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        return TryResolve(nameOrCode, out var country)
            ? country
            : throw new UnknownCountryException(nameOrCode, Suggest(nameOrCode));
    }

    /// <summary>Resolves a name or code as <see cref="Resolve"/> does, without throwing.</summary>
    /// <returns>True when a country was found; false for null, blank or unknown input.</returns>
    public static bool TryResolve([NotNullWhen(true)] string? nameOrCode, [NotNullWhen(true)] out Country? country)
    {
        country = null;
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return false;
        }

        var text = nameOrCode.Trim();
        if (text.Length is 2 or 3 && ByCode.TryGetValue(text, out country))
        {
            return true;
        }

        return ByNameKey.TryGetValue(CountryNames.Key(text), out country);
    }

    /// <summary>
    /// The country that held Correlates of War code <paramref name="code"/> in <paramref name="year"/>, or null when no
    /// country in the catalogue held it then. COW codes Serbia 345, continuing Yugoslavia (see the remarks on
    /// <see cref="Countries"/>).
    /// </summary>
    public static Country? ByCow(int code, int year) => Find(CowIndex, code, year);

    /// <summary>
    /// The country that held Gleditsch-Ward code <paramref name="code"/> in <paramref name="year"/>, or null when no
    /// country in the catalogue held it then. G-W codes Serbia 340 from 2006 and Yugoslavia 345 before.
    /// </summary>
    public static Country? ByGleditschWard(int code, int year) => Find(GleditschWardIndex, code, year);

    /// <summary>The country with this ISO 3166-1 numeric code (e.g. 688 for Serbia), or null when there is none.</summary>
    public static Country? ByNumeric(int numeric) => ByNumericCode.GetValueOrDefault(numeric);

    /// <summary>
    /// The country with this FIPS 10-4 country code (ignoring case), the code GDELT gives its places, or null when there
    /// is none. FIPS and ISO 3166-1 alpha-2 codes look alike and often differ: <c>ByFips("RS")</c> is Russia, whereas
    /// <see cref="Resolve"/><c>("RS")</c> (ISO) is Serbia, whose FIPS code is <c>RI</c>. See <see cref="Country.FipsCodes"/>.
    /// </summary>
    /// <param name="code">A two-letter FIPS 10-4 code, e.g. <c>RS</c>, <c>RI</c>, <c>GM</c> (Germany).</param>
    public static Country? ByFips(string? code) => code is { Length: 2 } ? ByFipsCode.GetValueOrDefault(code) : null;

    private static Country? Find(FrozenDictionary<int, (CodeSpell Spell, Country Country)[]> index, int code, int year)
    {
        if (!index.TryGetValue(code, out var spells))
        {
            return null;
        }

        // Spells are ordered by first year, so the last that includes the year is the holder at the year's end.
        Country? found = null;
        foreach (var (spell, country) in spells)
        {
            if (spell.Includes(year))
            {
                found = country;
            }
        }

        return found;
    }

    private static string[] Suggest(string input)
    {
        var key = CountryNames.Key(input);
        if (key.Length == 0)
        {
            return [];
        }

        var threshold = Math.Max(2, key.Length / 4);
        return ByNameKey
            .Select(entry => (entry.Value, Score: Score(key, entry.Key, threshold)))
            .Where(candidate => candidate.Score is not null)
            .OrderBy(candidate => candidate.Score)
            .Select(candidate => candidate.Value.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToArray();
    }

    private static int? Score(string input, string known, int threshold)
    {
        var distance = EditDistance.Of(input, known);
        if (distance <= threshold)
        {
            return distance;
        }

        // "korea" is part of "north korea" and "korea republic of": worth suggesting, after near spellings.
        var padded = " " + known + " ";
        return input.Length >= 4 && padded.Contains(" " + input + " ", StringComparison.Ordinal) ? threshold + 1 : null;
    }

    private static IEnumerable<Country> WithFipsCodes(IEnumerable<Country> countries)
    {
        var codes = FipsData.Load().ToLookup(entry => entry.Alpha2, entry => entry.Fips, StringComparer.Ordinal);
        return countries.Select(country => codes[country.Alpha2].Any()
            ? country with { FipsCodes = [.. codes[country.Alpha2].Order(StringComparer.Ordinal)] }
            : country);
    }

    private static FrozenDictionary<string, Country> BuildCodeIndex()
    {
        var index = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in Table)
        {
            Add(index, country.Alpha3, country, "alpha-3 code");
            if (!string.Equals(country.CameoCountryCode, country.Alpha3, StringComparison.Ordinal))
            {
                Add(index, country.CameoCountryCode, country, "CAMEO code");
            }
        }

        // An alpha-2 code ISO gave twice (CS) goes to the later holder.
        foreach (var country in Table.OrderBy(LastYear))
        {
            index[country.Alpha2] = country;
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, Country> BuildNameIndex()
    {
        var index = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in Table)
        {
            foreach (var name in country.Aliases.Prepend(country.Name))
            {
                var key = CountryNames.Key(name);
                if (index.TryGetValue(key, out var other) && other != country)
                {
                    throw new InvalidOperationException($"The country catalogue gives the name '{name}' to both {other} and {country}.");
                }

                index[key] = country;
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<int, (CodeSpell Spell, Country Country)[]> BuildSpellIndex(Func<Country, IReadOnlyList<CodeSpell>> spells) =>
        Table
            .SelectMany(country => spells(country).Select(spell => (Spell: spell, Country: country)))
            .GroupBy(entry => entry.Spell.Code)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(entry => entry.Spell.FirstYear).ToArray());

    private static void Add(Dictionary<string, Country> index, string code, Country country, string what)
    {
        if (!index.TryAdd(code, country))
        {
            throw new InvalidOperationException($"The country catalogue gives the {what} '{code}' to both {index[code]} and {country}.");
        }
    }

    private static int LastYear(Country country) =>
        country.GleditschWardCodes.Concat(country.CowCodes).Select(s => s.LastYear ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Max();
}
