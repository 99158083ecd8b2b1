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
    public void Arms_delivered_to_a_states_ministry_are_followed_to_the_state()
    {
        var cited = new[] { new Citation("tass", FuzzyDate.Parse("2024-01-02")) };
        var chronicle = new ChronicleBuilder()
            .AddActors([
                new State("IRN", "Iran"), new State("RUS", "Russia"),
                new Organization("qods", "Qods Aviation Industries", OrganizationKind.StateOwnedCompany, "IRN"),
                new Organization("ru-mod", "Ministry of Defence of Russia", OrganizationKind.GovernmentBody, "RUS"),
                new Organization("tass", "TASS", OrganizationKind.NewsOutlet),
            ])
            .AddEvents([
                new ArmsTransfer("drones", FuzzyDate.Parse("2022-08"), cited, "qods", "ru-mod"),
                new ArmsTransfer("missiles", FuzzyDate.Parse("2024-09"), cited, "IRN", "ru-mod"),
                new ArmsTransfer("more-drones", FuzzyDate.Parse("2022-10"), cited, "IRN", "RUS"),
            ])
            .Build();

        var focus = ChronicleReport.Focus(chronicle);

        // Both ends are read for their state, as ArmsFlows("IRN", "RUS") reads them: all three transfers, not two.
        Assert.Equal(("IRN", "RUS"), (focus.ArmsOrigin?.Value, focus.ArmsEndUser?.Value));
        Assert.Equal("IRN", ChronicleReport.Focus(chronicle, new ReportOptions { ArmsEndUser = "RUS" }).ArmsOrigin?.Value);
    }

    [Fact]
    public void Stances_count_an_agencys_steps_as_its_states_not_as_a_pair_of_their_own()
    {
        var chronicle = Seed.AgencyLiftsAndReimposes();

        var html = Html(chronicle, new ReportOptions { IncludeCharts = false });

        Assert.Contains("[\"Aland\",\"Borduria\",\"Imposing\",\"2018-11-05\",\"secondary sanctions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"Aland Treasury\",\"Borduria\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_options_refuse_a_page_size_out_of_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { PageSize = 5 });
        Assert.Equal("PageSize", error.ParamName);
    }
}
