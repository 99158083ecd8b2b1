namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateParseErrorTests
{
    [Fact]
    public void Parse_month_thirteen_names_the_month_its_position_and_the_valid_codes()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse("2024-13"));

        Assert.Equal(
            "Invalid EDTF date '2024-13': month 13 at position 5 is not 01..12, 21..24 (seasons), 33..36 (quarters) or 40..41 (halves).",
            ex.Message);
    }

    [Fact]
    public void Parse_nonexistent_day_names_the_day_and_the_month_length()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse("2023-02-30"));

        Assert.Equal(
            "Invalid EDTF date '2023-02-30': day 30 at position 8 does not exist in 2023-02, which has 28 days.",
            ex.Message);
    }

    [Fact]
    public void Parse_trailing_garbage_names_the_character_and_position()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse("2024-07-08x"));

        Assert.Contains("unexpected 'x' at position 10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_two_qualifiers_names_the_second_qualifier_and_position()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse("2023~?"));

        Assert.Contains("second qualifier '?' at position 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_range_ending_before_it_starts_says_so()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse("2024-07-02/2024-07-01"));

        Assert.Equal(
            "Invalid EDTF date '2024-07-02/2024-07-01': the range's end at position 11 (last day 2024-07-01) is before its start (first day 2024-07-02).",
            ex.Message);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("24", "expected a four-digit year 0001..9999 at position 0")]
    [InlineData("-2024", "expected a four-digit year 0001..9999 at position 0")]
    [InlineData(" 2024", "expected a four-digit year 0001..9999 at position 0")]
    [InlineData("0000", "year 0000 at position 0 is not 0001..9999")]
    [InlineData("2024-7", "expected a two-digit month, season, quarter or half-year after '-' at position 5")]
    [InlineData("2024-00", "month 00 at position 5 is not 01..12")]
    [InlineData("2024-25", "month 25 at position 5 is not 01..12")]
    [InlineData("2024-07-8", "expected a two-digit day after '-' at position 8")]
    [InlineData("2024-07-00", "day 00 at position 8 does not exist in 2024-07, which has 31 days")]
    [InlineData("2023-02-29", "day 29 at position 8 does not exist in 2023-02, which has 28 days")]
    [InlineData("9999-24", "winter 9999 (season 24 at position 5) would end in February 10000")]
    [InlineData("2024 ", "unexpected U+0020 at position 4")]
    [InlineData("2023-21-01", "unexpected '-' at position 7; expected a qualifier")]
    [InlineData("2023?~", "second qualifier '~' at position 5")]
    [InlineData("2023-04-01~x", "unexpected 'x' at position 11; expected '/' or the end of the date")]
    [InlineData("2023/2024/2025", "unexpected '/' at position 9; expected '-' and a month, a qualifier ('~', '?' or '%'), or the end of the date")]
    [InlineData("2024-07-01/2024-07-0x", "expected a two-digit day after '-' at position 19")]
    [InlineData("2024-13/2025", "month 13 at position 5")]
    [InlineData("2024/2025-13", "month 13 at position 10")]
    [InlineData("../..", "both ends of the range around '/' at position 2 are open or unknown")]
    [InlineData("/", "both ends of the range around '/' at position 0 are open or unknown")]
    [InlineData("..", "expected a four-digit year 0001..9999 at position 0")]
    [InlineData("2023-06/2023-01", "the range's end at position 8 (last day 2023-01-31) is before its start (first day 2023-06-01)")]
    [InlineData("2024-07-08T10:00", "unexpected 'T' at position 10")]
    [InlineData("2004?-06-11", "unexpected '-' at position 5; expected '/' or the end of the date")]
    [InlineData("2022-XX-15", "a known part at position 8 follows unspecified digits (X)")]
    [InlineData("20X5", "a known part at position 3 follows unspecified digits (X)")]
    [InlineData("202X-05", "a known part at position 5 follows unspecified digits (X)")]
    [InlineData("XXXX", "the year at position 0 has no known digit")]
    [InlineData("2024/XXXX", "the year at position 5 has no known digit")]
    [InlineData("2022-XX-XXx", "unexpected 'x' at position 10; expected a qualifier")]
    [InlineData("202x", "expected a four-digit year 0001..9999 at position 0")]
    public void Parse_invalid_text_message_names_the_position_and_problem(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse(text));

        Assert.StartsWith($"Invalid EDTF date '{text}': ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-13")]
    [InlineData("2023-02-30")]
    [InlineData("2024-07-08x")]
    [InlineData("2023~?")]
    [InlineData("2024-07-02/2024-07-01")]
    [InlineData("../..")]
    [InlineData("9999-24")]
    public void Try_parse_invalid_text_returns_false_without_throwing(string text)
    {
        Assert.False(FuzzyDate.TryParse(text, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void Parse_invalid_span_quotes_the_span_in_the_message()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.Parse("[2024-13]".AsSpan(1, 7)));

        Assert.StartsWith("Invalid EDTF date '2024-13': month 13 at position 5", ex.Message, StringComparison.Ordinal);
    }
}
