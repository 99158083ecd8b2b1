using System.CommandLine;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy chart &lt;kind&gt;</c>: the charts of Diplomacy.Charts, saved as SVG or PNG. The command line is
/// settled; the charts are not in this build yet, so every chart ends with "not available in this build" (exit 2).
/// </summary>
internal static class ChartCommand
{
    /// <summary>The kinds of chart, with what each shows.</summary>
    internal static readonly IReadOnlyList<(string Name, string Description, string Arguments)> Kinds =
    [
        ("dyad", "a dyad's events per month by quad class, with the mean Goldstein score", "SRB RUS"),
        ("sanctions", "sanctions spells and offices held, as Gantt bars", "USA"),
        ("flows", "arms routes from an origin to an end user, with quantities", "SRB UKR"),
        ("channels", "personal channels between two states' people, as a network", "SRB RUS"),
    ];

    /// <summary>The <c>chart</c> command and its kinds.</summary>
    public static Command Create(CliConsole console)
    {
        var chart = new Command("chart", "Draw a chart of a chronicle as an SVG or PNG file (the file's extension chooses).");
        foreach (var (name, description, arguments) in Kinds)
        {
            var actors = new Argument<string[]>("actors") { Description = "The actor, or the pair of actors, the chart is about.", Arity = new ArgumentArity(1, 2) };
            var data = new Option<string>("--data", "-d") { Description = "The chronicle (a chronicle document, .json).", HelpName = "file", Required = true };
            var output = new Option<string>("--output", "-o") { Description = "The image to write: .svg or .png.", HelpName = "file", Required = true };
            var asKnownAt = CliValues.DateOption("--as-known-at", "Draw only what some report had published by this day.");
            var command = new Command(name, $"Draw {description}.\n\nExample:\n  diplomacy chart {name} {arguments} --data {AskCommand.Seed} -o {name}.svg")
            {
                actors, data, output, asKnownAt,
            };
            command.SetAction(_ => NotAvailable.Fail(console, $"chart {name}"));
            chart.Subcommands.Add(command);
        }

        return chart;
    }
}
