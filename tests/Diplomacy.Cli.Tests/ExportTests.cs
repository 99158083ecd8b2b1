namespace Diplomacy.Cli.Tests;

public sealed class ExportTests
{
    [Theory]
    [InlineData("plover", "\"quad_code\"")]
    [InlineData("dyad-years", "SRB")]
    [InlineData("graphml", "<graphml")]
    public async Task Every_format_is_written_to_a_file(string format, string expected)
    {
        using var output = new TempFile("." + format);

        var run = await CliRun.Of("export", format, "--data", CliRun.Seed, "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"wrote {output.Path} ({format})", run.Out);
        Assert.Contains(expected, File.ReadAllText(output.Path));
    }

    [Fact]
    public async Task Without_an_output_file_the_export_goes_to_standard_output()
    {
        var run = await CliRun.Of("export", "graphml", "--data", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<graphml", run.Out);
    }

    [Fact]
    public async Task An_invalid_chronicle_is_one_located_line_and_exit_code_1()
    {
        var run = await CliRun.Of("export", "graphml", "--data", CliRun.Fixture("unknown-actor.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown-actor.json:14:17: ", Assert.Single(run.ErrorLines));
    }
}
