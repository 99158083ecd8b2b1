using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Diplomacy.Cli;

/// <summary>
/// The <c>diplomacy</c> tool: its commands, and how it fails. Every failure is one line on standard error, starting
/// <c>diplomacy:</c>, with no stack trace, and a non-zero exit code (<see cref="ExitCodes"/>).
/// </summary>
internal static class DiplomacyCli
{
    /// <summary>The root command with every command under it, writing to <paramref name="console"/>.</summary>
    public static RootCommand CreateRoot(CliConsole console) =>
        new("diplomacy: ask a chronicle of diplomatic events questions and get answers with their evidence; import, validate, export.\n\nExample:\n  diplomacy ask trade-offs RUS --data seeds/serbia-arms-2024.json")
        {
            ImportCommand.Create(console),
            AskCommand.Create(console),
            ValidateCommand.Create(console),
            ExportCommand.Create(console),
            ChartCommand.Create(console),
            ReportCommand.Create(console),
        };

    /// <summary>Parses and runs a command line; returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = CreateRoot(console).Parse(args);
        if (parse.Action is ParseErrorAction && parse.Errors.Count > 0)
        {
            console.Error.WriteLine($"diplomacy: {UsageError(parse)} (see '{CommandPath(parse.CommandResult)} --help')");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"diplomacy: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("diplomacy: interrupted");
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The tool's last line of defence: any failure becomes one line and an exit code, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"diplomacy: {ChronicleFiles.FirstLine(e.Message)}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The first thing wrong with a command line, in one line. A word where a command was expected (a mistyped
    /// <c>ask stanse</c>) is named with the commands that are there, rather than reported as a missing command.
    /// </summary>
    private static string UsageError(ParseResult parse)
    {
        var subcommands = parse.CommandResult.Command.Subcommands;
        if (subcommands.Count > 0 && parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith('-'))
        {
            return $"'{parse.UnmatchedTokens[0]}' is not a command of '{CommandPath(parse.CommandResult)}'; the commands are {string.Join(", ", subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
        }

        return string.Join(' ', parse.Errors[0].Message.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command.Name);
            }
        }

        names.Reverse();
        names[0] = "diplomacy";
        return string.Join(' ', names);
    }
}
