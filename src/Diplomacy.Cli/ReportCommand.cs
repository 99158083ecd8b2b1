using System.CommandLine;
using Diplomacy.Charts;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy report FILE -o report.html</c>: writes the self-contained explorer page of Diplomacy.Charts. The pair
/// and the arms route it follows are the ones given, else the main job's (SRB and RUS, arms from SRB to UKR) when the
/// chronicle has all of those actors and none is given, else the ones the page chooses from the record. The command
/// says which it used.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The main job's pair and arms route, used when the chronicle has those actors and none are given.</summary>
    internal static readonly (ActorId Actor, ActorId Counterpart, ActorId ArmsOrigin, ActorId ArmsEndUser) MainJob =
        (new ActorId("SRB"), new ActorId("RUS"), new ActorId("SRB"), new ActorId("UKR"));

    /// <summary>The <c>report</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The chronicle to explore (a chronicle document, .json, or a Parquet table set)." };
        var output = new Option<string>("--output", "-o") { Description = "The HTML page to write; it needs no network to open.", HelpName = "file", Required = true };
        var title = new Option<string?>("--title") { Description = "The page's title (default: the file's name).", HelpName = "text" };
        var actor = CliValues.ActorOption("--actor", "One side of the pair whose stances, channels and dyad chart the page shows (default: SRB when the chronicle holds SRB, RUS and UKR and no actor is given, else chosen from the record).");
        var counterpart = CliValues.ActorOption("--counterpart", "The other side of the pair (default: RUS with the main job's actors, else chosen from the record).");
        var armsOrigin = CliValues.ActorOption("--arms-origin", "Where the arms the page follows come from (default: SRB when the chronicle holds SRB, RUS and UKR and no actor is given, else chosen from the record).");
        var armsEndUser = CliValues.ActorOption("--arms-end-user", "Who the arms the page follows reached (default: UKR with the main job's actors, else chosen from the record).");
        var noCharts = new Option<bool>("--no-charts") { Description = "Leave the charts out (the page is written faster)." };
        var command = new Command("report", $"Write one self-contained HTML page to explore a chronicle: a filterable timeline, each event's citations, a \"known at\" control, routes, channels, stances and charts.\n\nExample:\n  diplomacy report {AskCommand.Seed} -o report.html")
        {
            file, output, title, actor, counterpart, armsOrigin, armsEndUser, noCharts,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var chronicle = ChronicleFiles.Load(path);
            var given = (Actor: Known(chronicle, path, parse.GetValue(actor)), Counterpart: Known(chronicle, path, parse.GetValue(counterpart)),
                ArmsOrigin: Known(chronicle, path, parse.GetValue(armsOrigin)), ArmsEndUser: Known(chronicle, path, parse.GetValue(armsEndUser)));

            // The main job's actors are a default for the main job's story only: with any of them missing, or any
            // actor given, the page chooses the rest from the record rather than pair a chosen state with one of them.
            var mainJob = given == default && new[] { MainJob.Actor, MainJob.Counterpart, MainJob.ArmsOrigin, MainJob.ArmsEndUser }.All(chronicle.ContainsActor);
            var options = ChronicleReport.Focus(chronicle, new ReportOptions
            {
                Title = parse.GetValue(title) ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(path)),
                Actor = mainJob ? MainJob.Actor : given.Actor,
                Counterpart = mainJob ? MainJob.Counterpart : given.Counterpart,
                ArmsOrigin = mainJob ? MainJob.ArmsOrigin : given.ArmsOrigin,
                ArmsEndUser = mainJob ? MainJob.ArmsEndUser : given.ArmsEndUser,
                IncludeCharts = !parse.GetValue(noCharts),
            });
            var target = parse.GetRequiredValue(output);
            try
            {
                ChronicleReport.Write(chronicle, target, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{target}: cannot write: {ChronicleFiles.FirstLine(e.Message)}", e);
            }

            static string Named(ActorId? id, bool chosen) => id is { } a ? chosen ? $"{a} (chosen from the record)" : a.Value : "none in the record";
            console.Out.WriteLine(
                $"wrote {target}: {chronicle.Events.Count} events, {chronicle.Actors.Count} actors; pair {Named(options.Actor, !mainJob && given.Actor is null)} and {Named(options.Counterpart, !mainJob && given.Counterpart is null)}, " +
                $"arms from {Named(options.ArmsOrigin, !mainJob && given.ArmsOrigin is null)} to {Named(options.ArmsEndUser, !mainJob && given.ArmsEndUser is null)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static ActorId? Known(Chronicle chronicle, string path, ActorId? id) =>
        id is not { } given || chronicle.ContainsActor(given) ? id : throw new CliException($"{path}: {CliValues.NoActor(chronicle, given)}");
}
