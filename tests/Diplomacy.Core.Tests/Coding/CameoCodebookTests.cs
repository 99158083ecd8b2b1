namespace Diplomacy.Core.Tests.CodingTests;

public class CameoCodebookTests
{
    [Fact]
    public void A_four_digit_code_belongs_to_its_root_and_has_its_codebook_score()
    {
        var entry = CameoCodebook.Get("0311");

        Assert.Equal("Express intent to cooperate economically", entry.Name);
        Assert.Equal(new CameoCode("03"), entry.Code.RootCode);
        Assert.Equal(QuadClass.VerbalCooperation, entry.QuadClass);
        Assert.Equal(5.2, entry.Goldstein);
        Assert.Equal(PloverCategory.Agree, entry.PloverCategory);
        Assert.Equal("economic", entry.PloverContext);
    }

    [Fact]
    public void Imposing_sanctions_is_material_conflict_at_minus_eight()
    {
        var coding = Coding.FromCameo("163");

        Assert.Equal(QuadClass.MaterialConflict, coding.QuadClass);
        Assert.Equal(-8.0, coding.Goldstein);
        Assert.Equal(new CameoCode("163"), coding.Cameo);
    }

    [Fact]
    public void An_unknown_code_is_not_found()
    {
        Assert.False(CameoCodebook.TryGet("0999", out var entry));
        Assert.Null(entry);
        Assert.False(CameoCodebook.Contains("0999"));
    }

    [Fact]
    public void Coding_an_unknown_code_throws_naming_the_code()
    {
        var ex = Assert.Throws<ArgumentException>(() => Coding.FromCameo("0999"));

        Assert.Contains("0999", ex.Message, StringComparison.Ordinal);
        Assert.False(Coding.TryFromCameo("0999", out _));
    }

    [Fact]
    public void Getting_an_unknown_code_throws_key_not_found_naming_the_code()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => CameoCodebook.Get("0999"));

        Assert.Contains("0999", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("010")]
    [InlineData("011")]
    [InlineData("015")]
    [InlineData("030")]
    [InlineData("040")]
    [InlineData("050")]
    [InlineData("051")]
    [InlineData("057")]
    [InlineData("062")]
    [InlineData("072")]
    [InlineData("085")]
    [InlineData("111")]
    [InlineData("120")]
    [InlineData("130")]
    [InlineData("160")]
    [InlineData("161")]
    [InlineData("163")]
    [InlineData("190")]
    public void The_codes_the_typed_events_use_by_default_are_known(string code) =>
        Assert.True(Coding.TryFromCameo(code, out _));

    [Fact]
    public void The_codebook_has_every_level_with_twenty_roots()
    {
        var byLength = CameoCodebook.All.GroupBy(e => e.Code.Value.Length).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(20, byLength[2]);
        Assert.True(byLength[3] > 100, $"{byLength[3]} three-digit codes");
        Assert.True(byLength[4] > 100, $"{byLength[4]} four-digit codes");
    }

    [Fact]
    public void All_is_in_code_order_without_duplicates()
    {
        var codes = CameoCodebook.All.Select(e => e.Code).ToArray();

        Assert.Equal(codes.Order(), codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void Every_code_below_a_root_has_its_parent_in_the_codebook()
    {
        foreach (var entry in CameoCodebook.All.Where(e => e.Code.Value.Length > 2))
        {
            Assert.True(CameoCodebook.Contains(entry.Code.Value[..^1]), $"{entry.Code} has no parent");
        }
    }

    [Fact]
    public void Every_goldstein_score_is_on_the_scale()
    {
        Assert.All(CameoCodebook.All, e => Assert.InRange(e.Goldstein, -10.0, 10.0));
    }

    [Fact]
    public void Names_are_trimmed_and_begin_with_a_capital()
    {
        Assert.All(CameoCodebook.All, e =>
        {
            Assert.Equal(e.Name.Trim(), e.Name);
            Assert.True(char.IsUpper(e.Name[0]), e.Name);
        });
    }

    [Fact]
    public void Children_of_a_root_are_its_three_digit_codes()
    {
        var children = CameoCodebook.Children("04").Select(e => e.Code.Value);

        Assert.Equal(["040", "041", "042", "043", "044", "045", "046"], children);
    }

    [Fact]
    public void Children_of_a_three_digit_code_are_its_four_digit_codes()
    {
        var children = CameoCodebook.Children("031").Select(e => e.Code.Value);

        Assert.Equal(["0311", "0312", "0313", "0314"], children);
    }

    [Fact]
    public void A_four_digit_code_has_no_children() => Assert.Empty(CameoCodebook.Children("0311"));

    [Fact]
    public void Children_of_an_unknown_code_throws() =>
        Assert.Throws<KeyNotFoundException>(() => CameoCodebook.Children("0999"));

    [Fact]
    public void Statements_and_appeals_have_no_plover_category()
    {
        Assert.All(CameoCodebook.All.Where(e => e.Code.Root is 1 or 2), e => Assert.Null(e.PloverCategory));
    }

    [Fact]
    public void Two_plover_contexts_are_split()
    {
        var entry = CameoCodebook.Get("1121");

        Assert.Equal("crime; corruption", entry.PloverContext);
        Assert.Equal(["crime", "corruption"], entry.PloverContexts);
        Assert.Equal(["crime", "corruption"], entry.ToCoding().PloverContexts);
    }

    [Fact]
    public void A_code_without_context_codes_no_context()
    {
        var coding = Coding.FromCameo("040");

        Assert.Equal(PloverCategory.Consult, coding.PloverCategory);
        Assert.Null(coding.PloverMode);
        Assert.Empty(coding.PloverContexts);
    }

    [Fact]
    public void The_mode_is_kept_as_plover_spells_it()
    {
        var coding = Coding.FromCameo("042");

        Assert.Equal("visit", coding.PloverMode);
        Assert.Equal(1.9, coding.Goldstein);
    }

    [Fact]
    public void Codings_from_the_codebook_are_shared() =>
        Assert.Same(Coding.FromCameo("0311"), Coding.FromCameo("0311"));
}
