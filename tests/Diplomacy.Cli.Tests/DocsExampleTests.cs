using System.Text.RegularExpressions;

namespace Diplomacy.Cli.Tests;

/// <summary>Runs every <c>$ diplomacy ...</c> line of docs/cli.md and checks its exit code (0 unless the line says <c># exit N</c>).</summary>
public sealed partial class DocsExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines())
        {
            data.Add(line);
        }

        return data;
    }

    private static IReadOnlyList<string> Lines() =>
        File.ReadLines(CliRun.Repository("docs/cli.md")).Where(l => l.StartsWith("$ diplomacy ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_guide_has_an_example_of_every_command()
    {
        var commands = Lines().Select(l => string.Join(' ', l.Split(' ').Skip(2).Take(2))).ToHashSet();

        foreach (var expected in new[] { "ask trade-offs", "ask stance", "ask flows", "ask reactions", "ask tolerated", "ask divergence", "ask contacts", "ask role", "ask holders", "ask members", "ask timeline", "ask spells" })
        {
            Assert.Contains(expected, commands);
        }

        foreach (var expected in new[] { "validate", "import", "export", "chart", "report" })
        {
            Assert.Contains(commands, c => c.StartsWith(expected + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_guide_s_example_runs_as_it_says(string line)
    {
        var match = ExitComment().Match(line);
        var expected = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var words = (match.Success ? line[..match.Index] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        var output = Directory.CreateTempSubdirectory("diplomacy-cli-docs-");
        try
        {
            // Paths in the repository are read from it; outputs go to a temporary folder.
            for (var i = 0; i < words.Length; i++)
            {
                if (i > 0 && words[i - 1] is "-o" or "--output")
                {
                    words[i] = Path.Combine(output.FullName, words[i]);
                }
                else if (words[i].Contains('/', StringComparison.Ordinal) && File.Exists(CliRun.Repository(words[i])))
                {
                    words[i] = CliRun.Repository(words[i]);
                }
            }

            var run = await CliRun.Of(words);

            Assert.True(expected == run.ExitCode, $"exit {run.ExitCode}, expected {expected}: {run.Error}");
            Assert.True(expected == 0 ? run.Error.Length == 0 : run.ErrorLines.Count >= 1, run.Error);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\s+# exit (\d+)$")]
    private static partial Regex ExitComment();
}
