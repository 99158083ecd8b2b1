using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Tests.Time;

public class FuzzyDateTextTests
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [InlineData("2024-07-08", DatePrecision.Day, "2024-07-08", "2024-07-08")]
    [InlineData("2024-07", DatePrecision.Month, "2024-07-01", "2024-07-31")]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("0001", DatePrecision.Year, "0001-01-01", "0001-12-31")]
    [InlineData("9999", DatePrecision.Year, "9999-01-01", "9999-12-31")]
    [InlineData("2023-21", DatePrecision.Season, "2023-03-01", "2023-05-31")]
    [InlineData("2023-22", DatePrecision.Season, "2023-06-01", "2023-08-31")]
    [InlineData("2023-23", DatePrecision.Season, "2023-09-01", "2023-11-30")]
    [InlineData("2023-24", DatePrecision.Season, "2023-12-01", "2024-02-29")]
    [InlineData("2023-33", DatePrecision.Quarter, "2023-01-01", "2023-03-31")]
    [InlineData("2023-34", DatePrecision.Quarter, "2023-04-01", "2023-06-30")]
    [InlineData("2023-35", DatePrecision.Quarter, "2023-07-01", "2023-09-30")]
    [InlineData("2023-36", DatePrecision.Quarter, "2023-10-01", "2023-12-31")]
    [InlineData("2023-40", DatePrecision.HalfYear, "2023-01-01", "2023-06-30")]
    [InlineData("2023-41", DatePrecision.HalfYear, "2023-07-01", "2023-12-31")]
    [InlineData("2024-07-01/2024-07-02", DatePrecision.Range, "2024-07-01", "2024-07-02")]
    [InlineData("2024-07-01/2024-07-01", DatePrecision.Range, "2024-07-01", "2024-07-01")]
    [InlineData("2023-04/2023-06", DatePrecision.Range, "2023-04-01", "2023-06-30")]
    [InlineData("2023/2024", DatePrecision.Range, "2023-01-01", "2024-12-31")]
    [InlineData("2023/2023", DatePrecision.Range, "2023-01-01", "2023-12-31")]
    [InlineData("2024/9999", DatePrecision.Range, "2024-01-01", "9999-12-31")]
    public void Parse_canonical_text_gives_the_bounds_and_precision(string text, DatePrecision precision, string earliest, string latest)
    {
        var value = FuzzyDate.Parse(text);

        Assert.Equal(precision, value.Precision);
        Assert.Equal(D(earliest), value.Earliest);
        Assert.Equal(D(latest), value.Latest);
    }

    [Theory]
    [InlineData("2024-07-08")]
    [InlineData("2024-07")]
    [InlineData("2024")]
    [InlineData("0001")]
    [InlineData("2023-21")]
    [InlineData("2023-24")]
    [InlineData("2023-33")]
    [InlineData("2023-36")]
    [InlineData("2023-40")]
    [InlineData("2023-41")]
    [InlineData("2024-07-01/2024-07-02")]
    [InlineData("2023-04/2023-06")]
    [InlineData("2023/2024")]
    [InlineData("2022-02-24/..")]
    [InlineData("../2024-01-01")]
    [InlineData("2023~")]
    [InlineData("2023-04?")]
    [InlineData("2024-07-08%")]
    [InlineData("2023-21~")]
    [InlineData("2024-07-01~/2024-07-02~")]
    [InlineData("2022-02-24?/..")]
    [InlineData("../2024%")]
    public void To_string_of_parsed_canonical_text_returns_the_same_text(string text)
    {
        Assert.Equal(text, FuzzyDate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2022-02-24/", "2022-02-24/..")]
    [InlineData("/2024-01-01", "../2024-01-01")]
    [InlineData("2023-21/2023-23", "2023-03/2023-11")]
    [InlineData("2023-33/2023-34", "2023-01/2023-06")]
    [InlineData("2023-01-01/2023-12-31", "2023/2023")]
    [InlineData("2024-02-01/2024-02-29", "2024-02/2024-02")]
    [InlineData("2023/2024-06-15", "2023-01-01/2024-06-15")]
    [InlineData("2023-04/2023-06-15", "2023-04-01/2023-06-15")]
    [InlineData("2024-07-01~/2024-07-02", "2024-07-01~/2024-07-02~")]
    [InlineData("2024-07-01~/2024-07-02?", "2024-07-01%/2024-07-02%")]
    [InlineData("2022-01-01/..", "2022/..")]
    [InlineData("2022-09-XX", "2022-09")]
    [InlineData("2024-07-XX?", "2024-07?")]
    [InlineData("2022-XX", "2022")]
    [InlineData("2022-XX-XX", "2022")]
    [InlineData("202X", "2020/2029")]
    [InlineData("19XX~", "1900~/1999~")]
    [InlineData("2XXX", "2000/2999")]
    [InlineData("0XXX", "0001/0999")]
    [InlineData("201X-XX-XX", "2010/2019")]
    [InlineData("202X/2025-06", "2020-01/2025-06")]
    [InlineData("2019/202X", "2019/2029")]
    public void To_string_of_non_canonical_text_writes_the_canonical_form(string text, string canonical)
    {
        Assert.Equal(canonical, FuzzyDate.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2023~", true, false)]
    [InlineData("2023?", false, true)]
    [InlineData("2023%", true, true)]
    [InlineData("2023", false, false)]
    public void Parse_qualifier_sets_approximate_and_uncertain(string text, bool approximate, bool uncertain)
    {
        var value = FuzzyDate.Parse(text);

        Assert.Equal(approximate, value.IsApproximate);
        Assert.Equal(uncertain, value.IsUncertain);
    }

    [Fact]
    public void Parse_qualifier_on_one_end_of_a_range_applies_to_the_whole_value()
    {
        var value = FuzzyDate.Parse("2024-07-01/2024-07-02~");

        Assert.True(value.IsApproximate);
        Assert.False(value.IsUncertain);
    }

    [Fact]
    public void Parse_open_end_gives_since()
    {
        Assert.Equal(FuzzyDate.Since(new LocalDate(2022, 2, 24)), FuzzyDate.Parse("2022-02-24/.."));
    }

    [Fact]
    public void Parse_open_start_gives_until()
    {
        Assert.Equal(FuzzyDate.Until(new LocalDate(2024, 1, 1)), FuzzyDate.Parse("../2024-01-01"));
    }

    [Fact]
    public void Parse_unknown_end_is_treated_as_open()
    {
        Assert.Equal(FuzzyDate.Parse("2022-02-24/.."), FuzzyDate.Parse("2022-02-24/"));
    }

    [Fact]
    public void Parse_unknown_start_is_treated_as_open()
    {
        Assert.Equal(FuzzyDate.Parse("../2024"), FuzzyDate.Parse("/2024"));
    }

    [Fact]
    public void Parse_open_range_starting_with_a_year_starts_on_its_first_day()
    {
        Assert.Equal(new LocalDate(2023, 1, 1), FuzzyDate.Parse("2023/..").Earliest);
    }

    [Fact]
    public void Parse_range_closed_on_last_day_differs_from_open_range()
    {
        Assert.NotEqual(FuzzyDate.Parse("2024/.."), FuzzyDate.Parse("2024/9999"));
    }

    [Fact]
    public void Parse_leap_day_is_accepted()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), FuzzyDate.Parse("2024-02-29").Earliest);
    }

    [Fact]
    public void Parse_span_equals_parse_of_string()
    {
        Assert.Equal(FuzzyDate.Parse("2023-21~"), FuzzyDate.Parse("x2023-21~".AsSpan(1)));
    }

    [Fact]
    public void Parse_through_i_parsable_equals_parse()
    {
        Assert.Equal(FuzzyDate.Parse("2023-04?"), ParseVia<FuzzyDate>("2023-04?"));
    }

    [Fact]
    public void Parse_through_i_span_parsable_equals_parse()
    {
        Assert.Equal(FuzzyDate.Parse("2023-04?"), ParseSpanVia<FuzzyDate>("2023-04?"));
    }

    [Fact]
    public void Try_parse_valid_text_returns_true_and_the_value()
    {
        Assert.True(FuzzyDate.TryParse("2024-07", out var value));
        Assert.Equal(FuzzyDate.FromYearMonth(new YearMonth(2024, 7)), value);
    }

    [Fact]
    public void Try_parse_null_returns_false()
    {
        Assert.False(FuzzyDate.TryParse((string?)null, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void Parse_null_throws_argument_null_exception()
    {
        Assert.Throws<ArgumentNullException>(() => FuzzyDate.Parse(null!));
    }

    [Fact]
    public void To_string_with_format_g_equals_to_string()
    {
        var value = FuzzyDate.Parse("2023-21~");

        Assert.Equal("2023-21~", value.ToString("G", null));
    }

    [Fact]
    public void To_string_with_null_format_equals_to_string()
    {
        Assert.Equal("2023-21~", FuzzyDate.Parse("2023-21~").ToString(null, null));
    }

    [Fact]
    public void To_string_with_unsupported_format_throws_format_exception()
    {
        var ex = Assert.Throws<FormatException>(() => FuzzyDate.FromYear(2023).ToString("yyyy", null));

        Assert.Contains("'yyyy'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void String_interpolation_writes_edtf()
    {
        var value = FuzzyDate.Since(new LocalDate(2022, 2, 24));

        Assert.Equal("since 2022-02-24/..", $"since {value}");
    }

    [Fact]
    public void Try_format_writes_the_same_text_as_to_string()
    {
        var value = FuzzyDate.Parse("2024-07-01%/2024-07-02%");
        Span<char> buffer = stackalloc char[23];

        Assert.True(value.TryFormat(buffer, out int written, default, null));
        Assert.Equal("2024-07-01%/2024-07-02%", buffer[..written].ToString());
    }

    [Fact]
    public void Try_format_too_short_destination_returns_false_and_writes_nothing()
    {
        Span<char> buffer = stackalloc char[9];

        Assert.False(FuzzyDate.FromDate(new LocalDate(2024, 7, 8)).TryFormat(buffer, out int written, default, null));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("2024-07-01~/2024-07-02~")]
    [InlineData("2023-24")]
    [InlineData("../2024-01")]
    [InlineData("202X-XX-XX/2025-07-XX")]
    public void Try_parse_of_valid_text_does_not_allocate(string text)
    {
        int parsed = FuzzyDate.TryParse(text.AsSpan(), out _) ? 1 : 0;
        long before = GC.GetAllocatedBytesForCurrentThread();

        for (int i = 0; i < 100; i++)
        {
            parsed += FuzzyDate.TryParse(text.AsSpan(), out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(101, parsed);
    }

    [Fact]
    public void Try_parse_of_invalid_text_does_not_allocate()
    {
        int parsed = FuzzyDate.TryParse("2024-07-02/2024-07-01".AsSpan(), out _) ? 1 : 0;
        long before = GC.GetAllocatedBytesForCurrentThread();

        for (int i = 0; i < 100; i++)
        {
            parsed += FuzzyDate.TryParse("2024-07-02/2024-07-01".AsSpan(), out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0, parsed);
    }

    [Fact]
    public void Try_format_does_not_allocate()
    {
        var value = FuzzyDate.Parse("2024-07-01%/2024-07-02%");
        Span<char> buffer = stackalloc char[23];
        value.TryFormat(buffer, out _, default, null);
        long before = GC.GetAllocatedBytesForCurrentThread();

        for (int i = 0; i < 100; i++)
        {
            value.TryFormat(buffer, out _, default, null);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static T ParseSpanVia<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
}
