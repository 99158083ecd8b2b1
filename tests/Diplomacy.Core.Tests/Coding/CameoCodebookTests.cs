namespace Diplomacy.Core.Tests.CodingTests;

public class CameoCodebookTests
{
    [Fact]
    public void AFourDigitCodeBelongsToItsRootAndHasItsCodebookScore()
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
    public void ImposingSanctionsIsMaterialConflictAtMinusEight()
    {
        var coding = Coding.FromCameo("163");

        Assert.Equal(QuadClass.MaterialConflict, coding.QuadClass);
        Assert.Equal(-8.0, coding.Goldstein);
        Assert.Equal(new CameoCode("163"), coding.Cameo);
    }

    [Fact]
    public void AnUnknownCodeIsNotFound()
    {
        Assert.False(CameoCodebook.TryGet("0999", out var entry));
        Assert.Null(entry);
        Assert.False(CameoCodebook.Contains("0999"));
    }

    [Fact]
    public void CodingAnUnknownCodeThrowsNamingTheCode()
    {
        var ex = Assert.Throws<ArgumentException>(() => Coding.FromCameo("0999"));

        Assert.Contains("0999", ex.Message, StringComparison.Ordinal);
        Assert.False(Coding.TryFromCameo("0999", out _));
    }

    [Fact]
    public void GettingAnUnknownCodeThrowsKeyNotFoundNamingTheCode()
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
    public void TheCodesTheTypedEventsUseByDefaultAreKnown(string code) =>
        Assert.True(Coding.TryFromCameo(code, out _));

    [Fact]
    public void TheCodebookHasEveryLevelWithTwentyRoots()
    {
        var byLength = CameoCodebook.All.GroupBy(e => e.Code.Value.Length).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(20, byLength[2]);
        Assert.True(byLength[3] > 100, $"{byLength[3]} three-digit codes");
        Assert.True(byLength[4] > 100, $"{byLength[4]} four-digit codes");
    }

    [Fact]
    public void AllIsInCodeOrderWithoutDuplicates()
    {
        var codes = CameoCodebook.All.Select(e => e.Code).ToArray();

        Assert.Equal(codes.Order(), codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void EveryCodeBelowARootHasItsParentInTheCodebook()
    {
        foreach (var entry in CameoCodebook.All.Where(e => e.Code.Value.Length > 2))
        {
            Assert.True(CameoCodebook.Contains(entry.Code.Value[..^1]), $"{entry.Code} has no parent");
        }
    }

    [Fact]
    public void EveryGoldsteinScoreIsOnTheScale()
    {
        Assert.All(CameoCodebook.All, e => Assert.InRange(e.Goldstein, -10.0, 10.0));
    }

    [Fact]
    public void NamesAreTrimmedAndBeginWithACapital()
    {
        Assert.All(CameoCodebook.All, e =>
        {
            Assert.Equal(e.Name.Trim(), e.Name);
            Assert.True(char.IsUpper(e.Name[0]), e.Name);
        });
    }

    [Fact]
    public void ChildrenOfARootAreItsThreeDigitCodes()
    {
        var children = CameoCodebook.Children("04").Select(e => e.Code.Value);

        Assert.Equal(["040", "041", "042", "043", "044", "045", "046"], children);
    }

    [Fact]
    public void ChildrenOfAThreeDigitCodeAreItsFourDigitCodes()
    {
        var children = CameoCodebook.Children("031").Select(e => e.Code.Value);

        Assert.Equal(["0311", "0312", "0313", "0314"], children);
    }

    [Fact]
    public void AFourDigitCodeHasNoChildren() => Assert.Empty(CameoCodebook.Children("0311"));

    [Fact]
    public void ChildrenOfAnUnknownCodeThrows() =>
        Assert.Throws<KeyNotFoundException>(() => CameoCodebook.Children("0999"));

    [Fact]
    public void StatementsAndAppealsHaveNoPloverCategory()
    {
        Assert.All(CameoCodebook.All.Where(e => e.Code.Root is 1 or 2), e => Assert.Null(e.PloverCategory));
    }

    [Fact]
    public void TwoPloverContextsAreSplit()
    {
        var entry = CameoCodebook.Get("1121");

        Assert.Equal("crime; corruption", entry.PloverContext);
        Assert.Equal(["crime", "corruption"], entry.PloverContexts);
        Assert.Equal(["crime", "corruption"], entry.ToCoding().PloverContexts);
    }

    [Fact]
    public void ACodeWithoutContextCodesNoContext()
    {
        var coding = Coding.FromCameo("040");

        Assert.Equal(PloverCategory.Consult, coding.PloverCategory);
        Assert.Null(coding.PloverMode);
        Assert.Empty(coding.PloverContexts);
    }

    [Fact]
    public void TheModeIsKeptAsPloverSpellsIt()
    {
        var coding = Coding.FromCameo("042");

        Assert.Equal("visit", coding.PloverMode);
        Assert.Equal(1.9, coding.Goldstein);
    }

    [Fact]
    public void CodingsFromTheCodebookAreShared() =>
        Assert.Same(Coding.FromCameo("0311"), Coding.FromCameo("0311"));
}
