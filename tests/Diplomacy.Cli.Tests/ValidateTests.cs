using Diplomacy.Serialization;

namespace Diplomacy.Cli.Tests;

public sealed class ValidateTests
{
    [Fact]
    public async Task The_seed_is_valid_and_exits_0()
    {
        var run = await CliRun.Of("validate", CliRun.Seed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid (", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task A_broken_file_prints_one_located_line_and_exits_1()
    {
        var file = CliRun.Fixture("unknown-actor.json");

        var run = await CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"{file}:14:17: The chronicle is not valid: event 'serbia-refuses-sanctions', Target: unknown actor 'RUS'. (at $.events[0].target)", line);
    }

    [Fact]
    public async Task Every_problem_of_a_chronicle_is_listed_with_its_line()
    {
        using var file = new TempFile(".json");
        var text = File.ReadAllText(CliRun.Seed);
        File.WriteAllText(file.Path, text.Replace("\"imposer\": \"SRB\"", "\"imposer\": \"QQQ\"", StringComparison.Ordinal));
        var expected = text.Split("\"imposer\": \"SRB\"").Length - 1;

        var run = await CliRun.Of("validate", file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.True(expected > 1, "the seed has several sanctions actions by Serbia");
        Assert.Equal(expected, run.ErrorLines.Count);
        Assert.All(run.ErrorLines, l => Assert.Matches(@":\d+:\d+: event '[^']+', Imposer: unknown actor 'QQQ'", l));
    }

    [Fact]
    public async Task Malformed_json_is_located()
    {
        using var file = new TempFile(".json");
        File.WriteAllText(file.Path, "{\n  \"formatVersion\": 1,\n  \"actors\": [,]\n}");

        var run = await CliRun.Of("validate", file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file.Path}:3:", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Every_bad_line_of_an_event_log_is_located()
    {
        using var file = new TempFile(".jsonl");
        using var buffer = new MemoryStream();
        await EventJsonLines.WriteAsync([ChronicleJson.Load(CliRun.Seed).Events[0]], buffer);
        var good = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).TrimEnd('\n');
        File.WriteAllLines(file.Path, [good, "{\"type\": \"meeting\"}", good.Replace("\"when\":\"", "\"when\":\"not-a-date", StringComparison.Ordinal)]);

        var run = await CliRun.Of("validate", file.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.StartsWith($"{file.Path}:2:", run.ErrorLines[0]);
        Assert.StartsWith($"{file.Path}:3:", run.ErrorLines[1]);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_and_exit_code_1()
    {
        var run = await CliRun.Of("validate", "no-such-file.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["diplomacy: no-such-file.json: no such file"], run.ErrorLines);
    }
}
