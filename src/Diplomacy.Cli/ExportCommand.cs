using System.CommandLine;
using System.Globalization;

namespace Diplomacy.Cli;

/// <summary><c>diplomacy export &lt;format&gt; --data FILE [-o OUT]</c>: writes a chronicle in one of the field's formats.</summary>
internal static class ExportCommand
{
    /// <summary>The <c>export</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var format = new Argument<string>("format")
        {
            Description = "The format: " + string.Join("; ", ExportFormat.All.Select(f => $"{f.Name}: {f.Description}")) + ".",
        };
        format.AcceptOnlyFromAmong([.. ExportFormat.All.Select(f => f.Name)]);
        var data = new Option<string>("--data", "-d") { Description = "The chronicle to export (a chronicle document, .json, or a Parquet table set).", HelpName = "file", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "The file (or, for parquet, the folder) to write; standard output when left out.", HelpName = "file" };
        var command = new Command("export", $"Write a chronicle for other tools: PLOVER records, dyad-years, a graph, Parquet tables.\n\nExample:\n  diplomacy export graphml --data {AskCommand.Seed} -o serbia.graphml")
        {
            format, data, output,
        };
        command.SetAction(async (parse, token) =>
        {
            var chosen = ExportFormat.All.First(f => f.Name == parse.GetRequiredValue(format));
            var chronicle = ChronicleFiles.Load(parse.GetRequiredValue(data));
            if (chosen.Folder is { } folder)
            {
                var target = parse.GetValue(output) ?? throw new CliException($"export {chosen.Name} writes a folder, not standard output; give -o FOLDER", ExitCodes.Usage);
                await folder.Save(chronicle, target, token).ConfigureAwait(false);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {target} ({chosen.Name}): {chronicle.Events.Count} events, {chronicle.Actors.Count} actors"));
                return ExitCodes.Success;
            }

            var write = chosen.Write!;
            if (parse.GetValue(output) is not { } path)
            {
                var stdout = new MemoryStream();
                await write(chronicle, stdout, token).ConfigureAwait(false);
                await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(stdout.GetBuffer(), 0, (int)stdout.Length)).ConfigureAwait(false);
                await console.Out.FlushAsync(token).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            Interop.ExportSummary summary;
            try
            {
                var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    summary = await write(chronicle, file, token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: cannot write: {ChronicleFiles.FirstLine(e.Message)}", e);
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({chosen.Name}): {summary.RecordsWritten} records, {summary.Skipped.Count} events skipped"));
            return ExitCodes.Success;
        });
        return command;
    }
}
