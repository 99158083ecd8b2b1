using System.CommandLine;

namespace Diplomacy.Cli.Tests;

public sealed class CommandLineTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var path in Leaves(DiplomacyCli.CreateRoot(CliConsole.Redirected(TextWriter.Null, TextWriter.Null)), []))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help_with_an_example(string command)
    {
        var run = await CliRun.Of([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example:", run.Out);
        Assert.Contains("  diplomacy " + command, run.Out);
    }

    [Fact]
    public async Task An_unknown_command_is_one_line_and_exit_code_2()
    {
        var run = await CliRun.Of("plot", "RUS");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("diplomacy: ", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("ask", "stanse", "'stanse' is not a command of 'diplomacy ask'", "stance")]
    [InlineData("chart", "heatmap", "'heatmap' is not a command of 'diplomacy chart'", "sanctions")]
    [InlineData("plot", "RUS", "'plot' is not a command of 'diplomacy'", "import")]
    public async Task A_mistyped_command_is_named_with_the_commands_there(string command, string word, string named, string listed)
    {
        var run = await CliRun.Of(command, word);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(named, line);
        Assert.Contains(listed, line);
    }

    [Fact]
    public async Task A_missing_required_option_is_one_line_and_exit_code_2()
    {
        var run = await CliRun.Of("ask", "trade-offs", "RUS");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--data", Assert.Single(run.ErrorLines));
    }

    /// <summary>The path of every command under <paramref name="command"/> that has no subcommands, words joined by spaces.</summary>
    internal static IEnumerable<string> Leaves(Command command, IReadOnlyList<string> path)
    {
        if (command.Subcommands.Count == 0)
        {
            yield return string.Join(' ', path);
            yield break;
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var leaf in Leaves(sub, [.. path, sub.Name]))
            {
                yield return leaf;
            }
        }
    }
}
