using System.CommandLine;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy report FILE -o report.html</c>: the self-contained explorer page of Diplomacy.Charts. The command
/// line is settled; the page is not in this build yet, so the command ends with "not available in this build" (exit 2).
/// </summary>
internal static class ReportCommand
{
    /// <summary>The <c>report</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The chronicle to explore (a chronicle document, .json)." };
        var output = new Option<string>("--output", "-o") { Description = "The HTML page to write; it needs no network to open.", HelpName = "file", Required = true };
        var title = new Option<string?>("--title") { Description = "The page's title (default: the file's name).", HelpName = "text" };
        var command = new Command("report", $"Write one self-contained HTML page to explore a chronicle: a filterable timeline, each event's citations, a \"known at\" control, routes, channels, stances and charts.\n\nExample:\n  diplomacy report {AskCommand.Seed} -o report.html")
        {
            file, output, title,
        };
        command.SetAction(_ => NotAvailable.Fail(console, "report"));
        return command;
    }
}
