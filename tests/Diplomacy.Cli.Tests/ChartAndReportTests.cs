namespace Diplomacy.Cli.Tests;

public sealed class ChartAndReportTests
{
    [Theory]
    [InlineData("dyad", "SRB RUS")]
    [InlineData("sanctions", "")]
    [InlineData("sanctions", "USA")]
    [InlineData("offices", "")]
    [InlineData("offices", "aleksandar-vulin nikolai-patrushev")]
    [InlineData("flows", "SRB UKR")]
    [InlineData("channels", "SRB RUS")]
    public async Task Every_chart_kind_saves_an_svg_of_the_seed(string kind, string actors)
    {
        using var output = new TempFile(".svg");

        var run = await CliRun.Of(["chart", kind, .. actors.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--data", CliRun.Seed, "-o", output.Path]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("<svg", File.ReadAllText(output.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_chart_kinds_own_help_example_runs()
    {
        foreach (var kind in ChartCommand.Kinds)
        {
            using var output = new TempFile(".svg");

            var run = await CliRun.Of(["chart", kind.Name, .. kind.Example.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--data", CliRun.Seed, "-o", output.Path]);

            Assert.True(run.ExitCode == 0, $"chart {kind.Name} {kind.Example}: {run.Error}");
        }
    }

    [Fact]
    public async Task A_png_output_is_saved_as_png()
    {
        using var output = new TempFile(".png");

        var run = await CliRun.Of("chart", "dyad", "SRB", "RUS", "--data", CliRun.Seed, "-o", output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(output.Path).Take(4));
    }

    [Fact]
    public async Task An_image_extension_other_than_svg_or_png_is_a_usage_error()
    {
        using var output = new TempFile(".gif");

        var run = await CliRun.Of("chart", "dyad", "SRB", "RUS", "--data", CliRun.Seed, "-o", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'.gif'", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(output.Path));
    }

    [Fact]
    public async Task An_actor_the_chronicle_lacks_is_named_in_one_line()
    {
        using var output = new TempFile(".svg");

        var run = await CliRun.Of("chart", "flows", "SRB", "XYZ", "--data", CliRun.Seed, "-o", output.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no actor 'XYZ'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task An_actor_id_in_the_wrong_case_gets_the_hint_ask_gives()
    {
        using var output = new TempFile(".svg");

        var chart = await CliRun.Of("chart", "sanctions", "srb", "--data", CliRun.Seed, "-o", output.Path);
        var report = await CliRun.Of("report", CliRun.Seed, "-o", output.Path, "--actor", "srb", "--no-charts");

        Assert.Contains("no actor 'srb' (ids are case-sensitive: did you mean 'SRB'?)", Assert.Single(chart.ErrorLines));
        Assert.Contains("no actor 'srb' (ids are case-sensitive: did you mean 'SRB'?)", Assert.Single(report.ErrorLines));
    }

    [Fact]
    public async Task The_report_of_the_seed_follows_the_main_job_s_pair()
    {
        using var output = new TempFile(".html");

        var run = await CliRun.Of("report", CliRun.Seed, "-o", output.Path, "--no-charts");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("pair SRB and RUS, arms from SRB to UKR", run.Out);
        Assert.Contains("<html", File.ReadAllText(output.Path), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_every_main_job_actor_the_report_chooses_its_pair_from_the_record_and_says_so()
    {
        // RUS and UKR but no SRB: the main job's pair does not apply, and RUS must not be kept as one side of it.
        var cited = new[] { new Citation("tass", FuzzyDate.Parse("2024-01-02")) };
        var withoutSerbia = new ChronicleBuilder()
            .AddActors([new State("RUS", "Russia"), new State("BLR", "Belarus"), new State("UKR", "Ukraine"), new Organization("tass", "TASS", OrganizationKind.NewsOutlet)])
            .AddEvents([
                new Meeting("minsk-1", FuzzyDate.Parse("2024-01-01"), cited, ["RUS", "BLR"]),
                new Meeting("minsk-2", FuzzyDate.Parse("2024-01-02"), cited, ["RUS", "BLR"]),
                new PublicReaction("kyiv-protests", FuzzyDate.Parse("2024-01-02"), cited, "UKR", ReactionTone.Criticism) { About = "RUS" },
            ])
            .Build();
        using var data = new TempFile(".json");
        Diplomacy.Serialization.ChronicleJson.Save(withoutSerbia, data.Path);
        using var output = new TempFile(".html");

        var run = await CliRun.Of("report", data.Path, "-o", output.Path, "--no-charts");

        Assert.True(run.ExitCode == 0, run.Error);
        var focus = Diplomacy.Charts.ChronicleReport.Focus(withoutSerbia);
        Assert.Equal(["BLR", "RUS"], new[] { focus.Actor!.Value.Value, focus.Counterpart!.Value.Value }.Order(StringComparer.Ordinal));
        Assert.Contains($"pair {focus.Actor} (chosen from the record) and {focus.Counterpart} (chosen from the record)", run.Out);
    }
}
