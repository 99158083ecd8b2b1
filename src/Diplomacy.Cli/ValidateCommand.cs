using System.CommandLine;
using System.Text.RegularExpressions;
using Diplomacy.Serialization;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy validate FILE</c>: checks a chronicle document (<c>.json</c>) or an event log (<c>.jsonl</c>) and
/// prints every problem found as one line <c>file:line:column: problem (at path)</c> on standard error; exits 0 when
/// there is none, 1 otherwise.
/// </summary>
internal static partial class ValidateCommand
{
    /// <summary>The <c>validate</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A chronicle document (.json) or an event log (.jsonl)." };
        var command = new Command("validate", "Check a chronicle file and list every problem, each with its line, column and JSON path; exit 0 when valid, 1 when not.\n\nExample:\n  diplomacy validate seeds/serbia-arms-2024.json")
        {
            file,
        };
        command.SetAction(async (parse, token) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file");
            }

            var isLog = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
            var (problems, what) = isLog ? await LogProblemsAsync(path, token).ConfigureAwait(false) : DocumentProblems(path);
            foreach (var problem in problems)
            {
                console.Error.WriteLine(problem);
            }

            if (problems.Count > 0)
            {
                return ExitCodes.Failure;
            }

            console.Out.WriteLine($"{path}: valid ({what})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (IReadOnlyList<string> Problems, string What) DocumentProblems(string path)
    {
        try
        {
            var chronicle = ChronicleJson.Load(path);
            return ([], $"{chronicle.Actors.Count} actors, {chronicle.Events.Count} events");
        }
        catch (ChronicleFormatException e)
        {
            // A chronicle with several problems lists each one, located, in its message; one problem is located by the exception itself.
            // Past the ones the message lists, the rest are given by their subject (event or actor id) without a line.
            var listed = ListedProblem().Matches(e.Problem);
            if (listed.Count == 0)
            {
                return ([ChronicleFiles.Locate(path, e)], string.Empty);
            }

            var located = listed.Select(m => ChronicleFiles.Locate(path, Number(m.Groups["line"].Value), Number(m.Groups["byte"].Value), m.Groups["path"].Value, m.Groups["problem"].Value.TrimEnd('\r')));
            var rest = e.InnerException is ChronicleValidationException { Problems: var all } ? all.Skip(listed.Count).Select(p => $"{path}: {p}") : [];
            return ([.. located, .. rest], string.Empty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {ChronicleFiles.FirstLine(e.Message)}", e);
        }
    }

    /// <summary>Each line of an event log is checked on its own, so that every bad line is reported, not only the first.</summary>
    private static async Task<(IReadOnlyList<string> Problems, string What)> LogProblemsAsync(string path, CancellationToken token)
    {
        var problems = new List<string>();
        long lineNumber = 0;
        var events = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line));
            try
            {
                await foreach (var _ in EventJsonLines.ReadAsync(stream, token).ConfigureAwait(false))
                {
                    events++;
                }
            }
            catch (ChronicleFormatException e)
            {
                problems.Add(ChronicleFiles.Locate(path, lineNumber, e.BytePositionInLine, e.Path, ChronicleFiles.FirstLine(e.Problem)));
            }
        }

        return (problems, $"{events} events; references to actors are checked when the events join a chronicle");
    }

    private static long Number(string digits) => long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^  - At (?<path>[^\r\n]+?), line (?<line>\d+), byte (?<byte>\d+): (?<problem>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex ListedProblem();
}
