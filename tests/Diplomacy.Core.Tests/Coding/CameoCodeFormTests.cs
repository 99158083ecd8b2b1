namespace Diplomacy.Core.Tests.CodingTests;

public class CameoCodeFormTests
{
    [Theory]
    [InlineData("0311", 3, QuadClass.VerbalCooperation)]
    [InlineData("062", 6, QuadClass.MaterialCooperation)]
    [InlineData("111", 11, QuadClass.VerbalConflict)]
    [InlineData("163", 16, QuadClass.MaterialConflict)]
    [InlineData("20", 20, QuadClass.MaterialConflict)]
    public void Root_and_quad_class_follow_the_first_two_digits(string code, int root, QuadClass quad)
    {
        var cameo = new CameoCode(code);
        Assert.Equal(root, cameo.Root);
        Assert.Equal(quad, cameo.QuadClass);
        Assert.Equal(code, cameo.ToString());
    }

    [Theory]
    [InlineData("311")]
    [InlineData("21")]
    [InlineData("00")]
    [InlineData("0")]
    [InlineData("03111")]
    [InlineData("03a")]
    public void Rejects_malformed_codes(string code) => Assert.Throws<ArgumentException>(() => new CameoCode(code));

    [Fact]
    public void Leading_zeros_are_kept()
    {
        Assert.Equal("0311", new CameoCode("0311").Value);
        Assert.Equal("03", new CameoCode("0311").RootCode.Value);
        Assert.False(CameoCode.IsValid("311"));
    }

    [Fact]
    public void FromCameo_reads_the_codebook()
    {
        var coding = Coding.FromCameo("051");
        Assert.Equal(QuadClass.VerbalCooperation, coding.QuadClass);
        Assert.Equal(3.4, coding.Goldstein);
        Assert.Same(coding, Coding.FromCameo("051"));
    }

    [Fact]
    public void FromCameo_reports_codes_not_in_the_codebook()
    {
        var error = Assert.Throws<ArgumentException>(() => Coding.FromCameo("0999"));
        Assert.Contains("0999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-10.5)]
    [InlineData(10.01)]
    [InlineData(double.NaN)]
    public void Goldstein_outside_the_scale_is_rejected(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Coding(QuadClass.VerbalConflict) { Goldstein = score });
}
