using System.CommandLine;
using Diplomacy.Charts;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy chart &lt;kind&gt; ACTORS... --data FILE -o IMAGE</c>: draws one of the charts of Diplomacy.Charts and
/// saves it as SVG or PNG, as the output's extension says.
/// </summary>
internal static class ChartCommand
{
    /// <summary>
    /// The kinds of chart: the name, what it shows, an example's actors, how many actors it takes (at least, at most),
    /// and how it is drawn from the chronicle and the actors given.
    /// </summary>
    internal static readonly IReadOnlyList<ChartKind> Kinds =
    [
        new("dyad", "a dyad's events per month by quad class, with the mean Goldstein score", "SRB RUS", 2, 2, (c, a, o) => DyadChart.Create(c, a[0], a[1], o)),
        new("sanctions", "sanctions spells as Gantt bars, one row per imposer and target (all of them, or those of one actor)", "USA", 0, 1, (c, a, o) => SanctionsGantt.Create(c, a.Count == 0 ? (ActorId?)null : a[0], o)),
        new("offices", "the offices persons held, as Gantt bars (everyone with an office change, or the persons given)", "aleksandar-vulin", 0, System.CommandLine.ArgumentArity.ZeroOrMore.MaximumNumberOfValues, (c, a, o) => OfficeGantt.Create(c, a.Count == 0 ? null : a, o)),
        new("flows", "arms routes from an origin to an end user, with quantities", "SRB UKR", 2, 2, (c, a, o) => ArmsFlowChart.Create(c, a[0], a[1], o)),
        new("channels", "personal channels between two states' people, as a network", "SRB RUS", 2, 2, (c, a, o) => ChannelNetwork.Create(c, a[0], a[1], o)),
    ];

    /// <summary>
    /// The argument for a kind's actors, and how to read them. A kind that takes at most one actor has a single-valued
    /// argument: System.CommandLine does not convert one token into a list whose arity allows at most one.
    /// </summary>
    private static (Argument Argument, Func<ParseResult, string[]> Read) ActorsArgument(ChartKind kind)
    {
        var description = kind.Most == 2 ? "The pair of actors the chart is about." : kind.Most == 1 ? "The actor the chart is limited to; none for all." : "The actors the chart is limited to; none for all.";
        if (kind.Most == 1)
        {
            var one = new Argument<string?>("actor") { Description = description, Arity = new ArgumentArity(kind.Least, 1) };
            return (one, parse => parse.GetValue(one) is { } id ? [id] : []);
        }

        var many = new Argument<string[]>("actors") { Description = description, Arity = new ArgumentArity(kind.Least, kind.Most) };
        return (many, parse => parse.GetValue(many) ?? []);
    }

    /// <summary>The <c>chart</c> command and its kinds.</summary>
    public static Command Create(CliConsole console)
    {
        var chart = new Command("chart", "Draw a chart of a chronicle as an SVG or PNG file (the file's extension chooses).");
        foreach (var kind in Kinds)
        {
            var (actors, actorsGiven) = ActorsArgument(kind);
            var data = new Option<string>("--data", "-d") { Description = "The chronicle (a chronicle document, .json, or a Parquet table set).", HelpName = "file", Required = true };
            var output = new Option<string>("--output", "-o") { Description = "The image to write: .svg or .png.", HelpName = "file", Required = true };
            var asKnownAt = CliValues.DateOption("--as-known-at", "Draw only what some report had published by this day.");
            var releasedBy = CliValues.DateOption("--released-by", "Draw only what the event data sets had released by this day (events no release names count by publication).");
            var title = new Option<string?>("--title") { Description = "The chart's title (default: one that says what it shows).", HelpName = "text" };
            var width = new Option<int?>("--width") { Description = "The width in pixels, 200 to 10000 (default 1000); the height fits the chart.", HelpName = "pixels" };
            var command = new Command(kind.Name, $"Draw {kind.Description}.\n\nExample:\n  diplomacy chart {kind.Name} {kind.Example} --data {AskCommand.Seed} -o {kind.Name}.svg")
            {
                actors, data, output, asKnownAt, releasedBy, title, width,
            };
            command.SetAction(parse =>
            {
                var path = parse.GetRequiredValue(output);
                var save = ImageWriter(path);
                var dataPath = parse.GetRequiredValue(data);
                var chronicle = ChronicleFiles.Load(dataPath);
                if (parse.GetValue(asKnownAt) is { } knownAt)
                {
                    chronicle = chronicle.AsKnownAt(knownAt);
                }

                if (parse.GetValue(releasedBy) is { } released)
                {
                    chronicle = chronicle.AsKnownAt(released, KnownBy.Release);
                }

                var ids = Actors(chronicle, dataPath, actorsGiven(parse));
                var options = ChartOptions.Default with { Title = parse.GetValue(title) };
                if (parse.GetValue(width) is { } pixels)
                {
                    options = pixels is >= 200 and <= 10000
                        ? options with { Width = pixels }
                        : throw new CliException($"--width takes 200 to 10000 pixels, not {pixels}", ExitCodes.Usage);
                }

                var drawn = kind.Draw(chronicle, ids, options);
                try
                {
                    save(drawn, path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"{path}: cannot write: {ChronicleFiles.FirstLine(e.Message)}", e);
                }

                console.Out.WriteLine($"wrote {path} ({kind.Name} chart, {drawn.Width}x{drawn.Height})");
                return ExitCodes.Success;
            });
            chart.Subcommands.Add(command);
        }

        return chart;
    }

    /// <summary>How a chart is saved to a path, by its extension.</summary>
    /// <exception cref="CliException">The extension is neither <c>.svg</c> nor <c>.png</c>.</exception>
    internal static Action<Chart, string> ImageWriter(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".SVG" => (chart, p) => chart.SaveSvg(p),
        ".PNG" => (chart, p) => chart.SavePng(p),
        _ => throw new CliException($"{path}: cannot tell the image format from the extension '{Path.GetExtension(path)}'; use .svg or .png", ExitCodes.Usage),
    };

    /// <summary>The actor ids given, each checked to be an id and an actor of the chronicle.</summary>
    private static IReadOnlyList<ActorId> Actors(Chronicle chronicle, string dataPath, IReadOnlyList<string> texts)
    {
        var ids = new List<ActorId>(texts.Count);
        foreach (var text in texts)
        {
            if (!ActorId.IsValid(text))
            {
                throw new CliException($"an actor id such as RUS or aleksandar-vulin is expected, not '{text}'", ExitCodes.Usage);
            }

            var id = new ActorId(text);
            ids.Add(chronicle.ContainsActor(id) ? id : throw new CliException($"{dataPath}: {CliValues.NoActor(chronicle, id)}"));
        }

        if (ids.Count == 2 && ids[0] == ids[1])
        {
            throw new CliException($"a pair needs two different actors, not '{ids[0]}' twice", ExitCodes.Usage);
        }

        return ids;
    }
}
