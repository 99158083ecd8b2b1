using System.Collections.Frozen;
using System.Globalization;

namespace Diplomacy.Interop;

/// <summary>
/// The importers' rules for turning the actors named in event records into Diplomacy actors; documented in
/// <c>docs/interop.md</c> ("Actor resolution").
/// </summary>
internal static class ActorRules
{
    /// <summary>Words that make a proper name an organisation's rather than a person's (compared in lower case, whole words).</summary>
    private static readonly FrozenSet<string> OrganizationWords = FrozenSet.ToFrozenSet(
    [
        "actor", "agency", "airlines", "airways", "alliance", "army", "assembly", "association", "authority", "bank",
        "board", "brigade", "brigades", "bureau", "cabinet", "center", "centre", "chamber", "club", "coalition",
        "command", "commission", "committee", "company", "concern", "conference", "congress", "corporation", "council",
        "court", "dal", "department", "directorate", "embassy", "federation", "force", "forces", "forum", "foundation",
        "front", "fund", "government", "group", "guard", "house", "institute", "janata", "jihad", "league", "ministry",
        "morcha", "motors", "movement", "mujahideen", "nations", "navy", "network", "news", "office", "organisation",
        "organization", "organizations", "parishad", "parliament", "party", "police", "post", "press", "qaeda", "rada",
        "sabha", "sangh", "sena", "senate", "service", "society", "state", "times", "tribunal", "unidentified", "union",
        "university", "unspecified", "yard",
    ]);

    /// <summary>Words that make a name a place's (a region, not a state): Crimea is one word and falls to the one-word rule.</summary>
    private static readonly FrozenSet<string> PlaceWords = FrozenSet.ToFrozenSet(
    [
        "africa", "america", "americas", "asia", "caribbean", "east", "europe", "gulf", "islands", "kashmir", "peninsula",
        "province", "region", "territories", "territory", "west",
    ]);

    /// <summary>ICEWS sectors that only bodies carry, never persons.</summary>
    private static readonly FrozenSet<string> BodyOnlySectors = FrozenSet.ToFrozenSet(
        ["News", "Print News", "Television News", "Multinational Corporation"], StringComparer.Ordinal);

    /// <summary>The primary sector codes of CAMEO and PLOVER: the name given to a sector agent, and its organisation kind.</summary>
    private static readonly FrozenDictionary<string, (string Name, OrganizationKind Kind)> Sectors =
        new Dictionary<string, (string, OrganizationKind)>(StringComparer.Ordinal)
        {
            ["GOV"] = ("Government", OrganizationKind.GovernmentBody),
            ["LEG"] = ("Legislature", OrganizationKind.GovernmentBody),
            ["JUD"] = ("Judiciary", OrganizationKind.GovernmentBody),
            ["MIL"] = ("Military", OrganizationKind.Agency),
            ["COP"] = ("Police", OrganizationKind.Agency),
            ["SPY"] = ("Intelligence", OrganizationKind.Agency),
            ["PRM"] = ("Paramilitary", OrganizationKind.Other),
            ["UAF"] = ("Unidentified Armed Forces", OrganizationKind.Other),
            ["REB"] = ("Rebels", OrganizationKind.Other),
            ["INS"] = ("Insurgents", OrganizationKind.Other),
            ["SEP"] = ("Separatists", OrganizationKind.Other),
            ["OPP"] = ("Opposition", OrganizationKind.Other),
            ["PTY"] = ("Political Parties", OrganizationKind.Other),
            ["CVL"] = ("Civilians", OrganizationKind.Other),
            ["ELI"] = ("Elites", OrganizationKind.Other),
            ["BUS"] = ("Business", OrganizationKind.Company),
            ["MNC"] = ("Multinational Corporations", OrganizationKind.Company),
            ["EDU"] = ("Education", OrganizationKind.Other),
            ["LAB"] = ("Labor", OrganizationKind.Other),
            ["AGR"] = ("Agriculture", OrganizationKind.Other),
            ["JRN"] = ("Journalists", OrganizationKind.Other),
            ["HLH"] = ("Health", OrganizationKind.Other),
            ["REF"] = ("Refugees", OrganizationKind.Other),
            ["REL"] = ("Religious", OrganizationKind.Other),
            ["SOC"] = ("Civil Society", OrganizationKind.Other),
            ["CRM"] = ("Criminals", OrganizationKind.Other),
            ["HRI"] = ("Human Rights", OrganizationKind.Other),
            ["ENV"] = ("Environment", OrganizationKind.Other),
            ["DEV"] = ("Development", OrganizationKind.Other),
            ["MOD"] = ("Moderates", OrganizationKind.Other),
            ["RAD"] = ("Radicals", OrganizationKind.Other),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Codes that PLOVER and CAMEO give to non-state actors, which never name a country.</summary>
    private static readonly FrozenSet<string> NonStateCodes = FrozenSet.ToFrozenSet(["IGO", "NGO", "ISM", "IMG", "MNC", "UIS"], StringComparer.Ordinal);

    /// <summary>
    /// Intergovernmental bodies known by name, so that a record that names one without a sector (POLECAT often does)
    /// still reads it as one: it can then impose sanctions and host meetings as such bodies do.
    /// </summary>
    private static readonly FrozenSet<string> IntergovernmentalNames = FrozenSet.ToFrozenSet(
        [
            "European Union", "Council of the European Union", "European Commission", "United Nations", "UN",
            "United Nations Security Council", "UN Security Council", "United Nations General Assembly", "UN General Assembly",
            "North Atlantic Treaty Organization", "NATO", "African Union", "Association of Southeast Asian Nations", "ASEAN",
            "Organization for Security and Co-operation in Europe", "OSCE", "Council of Europe", "Arab League",
            "League of Arab States", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization",
            "Collective Security Treaty Organization", "CSTO", "Organization of American States",
            "International Atomic Energy Agency", "IAEA", "World Trade Organization", "Gulf Cooperation Council",
            "Economic Community of West African States", "ECOWAS", "Eurasian Economic Union",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An ICEWS actor: a country name is its state; <c>Agent (Place)</c> is a sector agent of the place's state; any
    /// other name is a person unless its words, shape or sectors say it is an organisation or a place.
    /// </summary>
    public static Actor? Icews(string name, string? countryName, IReadOnlyList<string> sectors)
    {
        if (IsNull(name))
        {
            return null;
        }

        if (NameIsCountry(name) is { } country)
        {
            return country.ToState();
        }

        var home = IsNull(countryName) ? null : Country(countryName);
        if (home is null && IntergovernmentalNames.Contains(name.Trim()))
        {
            return Organization(name, OrganizationKind.IntergovernmentalBody, null);
        }

        if (TrySplitAgent(name, out var place))
        {
            home ??= Country(place);
            return Organization(name, IcewsKind(sectors, home is not null), home);
        }

        return LooksLikeOrganization(name, sectors)
            ? Organization(name, IcewsKind(sectors, home is not null), home)
            : Person(name, home);
    }

    /// <summary>
    /// A GDELT actor, by its CAMEO actor code: a bare country code is the state; a country code with a known type
    /// (<c>RUSGOV</c>) is that sector agent of the state; anything else is an organisation named as the record names it.
    /// </summary>
    public static Actor? Gdelt(string code, string name, string countryCode, IReadOnlyList<string> types)
    {
        if (code.Length == 0)
        {
            return null;
        }

        var country = countryCode.Length == 0 ? null : Country(countryCode);
        var title = name.Length == 0 ? code : TitleCase(name);
        if (country is not null && string.Equals(code, countryCode, StringComparison.Ordinal))
        {
            return country.ToState();
        }

        var sector = types.Select(t => Sector(t, EventDataFormat.Gdelt)).FirstOrDefault(s => s is not null);
        if (country is not null)
        {
            if (sector is { } s)
            {
                return Organization($"{s.Name} ({country.Name})", s.Kind, country);
            }

            return NameIsCountry(title) == country ? country.ToState() : Organization(title, OrganizationKind.Other, country);
        }

        var kind = code.StartsWith("IGO", StringComparison.Ordinal) ? OrganizationKind.IntergovernmentalBody
            : code.StartsWith("MNC", StringComparison.Ordinal) || code.StartsWith("BUS", StringComparison.Ordinal) ? OrganizationKind.Company
            : sector?.Kind ?? OrganizationKind.Other;
        return Organization(title, kind, null);
    }

    /// <summary>
    /// A PLOVER actor object: its <c>code</c> (or, when the code is not a country's, its text) names a state; with a
    /// sector it is that sector agent of the state; with a non-state code (IGO, NGO, ...) it is an organisation named by
    /// its text.
    /// </summary>
    public static Actor? Plover(string? code, string? text, string? sectorCode)
    {
        code = Blank(code)?.ToUpperInvariant();
        text = Blank(text);
        var nonState = code is not null && NonStateCodes.Contains(code);
        var country = nonState ? null : (code is null ? null : Country(code)) ?? (text is null ? null : NameIsCountry(text));
        var sectorKey = Blank(sectorCode) is { Length: >= 3 } s && s[..3] != "***" ? s[..3].ToUpperInvariant() : null;
        if (country is not null)
        {
            if (sectorKey is null)
            {
                return country.ToState();
            }

            return Sector(sectorKey, EventDataFormat.Plover) is { } sector
                ? Organization($"{sector.Name} ({country.Name})", sector.Kind, country)
                : Organization(text ?? $"{sectorKey} ({country.Name})", OrganizationKind.Other, country);
        }

        var name = text ?? code;
        if (name is null)
        {
            return null;
        }

        var kind = code switch
        {
            "IGO" => OrganizationKind.IntergovernmentalBody,
            "MNC" => OrganizationKind.Company,
            _ => OrganizationKind.Other,
        };
        return Organization(name, kind, null);
    }

    /// <summary>The state of a country name or code (ISO, CAMEO), or null.</summary>
    /// <remarks>
    /// An inverted name (<c>Palestinian Territory, Occupied</c>) is also tried the right way round. Answers are kept for
    /// the first few thousand distinct texts, since country columns repeat a small vocabulary on every row.
    /// </remarks>
    public static Country? Country(string nameOrCode)
    {
        if (CountryCache.TryGetValue(nameOrCode, out var cached))
        {
            return cached;
        }

        var country = Resolve(nameOrCode);
        if (CountryCache.Count < CountryCacheLimit)
        {
            CountryCache.TryAdd(nameOrCode, country);
        }

        return country;
    }

    private const int CountryCacheLimit = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Country?> CountryCache = new(StringComparer.Ordinal);

    private static Country? Resolve(string nameOrCode)
    {
        if (Countries.TryResolve(nameOrCode, out var country))
        {
            return country;
        }

        var comma = nameOrCode.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && Countries.TryResolve($"{nameOrCode[(comma + 2)..]} {nameOrCode[..comma]}", out country) ? country : null;
    }

    /// <summary>A slug id for a name, or null when the name has no letter or digit to make one from.</summary>
    public static ActorId? Slug(string name)
    {
        try
        {
            return ActorId.FromName(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The organisation kind ICEWS sectors imply.</summary>
    public static OrganizationKind IcewsKind(IReadOnlyList<string> sectors, bool hasHomeState)
    {
        bool Any(Func<string, bool> test) => sectors.Any(test);

        // A body of a state is not intergovernmental, whatever its affiliations.
        if (!hasHomeState && Any(s => s == "International Government Organization"))
        {
            return OrganizationKind.IntergovernmentalBody;
        }

        if (Any(s => s == "General Population / Civilian / Social"))
        {
            return OrganizationKind.Other;
        }

        if (Any(s => s is "News" or "Print News" or "Television News" or "State Media" or "Media"))
        {
            return OrganizationKind.NewsOutlet;
        }

        if (Any(s => s.StartsWith("State Owned", StringComparison.Ordinal) || s.StartsWith("State-Owned", StringComparison.Ordinal)))
        {
            return OrganizationKind.StateOwnedCompany;
        }

        if (Any(s => s is "Business" or "Multinational Corporation" || s.EndsWith(" Business", StringComparison.Ordinal)))
        {
            return OrganizationKind.Company;
        }

        if (Any(s => s is "Police" or "Military" or "Army" or "Navy" or "Air Force" or "Marines" or "Military Intelligence" or "Intelligence Ministry" or "Army Special Forces"))
        {
            return OrganizationKind.Agency;
        }

        if (Any(s => s is "Government" or "Executive" or "Executive Office" or "Cabinet" or "Legislative / Parliamentary" or "Judicial" or "Upper House" or "Lower House" or "Unicameral" || s.EndsWith("Ministry", StringComparison.Ordinal)))
        {
            return OrganizationKind.GovernmentBody;
        }

        return OrganizationKind.Other;
    }

    /// <summary>Whether a proper name (not a country, not an agent) reads as an organisation's or a place's rather than a person's.</summary>
    public static bool LooksLikeOrganization(string name, IReadOnlyList<string> sectors)
    {
        if (sectors.Any(BodyOnlySectors.Contains))
        {
            return true;
        }

        if (name.StartsWith("The ", StringComparison.Ordinal) || name.Any(c => char.IsDigit(c) || c == '&'))
        {
            return true;
        }

        var words = name.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            // A single name (Hamas, Google, Crimea) is a body or a place, unless ICEWS files it as an elite (a monarch, Jayalalithaa).
            return !sectors.Contains("Elite") && !sectors.Contains("Executive Office");
        }

        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (OrganizationWords.Contains(lower) || PlaceWords.Contains(lower))
            {
                return true;
            }
        }

        // An acronym of capitals (WAFA, BBC) is a body.
        return name.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private static Country? NameIsCountry(string name)
    {
        // Names only: a two- or three-letter acronym in capitals (BBC, UN) is not read as a country code.
        if (name.Length <= 3 && name.All(char.IsUpper))
        {
            return null;
        }

        // Not cached: each distinct name is resolved once per file anyway.
        return Resolve(name);
    }

    private static bool TrySplitAgent(string name, out string place)
    {
        place = string.Empty;
        if (!name.EndsWith(')'))
        {
            return false;
        }

        var depth = 0;
        for (var i = name.Length - 1; i > 0; i--)
        {
            if (name[i] == ')')
            {
                depth++;
            }
            else if (name[i] == '(' && --depth == 0)
            {
                if (name[i - 1] != ' ')
                {
                    return false;
                }

                place = name[(i + 1)..^1].Trim();
                return place.Length > 0;
            }
        }

        return false;
    }

    private static (string Name, OrganizationKind Kind)? Sector(string code, EventDataFormat format)
    {
        if (code.Length < 3)
        {
            return null;
        }

        var key = code[..3].ToUpperInvariant();
        if (key == "MED")
        {
            // PLOVER gave MED to health; CAMEO (and GDELT) use it for the media.
            return format == EventDataFormat.Plover ? ("Health", OrganizationKind.Other) : ("Media", OrganizationKind.Other);
        }

        return Sectors.TryGetValue(key, out var sector) ? sector : null;
    }

    private static Organization? Organization(string name, OrganizationKind kind, Country? home) =>
        Slug(name) is { } id ? new Organization(id, name, kind, home is null ? default(ActorId?) : new ActorId(home.Alpha3)) : null;

    private static Person? Person(string name, Country? nationality) =>
        Slug(name) is { } id ? new Person(id, name, nationality is null ? default(ActorId?) : new ActorId(nationality.Alpha3)) : null;

    private static string TitleCase(string name) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    private static bool IsNull([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? value) => string.IsNullOrWhiteSpace(value) || value == "NA";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
