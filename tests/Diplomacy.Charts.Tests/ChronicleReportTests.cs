using System.Text.RegularExpressions;
using Diplomacy.TestKit.Synthetic;

namespace Diplomacy.Charts.Tests;

public class ChronicleReportTests
{
    private static string Html(Chronicle chronicle, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        ChronicleReport.Write(chronicle, stream, options);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Report_refers_to_nothing_outside_the_file()
    {
        var html = Html(Seed.Chronicle);

        Assert.DoesNotMatch(new Regex(@"<(link|iframe|img)\b|\bsrc\s*=|@import|url\(http", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Report_embeds_the_charts_as_inline_svg()
    {
        var html = Html(Seed.Chronicle, new ReportOptions { Actor = "SRB", Counterpart = "RUS" });

        Assert.Equal(5, Regex.Count(html, "<svg "));
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_cannot_close_the_data_script()
    {
        var html = Html(Seed.Hostile());

        Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_of_100k_events_is_written_with_every_event_once()
    {
        var chronicle = SyntheticChronicle.Generate(100_000).Build();

        var html = Html(chronicle, new ReportOptions { IncludeCharts = false });

        var last = chronicle.Events[^1].Id.Value;
        Assert.Single(Regex.Matches(html, $"\"{Regex.Escape(last)}\""));
        Assert.Contains("\"pageSize\":50", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_options_refuse_a_page_size_out_of_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { PageSize = 5 });
        Assert.Equal("PageSize", error.ParamName);
    }
}
