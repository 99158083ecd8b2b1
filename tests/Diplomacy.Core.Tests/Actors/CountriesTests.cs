namespace Diplomacy.Core.Tests.Actors;

public class CountriesTests
{
    [Theory]
    [InlineData("Republic of Korea", "KOR")]
    [InlineData("Korea, Republic of", "KOR")]
    [InlineData("South Korea", "KOR")]
    [InlineData("North Korea", "PRK")]
    [InlineData("Democratic People's Republic of Korea", "PRK")]
    [InlineData("Czechia", "CZE")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("Russia", "RUS")]
    [InlineData("Iran", "IRN")]
    [InlineData("Iran, Islamic Republic of", "IRN")]
    [InlineData("Occupied Palestinian Territory", "PSE")]
    [InlineData("Congo, The Democratic Republic of the", "COD")]
    [InlineData("Democratic Republic of Congo", "COD")]
    [InlineData("Congo", "COG")]
    [InlineData("the former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Serbia", "SRB")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Yugoslavia", "YUG")]
    [InlineData("USSR", "SUN")]
    public void An_english_name_or_alias_resolves(string name, string alpha3) =>
        Assert.Equal(alpha3, Countries.Resolve(name).Alpha3);

    [Theory]
    [InlineData("côte d’ivoire", "CIV")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("Cote dIvoire", "CIV")]
    [InlineData("The Gambia", "GMB")]
    [InlineData("Gambia, The", "GMB")]
    [InlineData("  Bahamas  ", "BHS")]
    [InlineData("St. Kitts & Nevis", "KNA")]
    [InlineData("Sao Tome and Principe", "STP")]
    [InlineData("Turkiye", "TUR")]
    [InlineData("Bosnia-Herzegovina", "BIH")]
    [InlineData("U.S.", "USA")]
    [InlineData("UK", "GBR")]
    public void Names_resolve_ignoring_case_diacritics_punctuation_and_the(string name, string alpha3) =>
        Assert.Equal(alpha3, Countries.Resolve(name).Alpha3);

    [Theory]
    [InlineData("RS", "SRB")]
    [InlineData("rs", "SRB")]
    [InlineData("SRB", "SRB")]
    [InlineData("srb", "SRB")]
    [InlineData("GB", "GBR")]
    [InlineData("XK", "XKX")]
    [InlineData("XKX", "XKX")]
    [InlineData("KSV", "XKX")]
    [InlineData("YU", "YUG")]
    [InlineData("SUN", "SUN")]
    [InlineData("CSK", "CSK")]
    public void Iso_and_cameo_codes_resolve(string code, string alpha3) =>
        Assert.Equal(alpha3, Countries.Resolve(code).Alpha3);

    [Fact]
    public void The_alpha_2_code_iso_gave_twice_resolves_to_the_later_holder()
    {
        Assert.Equal("CS", Countries.Resolve("CSK").Alpha2);
        Assert.Equal("SCG", Countries.Resolve("CS").Alpha3);
    }

    [Fact]
    public void An_unknown_name_throws_with_the_input_in_the_message()
    {
        var ex = Assert.Throws<UnknownCountryException>(() => Countries.Resolve("Ruritania"));

        Assert.Contains("Ruritania", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Ruritania", ex.Input);
        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
    }

    [Fact]
    public void A_misspelled_name_suggests_the_close_one()
    {
        var ex = Assert.Throws<UnknownCountryException>(() => Countries.Resolve("Sebria"));

        Assert.Contains("Serbia", ex.Suggestions);
        Assert.Contains("'Serbia'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_several_names_suggests_them()
    {
        var ex = Assert.Throws<UnknownCountryException>(() => Countries.Resolve("Korea"));

        Assert.Contains("North Korea", ex.Suggestions);
        Assert.Contains("South Korea", ex.Suggestions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ruritania")]
    [InlineData("ZZ")]
    public void Try_resolve_says_false_for_what_it_does_not_know(string? input)
    {
        Assert.False(Countries.TryResolve(input, out var country));
        Assert.Null(country);
    }

    [Fact]
    public void Resolve_rejects_null() => Assert.Throws<ArgumentNullException>(() => Countries.Resolve(null!));

    [Fact]
    public void Serbia_is_gleditsch_ward_340_from_2006() =>
        Assert.Equal("SRB", Countries.ByGleditschWard(340, 2010)?.Alpha3);

    [Fact]
    public void Gleditschward_345_in_1995_is_yugoslavia() =>
        Assert.Equal("YUG", Countries.ByGleditschWard(345, 1995)?.Alpha3);

    [Theory]
    [InlineData(345, 2004, "SCG")]
    [InlineData(345, 2006, "SCG")]
    [InlineData(340, 2006, "SRB")]
    [InlineData(340, 1900, "SRB")]
    [InlineData(345, 1930, "YUG")]
    [InlineData(365, 1980, "SUN")]
    [InlineData(365, 1991, "RUS")]
    [InlineData(365, 1900, "RUS")]
    [InlineData(260, 1980, "DEU")]
    [InlineData(260, 2020, "DEU")]
    [InlineData(265, 1980, "DDR")]
    [InlineData(678, 1980, "YEM")]
    [InlineData(678, 2015, "YEM")]
    [InlineData(680, 1980, "YMD")]
    [InlineData(970, 2000, "KIR")]
    [InlineData(971, 2000, "NRU")]
    [InlineData(347, 2010, "XKX")]
    public void Gleditsch_ward_codes_honour_their_years(int code, int year, string alpha3) =>
        Assert.Equal(alpha3, Countries.ByGleditschWard(code, year)?.Alpha3);

    [Theory]
    [InlineData(345, 2010, "SRB")]
    [InlineData(345, 2006, "SRB")]
    [InlineData(345, 2004, "SCG")]
    [InlineData(345, 1995, "YUG")]
    [InlineData(345, 1900, "SRB")]
    [InlineData(365, 1980, "SUN")]
    [InlineData(365, 2000, "RUS")]
    [InlineData(255, 1930, "DEU")]
    [InlineData(255, 2000, "DEU")]
    [InlineData(260, 1980, "DEU")]
    [InlineData(678, 1980, "YEM")]
    [InlineData(679, 2000, "YEM")]
    [InlineData(315, 1980, "CSK")]
    [InlineData(316, 2000, "CZE")]
    [InlineData(970, 2000, "NRU")]
    [InlineData(946, 2000, "KIR")]
    [InlineData(2, 2024, "USA")]
    public void Cow_codes_honour_their_years(int code, int year, string alpha3) =>
        Assert.Equal(alpha3, Countries.ByCow(code, year)?.Alpha3);

    [Fact]
    public void Cow_has_no_code_340() => Assert.Null(Countries.ByCow(340, 2010));

    [Fact]
    public void Gleditsch_ward_has_no_345_after_serbia_and_montenegro() => Assert.Null(Countries.ByGleditschWard(345, 2010));

    [Theory]
    [InlineData(255, 1950)]
    [InlineData(305, 1945)]
    [InlineData(290, 1942)]
    [InlineData(626, 2000)]
    [InlineData(999, 2000)]
    public void A_code_outside_its_years_finds_no_country(int code, int year) => Assert.Null(Countries.ByCow(code, year));

    [Fact]
    public void Numeric_codes_resolve()
    {
        Assert.Equal("SRB", Countries.ByNumeric(688)?.Alpha3);
        Assert.Equal("YUG", Countries.ByNumeric(890)?.Alpha3);
        Assert.Null(Countries.ByNumeric(999));
    }

    [Fact]
    public void Serbia_carries_its_codes_and_aliases()
    {
        var serbia = Countries.Resolve("Serbia");

        Assert.Equal(("RS", "SRB", 688), (serbia.Alpha2, serbia.Alpha3, serbia.Numeric));
        Assert.Equal("SRB", serbia.CameoCountryCode);
        Assert.Equal(340, serbia.GleditschWardCodeIn(2024));
        Assert.Equal(345, serbia.CowCodeIn(2024));
        Assert.Null(serbia.GleditschWardCodeIn(1950));
        Assert.False(serbia.IsFormer);
        Assert.Equal(CountryStatus.UnMember, serbia.Status);
    }

    [Fact]
    public void Germany_changed_cow_code_in_1990()
    {
        var germany = Countries.Resolve("Germany");

        Assert.Equal(260, germany.CowCodeIn(1989));
        Assert.Equal(255, germany.CowCodeIn(1990));
        Assert.Null(germany.CowCodeIn(1950));
    }

    [Fact]
    public void Former_states_are_marked_former()
    {
        string[] former = ["SUN", "YUG", "SCG", "CSK", "DDR", "YMD"];

        Assert.Equal(former.Order(), Countries.All.Where(c => c.IsFormer).Select(c => c.Alpha3).Order());
    }

    [Fact]
    public void To_state_makes_the_diplomacy_actor()
    {
        var state = Countries.Resolve("Russian Federation").ToState();

        Assert.Equal(new ActorId("RUS"), state.Id);
        Assert.Equal("Russia", state.Name);
        Assert.Contains("Russian Federation", state.Aliases);
    }

    [Fact]
    public void Every_country_makes_a_valid_state() =>
        Assert.All(Countries.All, c => Assert.True(c.ToState().Id.IsStateCode, c.ToString()));

    [Fact]
    public void There_are_193_un_members_and_two_observer_states()
    {
        Assert.Equal(193, Countries.All.Count(c => c.Status == CountryStatus.UnMember));
        Assert.Equal(["PSE", "VAT"], Countries.All.Where(c => c.Status == CountryStatus.UnObserverState).Select(c => c.Alpha3).Order());
    }

    [Fact]
    public void Every_iso_entry_is_there() =>
        Assert.Equal(249, Countries.All.Count(c => c.Status != CountryStatus.Former && c.Alpha3 != "XKX"));

    [Fact]
    public void Codes_are_well_formed_and_unique()
    {
        Assert.All(Countries.All, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Alpha2);
            Assert.Matches("^[A-Z]{3}$", c.Alpha3);
            Assert.Matches("^[A-Z]{3}$", c.CameoCountryCode);
            Assert.True(c.Numeric is null or > 0 and < 1000, c.ToString());
        });
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Alpha3).Distinct().Count());
        Assert.Equal(Countries.All.Count(c => c.Numeric is not null), Countries.All.Select(c => c.Numeric).OfType<int>().Distinct().Count());

        var sharedAlpha2 = Countries.All.GroupBy(c => c.Alpha2).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Equal(["CS"], sharedAlpha2);
    }

    [Fact]
    public void Every_country_resolves_by_its_name_aliases_and_codes()
    {
        foreach (var country in Countries.All)
        {
            foreach (var name in country.Aliases.Prepend(country.Name))
            {
                Assert.Same(country, Countries.Resolve(name));
            }

            Assert.Same(country, Countries.Resolve(country.Alpha3));
            Assert.Same(country, Countries.Resolve(country.CameoCountryCode));
            if (country.Alpha2 != "CS")
            {
                Assert.Same(country, Countries.Resolve(country.Alpha2));
            }

            if (country.Numeric is { } numeric)
            {
                Assert.Same(country, Countries.ByNumeric(numeric));
            }
        }
    }

    [Fact]
    public void Every_code_spell_finds_its_country_in_each_of_its_years_save_a_handover()
    {
        var problems = new List<string>();
        foreach (var country in Countries.All)
        {
            Check(country, country.CowCodes, Countries.ByCow, "COW");
            Check(country, country.GleditschWardCodes, Countries.ByGleditschWard, "G-W");
        }

        Assert.Empty(problems);

        void Check(Country country, IReadOnlyList<CodeSpell> spells, Func<int, int, Country?> lookUp, string list)
        {
            foreach (var spell in spells)
            {
                for (var year = spell.FirstYear; year <= (spell.LastYear ?? 2025); year++)
                {
                    var found = lookUp(spell.Code, year);
                    var handedOver = year == spell.LastYear && found is not null && found.GleditschWardCodes.Concat(found.CowCodes).Any(s => s.Code == spell.Code && s.FirstYear == year);
                    if (!ReferenceEquals(found, country) && !handedOver)
                    {
                        problems.Add($"{list} {spell.Code} in {year}: {found?.ToString() ?? "nothing"}, not {country}");
                    }
                }
            }
        }
    }

    [Fact]
    public void A_code_is_shared_only_in_the_year_it_changes_hands()
    {
        var problems = new List<string>();
        foreach (var (list, spellsOf) in new (string, Func<Country, IReadOnlyList<CodeSpell>>)[] { ("COW", c => c.CowCodes), ("G-W", c => c.GleditschWardCodes) })
        {
            var spells = Countries.All.SelectMany(c => spellsOf(c).Select(s => (Spell: s, Country: c))).ToArray();
            foreach (var a in spells)
            {
                foreach (var b in spells.Where(b => b.Spell.Code == a.Spell.Code && !ReferenceEquals(a.Country, b.Country) || b.Spell != a.Spell && b.Spell.Code == a.Spell.Code && ReferenceEquals(a.Country, b.Country)))
                {
                    var overlapFrom = Math.Max(a.Spell.FirstYear, b.Spell.FirstYear);
                    var overlapTo = Math.Min(a.Spell.LastYear ?? int.MaxValue, b.Spell.LastYear ?? int.MaxValue);
                    if (overlapTo > overlapFrom || (overlapTo == overlapFrom && a.Spell.LastYear != overlapTo && b.Spell.LastYear != overlapTo))
                    {
                        problems.Add($"{list} {a.Spell.Code}: {a.Country} {a.Spell} overlaps {b.Country} {b.Spell}");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Spells_are_in_time_order() =>
        Assert.All(Countries.All, c =>
        {
            Assert.Equal(c.CowCodes.OrderBy(s => s.FirstYear), c.CowCodes);
            Assert.Equal(c.GleditschWardCodes.OrderBy(s => s.FirstYear), c.GleditschWardCodes);
        });

    [Fact]
    public void Territories_and_observers_have_no_cow_code() =>
        Assert.All(Countries.All.Where(c => c.Status is CountryStatus.Territory or CountryStatus.UnObserverState), c => Assert.Empty(c.CowCodes));

    [Fact]
    public void Every_un_member_has_current_cow_and_gleditsch_ward_codes() =>
        Assert.All(Countries.All.Where(c => c.Status == CountryStatus.UnMember), c =>
        {
            Assert.NotNull(c.CowCodeIn(2024));
            Assert.NotNull(c.GleditschWardCodeIn(2024));
        });

    [Fact]
    public void All_is_in_name_order()
    {
        var names = Countries.All.Select(c => c.Name).ToArray();

        Assert.Equal("Afghanistan", names[0]);
        Assert.Equal("Åland Islands", names[1]);
        Assert.Equal("Zimbabwe", names[^1]);
    }

    [Fact]
    public void A_code_spell_cannot_end_before_it_begins() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodeSpell(345, 2006, 2003));

    [Fact]
    public void A_code_spell_includes_both_end_years()
    {
        var spell = new CodeSpell(345, 2003, 2006);

        Assert.True(spell.Includes(2003));
        Assert.True(spell.Includes(2006));
        Assert.False(spell.Includes(2007));
        Assert.True(new CodeSpell(340, 2006, null).Includes(2100));
        Assert.Equal("345 (2003-2006)", spell.ToString());
    }
}
