using System.Xml.Linq;
using NodaTime;
using ScottPlot.Plottables;

namespace Diplomacy.Charts.Tests;

public class ChartTests
{
    private static readonly ActorId Serbia = "SRB";
    private static readonly ActorId Russia = "RUS";
    private static readonly ActorId Ukraine = "UKR";

    [Fact]
    public void Dyad_chart_has_a_bar_series_per_quad_class_and_a_score_line_on_the_right_axis()
    {
        var chart = DyadChart.Create(Seed.Chronicle, Russia, Serbia);

        var plottables = chart.Plot.GetPlottables().ToArray();
        Assert.Equal(4, plottables.OfType<BarPlot>().Count());
        var lines = plottables.OfType<Scatter>().ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Same(chart.Plot.Axes.Right, l.Axes.YAxis));
        Assert.Equal(-10.5, chart.Plot.Axes.Right.Range.Min);
        Assert.Equal(10.5, chart.Plot.Axes.Right.Range.Max);
    }

    [Fact]
    public void Dyad_chart_spans_the_months_of_the_pairs_events()
    {
        var chart = DyadChart.Create(Seed.Chronicle, Russia, Serbia);

        var events = Seed.Chronicle.Timeline(new TimelineFilter { Actor = Russia, Counterpart = Serbia, ActsBetween = true, IncludeAffiliated = true });
        Assert.Equal(events.Count, chart.EventCount);
        Assert.Equal(events.Min(e => e.When.Earliest).ToYearMonth(), chart.Months[0].Month);
        Assert.Equal(events.Max(e => e.When.Latest).ToYearMonth(), chart.Months[^1].Month);
        Assert.Equal(events.Count, chart.Months.Sum(m => m.Total), 6);
    }

    [Fact]
    public void Dyad_chart_counts_acts_of_the_pairs_people_and_not_reports_that_name_both()
    {
        var cited = new[] { new Citation("financial-times", FuzzyDate.Parse("2024-07-01")) };
        var report = new Disclosure("think-tank-report", FuzzyDate.Parse("2024-07-01"), cited, "financial-times", DisclosureMethod.Report) { Concerning = [Russia, Serbia] };
        var call = new Meeting("vulin-calls-patrushev", FuzzyDate.Parse("2024-07-01"), cited, ["aleksandar-vulin", "nikolai-patrushev"]);
        var before = DyadChart.Create(Seed.Chronicle, Russia, Serbia);

        Assert.Equal(before.EventCount, DyadChart.Create(Seed.Chronicle.With(report), Russia, Serbia).EventCount);
        Assert.Equal(before.EventCount + 1, DyadChart.Create(Seed.Chronicle.With(call), Russia, Serbia).EventCount);
    }

    [Fact]
    public void Dyad_chart_svg_names_the_pair_and_both_axes()
    {
        var svg = DyadChart.Create(Seed.Chronicle, Russia, Serbia).ToSvg();

        Assert.Contains("Russia – Serbia", svg, StringComparison.Ordinal);
        Assert.Contains("Events per month", svg, StringComparison.Ordinal);
        Assert.Contains("Mean Goldstein score", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_chart_of_a_pair_without_events_says_so()
    {
        var chart = DyadChart.Create(Seed.Chronicle, "ARM", "CZE");

        Assert.Empty(chart.Months);
        Assert.Contains("No events", chart.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_chart_refuses_a_pair_of_one_actor()
    {
        var error = Assert.Throws<ArgumentException>(() => DyadChart.Create(Seed.Chronicle, Serbia, Serbia));
        Assert.Equal("counterpart", error.ParamName);
    }

    [Fact]
    public void Sanctions_gantt_has_a_row_per_imposer_and_target_with_the_stance_query_postures()
    {
        var chart = SanctionsGantt.Create(Seed.Chronicle);

        Assert.Equal(3, chart.Rows.Count);
        var serbia = Assert.Single(chart.Rows, r => r.Label == "Serbia → Russia");
        var bar = Assert.Single(serbia.Bars);
        Assert.Equal("Refusing", bar.Label);
        Assert.Equal(new LocalDate(2022, 2, 24), bar.From);
        Assert.Null(bar.Until);
        var svg = chart.ToSvg();
        Assert.Contains("Serbia → Russia", svg, StringComparison.Ordinal);
        Assert.Contains("United States → Aleksandar Vulin", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanctions_gantt_files_an_agencys_steps_under_its_state_as_the_spells_do()
    {
        var chronicle = Seed.AgencyLiftsAndReimposes();

        var row = Assert.Single(SanctionsGantt.Create(chronicle).Rows);

        Assert.Equal("Aland → Borduria", row.Label);
        Assert.Equal(
            chronicle.SanctionsSpells().Where(s => s.Posture == SanctionsPosture.Imposing).Select(s => (s.Since.Earliest, (LocalDate?)s.Until?.Earliest.PlusDays(-1))),
            row.Bars.Select(b => (b.From, b.Until)));
    }

    [Fact]
    public void Office_gantt_gives_each_of_vulins_offices_a_row_with_its_dates()
    {
        var chart = OfficeGantt.Create(Seed.Chronicle, ["aleksandar-vulin"]);

        Assert.Equal(4, chart.Rows.Count);
        var bia = chart.Rows.SelectMany(r => r.Bars).Single(b => b.Label.Contains("Security", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2022, 12, 1), bia.From);
        Assert.Equal(new LocalDate(2023, 11, 2), bia.Until); // the day before he resigned, 3 November 2023
        Assert.Contains("Aleksandar Vulin", chart.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void Office_and_sanctions_gantts_draw_changes_known_only_as_before_a_day()
    {
        var cite = new Citation("vreme", FuzzyDate.Parse("2020-06-01"));
        var chronicle = new ChronicleBuilder()
            .AddActors([
                new State("AAA", "Aland"),
                new State("BBB", "Borduria"),
                new Person("p", "Pat") { Nationality = "AAA" },
                new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet),
            ])
            .AddEvent(new OfficeChange("p-in", FuzzyDate.Parse("2010"), [cite], "p", "Minister", OfficeChangeKind.Appointed) { Body = "AAA" })
            .AddEvent(new OfficeChange("p-out", FuzzyDate.Until(new LocalDate(2020, 6, 1)), [cite], "p", "Minister", OfficeChangeKind.Removed) { Body = "AAA" })
            .AddEvent(new SanctionsAction("impose", FuzzyDate.Until(new LocalDate(2019, 1, 1)), [cite], "AAA", "BBB", SanctionsActionKind.Impose))
            .AddEvent(new SanctionsAction("lift", FuzzyDate.Parse("2020-01-01"), [cite], "AAA", "BBB", SanctionsActionKind.Lift))
            .Build();

        var offices = OfficeGantt.Create(chronicle);
        var sanctions = SanctionsGantt.Create(chronicle);

        var minister = Assert.Single(Assert.Single(offices.Rows).Bars);
        Assert.Equal((new LocalDate(2010, 1, 1), new LocalDate(2020, 5, 31)), (minister.From, minister.Until));
        Assert.Equal(LocalDate.MinIsoValue, Assert.Single(Assert.Single(sanctions.Rows).Bars).From);
        Assert.Contains("Pat", offices.ToSvg(), StringComparison.Ordinal);
        Assert.Contains("Aland", sanctions.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void Arms_flow_chart_draws_every_route_the_query_finds()
    {
        var chart = ArmsFlowChart.Create(Seed.Chronicle, Serbia, Ukraine);

        Assert.Equal(Seed.Chronicle.ArmsFlows(Serbia, Ukraine), chart.Routes);
        Assert.Equal(chart.Routes.Count, chart.Plot.GetPlottables().OfType<Polygon>().Count(p => !string.IsNullOrEmpty(p.LegendText)));
        var svg = chart.ToSvg();
        Assert.Contains("Czech Republic", svg, StringComparison.Ordinal);
        Assert.Contains("Ukraine", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Arms_flow_chart_leaves_room_right_of_the_last_column_for_its_longest_label()
    {
        ActorId ministry = "long-named-ministry";
        const string Name = "Ministry of Defence and Armed Forces Logistics of Ukraine";
        var chronicle = new ChronicleBuilder()
            .AddActors(Diplomacy.TestKit.SampleWorld.Build().Actors)
            .AddActor(new Organization(ministry, Name, OrganizationKind.GovernmentBody, "UKR"))
            .AddEvent(new ArmsTransfer("shells", FuzzyDate.Parse("2023-05"), [Diplomacy.TestKit.SampleWorld.Cite(Diplomacy.TestKit.SampleWorld.Vreme, "2023-06")], Serbia, ministry))
            .Build();

        var chart = ArmsFlowChart.Create(chronicle, Serbia, ministry);

        var limits = chart.Plot.Axes.GetLimits();
        var labelStart = 1 + 0.07; // the last of two columns, right of its node
        var room = (limits.Right - labelStart) / (limits.Right - limits.Left) * chart.Width;
        Assert.True(room >= Name.Length * 7, $"{room:F0} pixels for a label of {Name.Length} characters");
    }

    [Fact]
    public void Channel_network_draws_a_line_per_channel_and_names_both_sides()
    {
        var chart = ChannelNetwork.Create(Seed.Chronicle, Serbia, Russia);

        Assert.Equal(Seed.Chronicle.Contacts(Serbia, Russia).Count, chart.Channels.Count);
        Assert.Equal(chart.Channels.Count, chart.Plot.GetPlottables().OfType<LinePlot>().Count());
        var svg = chart.ToSvg();
        Assert.Contains("Aleksandar Vulin", svg, StringComparison.Ordinal);
        Assert.Contains("Nikolai Patrushev", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_give_well_formed_svg_with_the_markup_as_text()
    {
        var svg = SanctionsGantt.Create(Seed.Hostile()).ToSvg();

        var document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "text" && e.Value.Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Save_png_writes_a_png_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"diplomacy-chart-{Guid.NewGuid():N}.png");
        try
        {
            SanctionsGantt.Create(Seed.Chronicle).SavePng(path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Chart_options_refuse_a_width_too_small_to_draw()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Width = 10 });
        Assert.Equal("Width", error.ParamName);
    }
}
