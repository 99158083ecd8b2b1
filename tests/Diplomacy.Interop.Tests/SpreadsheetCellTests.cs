using Diplomacy.Interop;

namespace Diplomacy.Interop.Tests;

public class SpreadsheetCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(string hostile) =>
        Assert.Equal("'" + hostile, SpreadsheetCell.Safe(hostile));

    [Theory]
    [InlineData("-1.5")]
    [InlineData("+42")]
    [InlineData("-3e2")]
    public void A_signed_number_stays_numeric(string number) =>
        Assert.Equal(number, SpreadsheetCell.Safe(number));

    [Theory]
    [InlineData("")]
    [InlineData("SRB")]
    [InlineData("aleksandar-vulin")]
    [InlineData("a=b")]
    public void Ordinary_text_is_left_alone(string text) =>
        Assert.Equal(text, SpreadsheetCell.Safe(text));
}
