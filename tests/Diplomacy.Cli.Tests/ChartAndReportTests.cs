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
    public async Task The_report_of_the_seed_follows_the_main_job_s_pair()
    {
        using var output = new TempFile(".html");

        var run = await CliRun.Of("report", CliRun.Seed, "-o", output.Path, "--no-charts");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("pair SRB/RUS", run.Out);
        Assert.Contains("<html", File.ReadAllText(output.Path), StringComparison.OrdinalIgnoreCase);
    }
}
