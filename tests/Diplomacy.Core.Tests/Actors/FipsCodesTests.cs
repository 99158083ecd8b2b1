namespace Diplomacy.Core.Tests.Actors;

public class FipsCodesTests
{
    [Fact]
    public void Fips_rs_is_russia_where_iso_rs_is_serbia()
    {
        Assert.Equal("RUS", Countries.ByFips("RS")?.Alpha3);
        Assert.Equal("SRB", Countries.Resolve("RS").Alpha3);
    }

    [Theory]
    [InlineData("RI", "SRB")]
    [InlineData("RB", "SRB")]
    [InlineData("GM", "DEU")]
    [InlineData("UK", "GBR")]
    [InlineData("UP", "UKR")]
    [InlineData("CH", "CHN")]
    [InlineData("SZ", "CHE")]
    [InlineData("KV", "XKX")]
    [InlineData("KS", "KOR")]
    [InlineData("KN", "PRK")]
    [InlineData("GZ", "PSE")]
    [InlineData("WE", "PSE")]
    [InlineData("OD", "SSD")]
    [InlineData("UR", "SUN")]
    [InlineData("rs", "RUS")]
    public void A_fips_code_finds_its_country(string fips, string alpha3) =>
        Assert.Equal(alpha3, Countries.ByFips(fips)?.Alpha3);

    [Theory]
    [InlineData("XX")]
    [InlineData("YI")]
    [InlineData("")]
    [InlineData("RUS")]
    [InlineData(null)]
    public void A_code_fips_does_not_hold_finds_nothing(string? code) => Assert.Null(Countries.ByFips(code));

    [Fact]
    public void Every_fips_code_belongs_to_one_country()
    {
        var codes = Countries.All.SelectMany(c => c.FipsCodes.Select(code => (Code: code, Country: c))).ToList();
        Assert.Empty(codes.GroupBy(e => e.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(codes, e => Assert.Same(e.Country, Countries.ByFips(e.Code)));
    }

    [Fact]
    public void Every_un_member_has_a_fips_code() =>
        Assert.Empty(Countries.All.Where(c => c.Status == CountryStatus.UnMember && c.FipsCodes.Count == 0).Select(c => c.Name));

    [Fact]
    public void Fips_codes_are_two_upper_case_letters_in_order() =>
        Assert.All(Countries.All, c =>
        {
            Assert.All(c.FipsCodes, code => Assert.Matches("^[A-Z]{2}$", code));
            Assert.Equal(c.FipsCodes.Order(StringComparer.Ordinal), c.FipsCodes);
        });
}
