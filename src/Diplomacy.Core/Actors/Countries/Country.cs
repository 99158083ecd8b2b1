namespace Diplomacy;

/// <summary>
/// A country as the field's data sets identify it: its English name and the names data sets use for it, its ISO 3166-1
/// codes, its Correlates of War (COW) and Gleditsch-Ward (G-W) state codes with the years each was valid, and its
/// CAMEO actor code. The catalogue of them is <see cref="Countries"/>.
/// </summary>
/// <remarks>
/// <para>Countries are immutable records with value equality (lists compare by their contents); the instances in
/// <see cref="Countries.All"/> are the only ones.</para>
/// <para>A state that changed name keeps one entry (Eswatini, formerly Swaziland; Czechia, also the Czech Republic);
/// one that ceased to exist has its own entry with <see cref="IsFormer"/> set (Yugoslavia, the Soviet Union). The
/// state-system lists sometimes carry one code across such a change (COW and G-W both code the Soviet Union 365, like
/// Russia before and after it); the spells on each entry say which years belong to which.</para>
/// </remarks>
public sealed record Country
{
    private readonly ValueList<CodeSpell> _cowCodes;
    private readonly ValueList<CodeSpell> _gleditschWardCodes;
    private readonly ValueList<string> _aliases;
    private readonly ValueList<string> _fipsCodes = ValueList<string>.Empty;

    internal Country(
        string name,
        string alpha2,
        string alpha3,
        int? numeric,
        CountryStatus status,
        string cameoCode,
        IEnumerable<CodeSpell> cowCodes,
        IEnumerable<CodeSpell> gleditschWardCodes,
        IEnumerable<string> aliases)
    {
        Name = name;
        Alpha2 = alpha2;
        Alpha3 = alpha3;
        Numeric = numeric;
        Status = status;
        CameoCountryCode = cameoCode;
        _cowCodes = ValueList<CodeSpell>.From(cowCodes);
        _gleditschWardCodes = ValueList<CodeSpell>.From(gleditschWardCodes);
        _aliases = ValueList<string>.From(aliases);
    }

    /// <summary>The English short name in common use, e.g. <c>Russia</c>, <c>South Korea</c>, <c>Czechia</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The ISO 3166-1 alpha-2 code, e.g. <c>RS</c>. For a former state, the code it had before ISO withdrew it (ISO
    /// gave <c>CS</c> first to Czechoslovakia, later to Serbia and Montenegro); for Kosovo, the user-assigned <c>XK</c>
    /// that the EU and the IMF use.
    /// </summary>
    public string Alpha2 { get; }

    /// <summary>
    /// The ISO 3166-1 alpha-3 code, e.g. <c>SRB</c>: the id of the <see cref="State"/> that <see cref="ToState"/> makes.
    /// For a former state, the code it had; for Kosovo, the user-assigned <c>XKX</c>.
    /// </summary>
    public string Alpha3 { get; }

    /// <summary>The ISO 3166-1 numeric code (the UN M49 code), e.g. 688; null where there is none (Kosovo).</summary>
    public int? Numeric { get; }

    /// <summary>What kind of entity this is: a UN member, an observer state, a territory, a former state.</summary>
    public CountryStatus Status { get; }

    /// <summary>True when the state no longer exists (the Soviet Union, Yugoslavia, Czechoslovakia).</summary>
    public bool IsFormer => Status == CountryStatus.Former;

    /// <summary>
    /// The CAMEO actor country code, e.g. <c>SRB</c>: the ISO alpha-3 code except where CAMEO coded the country
    /// otherwise (Kosovo, <c>KSV</c>). This is an actor code, not a <see cref="Diplomacy.CameoCode"/> event code.
    /// </summary>
    public string CameoCountryCode { get; }

    /// <summary>
    /// The Correlates of War state codes of this country with the years each was valid, in time order; empty for a
    /// country that was never a member of the COW state system (territories, Palestine, the Holy See).
    /// </summary>
    public IReadOnlyList<CodeSpell> CowCodes => _cowCodes;

    /// <summary>
    /// The Gleditsch-Ward state codes of this country, including its microstates list, with the years each was
    /// valid, in time order; empty for a country not on either list.
    /// </summary>
    public IReadOnlyList<CodeSpell> GleditschWardCodes => _gleditschWardCodes;

    /// <summary>
    /// Other names data sets use for the country (<c>Russian Federation</c>, <c>Korea, Republic of</c>, <c>Swaziland</c>),
    /// never null. <see cref="Countries.Resolve"/> finds the country by any of them.
    /// </summary>
    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>
    /// The FIPS 10-4 country codes of this country, the codes GDELT gives its places (e.g. <c>RS</c> for Russia,
    /// <c>RI</c> for Serbia), in alphabetical order; empty where FIPS has none. A country has more than one where FIPS
    /// splits it (Palestine: the Gaza Strip <c>GZ</c> and the West Bank <c>WE</c>) or changed its code (Serbia:
    /// <c>RB</c>, then <c>RI</c>). <see cref="Countries.ByFips"/> finds the country by any of them.
    /// </summary>
    public IReadOnlyList<string> FipsCodes
    {
        get => _fipsCodes;
        internal init => _fipsCodes = ValueList<string>.From(value);
    }

    /// <summary>The COW code valid for this country in <paramref name="year"/>, or null when it had none then.</summary>
    public int? CowCodeIn(int year) => CodeIn(_cowCodes, year);

    /// <summary>The Gleditsch-Ward code valid for this country in <paramref name="year"/>, or null when it had none then.</summary>
    public int? GleditschWardCodeIn(int year) => CodeIn(_gleditschWardCodes, year);

    /// <summary>
    /// The country as a Diplomacy actor: a <see cref="State"/> whose id is <see cref="Alpha3"/>, named <see cref="Name"/>,
    /// with <see cref="Aliases"/>.
    /// </summary>
    public State ToState() => new(new ActorId(Alpha3), Name) { Aliases = _aliases };

    /// <summary>The alpha-3 code and name, e.g. <c>SRB (Serbia)</c>.</summary>
    public override string ToString() => $"{Alpha3} ({Name})";

    private static int? CodeIn(ValueList<CodeSpell> spells, int year)
    {
        // When a code changed in the year (Germany: 260 until 1990, 255 from 1990), the later one holds at year's end.
        for (var i = spells.Count - 1; i >= 0; i--)
        {
            if (spells[i].Includes(year))
            {
                return spells[i].Code;
            }
        }

        return null;
    }
}
