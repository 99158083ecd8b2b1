using System.CommandLine;
using Diplomacy.Interop;
using Spectre.Console;

namespace Diplomacy.Cli;

/// <summary>
/// <c>diplomacy import &lt;format&gt; FILES... -o OUT</c>: reads event data files into one chronicle and writes it,
/// with a progress bar on standard error when the import takes over a second there, and the rejection summary at
/// the end.
/// </summary>
internal static class ImportCommand
{
    /// <summary>How long an import runs before its progress bar appears.</summary>
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);

    /// <summary>How many rejections of each kind the summary shows.</summary>
    private const int ExamplesPerKind = 3;

    /// <summary>The <c>import</c> command.</summary>
    public static Command Create(CliConsole console)
    {
        var format = new Argument<string>("format")
        {
            Description = "The files' format: " + string.Join("; ", ImportFormat.All.Select(f => $"{f.Name}: {f.Description}")) + ".",
        };
        format.AcceptOnlyFromAmong([.. ImportFormat.All.Select(f => f.Name)]);
        var files = new Argument<string[]>("files") { Description = "The files to read, in order.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The chronicle to write (a file, or a folder for Parquet); its extension selects the format (" + string.Join("; ", ChronicleFormat.All.Select(f => $"{string.Join(", ", f.Extensions)}: {f.Description}")) + ").",
            HelpName = "file",
            Required = true,
        };
        var outputFormat = new Option<string?>("--format", "-f")
        {
            Description = "The output format, whatever the extension: " + string.Join(", ", ChronicleFormat.All.Select(f => f.Name)) + ".",
            HelpName = "format",
        };
        outputFormat.AcceptOnlyFromAmong([.. ChronicleFormat.All.Select(f => f.Name)]);
        var rejectConflicts = new Option<bool>("--reject-conflicting-duplicates")
        {
            Description = "Reject a record whose id was already imported with different content, instead of importing it under a new id.",
        };
        var noSanctions = new Option<bool>("--no-sanctions")
        {
            Description = "Import sanctions codes as coded events rather than as sanctions actions.",
        };
        var noLift = new Option<bool>("--no-lift")
        {
            Description = "Import every record as a coded event: no meetings or sanctions actions lifted from the codes that describe them.",
        };
        var command = new Command("import", "Read event data files into one chronicle, and say what was rejected.\n\nExample:\n  diplomacy import icews events.2018.sample.tab -o icews-2018.json")
        {
            format, files, output, outputFormat, rejectConflicts, noSanctions, noLift,
        };
        command.SetAction(async (parse, token) =>
        {
            var options = ImportOptions.Default with
            {
                RejectConflictingDuplicates = parse.GetValue(rejectConflicts),
                RecognizeSanctions = !parse.GetValue(noSanctions),
                LiftTypedEvents = !parse.GetValue(noLift),
            };
            var outputPath = parse.GetRequiredValue(output);
            var target = ChronicleFormat.For(parse.GetValue(outputFormat), outputPath);
            ChronicleFormat.CheckFolderOf(outputPath);
            var source = ImportFormat.Find(parse.GetRequiredValue(format))!;
            var paths = parse.GetRequiredValue(files);
            foreach (var path in paths.Where(p => !File.Exists(p)))
            {
                throw path.StartsWith('-') && path.Length > 1
                    ? new CliException($"unknown option '{path}' (see 'diplomacy import --help')", ExitCodes.Usage)
                    : new CliException(Directory.Exists(path) ? $"{path}: a folder, not a file; give the files in it" : $"{path}: no such file");
            }

            var (result, filesRead) = await RunAsync(console, source, paths, options, token).ConfigureAwait(false);
            await target.Save(result.Chronicle, outputPath, token).ConfigureAwait(false);
            Summarize(console, result, filesRead, outputPath, target);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The files read, in the order read, each with the counts of rejections and warnings once it was read.</summary>
    private sealed record FilesRead(IReadOnlyList<(string Path, int Rejections, int Warnings)> Ends)
    {
        /// <summary>The file the issue at <paramref name="index"/> of the rejections (or warnings) came from.</summary>
        public string FileOf(int index, bool warning) =>
            Path.GetFileName(Ends.First(end => index < (warning ? end.Warnings : end.Rejections)).Path);
    }

    private static async Task<(ImportResult Result, FilesRead Files)> RunAsync(CliConsole console, ImportFormat format, IReadOnlyList<string> paths, ImportOptions options, CancellationToken token)
    {
        var total = paths.Sum(p => new FileInfo(p).Length);
        long read = 0;
        var import = Task.Run(
            async () =>
            {
                var importer = new ChronicleImporter(Chronicle.Empty, options);
                var ends = new List<(string, int, int)>();
                foreach (var path in paths.OrderBy(format.Pass))
                {
                    var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
                    await using var stream = new ProgressStream(file, n => Interlocked.Add(ref read, n));
                    await importer.AddAsync(format.Read(stream, path, options, token), token).ConfigureAwait(false);
                    var summary = importer.Summary;
                    ends.Add((path, summary.Rejections.Count, summary.Warnings.Count));
                }

                return (importer.Build(), new FilesRead(ends));
            },
            token);

        if (console.ErrorIsTerminal && await Task.WhenAny(import, Task.Delay(ProgressDelay, token)).ConfigureAwait(false) != import)
        {
            await console.Progress.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask($"importing {paths.Count} {format.Name} file{(paths.Count == 1 ? string.Empty : "s")}", maxValue: Math.Max(1, total));
                    while (!import.IsCompleted)
                    {
                        bar.Value = Interlocked.Read(ref read);
                        await Task.WhenAny(import, Task.Delay(100, token)).ConfigureAwait(false);
                    }

                    bar.Value = bar.MaxValue;
                }).ConfigureAwait(false);
        }

        return await import.ConfigureAwait(false);
    }

    private static void Summarize(CliConsole console, ImportResult result, FilesRead files, string path, ChronicleFormat format)
    {
        var summary = result.Summary;
        console.Out.WriteLine($"wrote {path} ({format.Name}): {result.Chronicle.Events.Count} events, {result.Chronicle.Actors.Count} actors");
        console.Out.WriteLine(summary.ToString());
        WriteByKind(console, "rejected records, by kind", summary.Rejections, files.Ends.Count > 1 ? i => files.FileOf(i, warning: false) : null);
        WriteByKind(console, "warnings, by kind", summary.Warnings, files.Ends.Count > 1 ? i => files.FileOf(i, warning: true) : null);
    }

    /// <summary>
    /// A table of import issues by kind, with the first few of each as examples (each with its file's name when
    /// <paramref name="fileOf"/> tells them apart); nothing when there are none.
    /// </summary>
    private static void WriteByKind(CliConsole console, string title, IReadOnlyList<ImportIssue> issues, Func<int, string>? fileOf)
    {
        if (issues.Count == 0)
        {
            return;
        }

        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(title) };
        table.AddColumn("kind").AddColumn(new TableColumn("records").RightAligned()).AddColumn("for example");
        var described = issues.Select((issue, i) => (issue.Kind, Text: fileOf is null ? issue.ToString() : $"{fileOf(i)} {issue}")).ToArray();
        foreach (var group in described.GroupBy(r => r.Kind).OrderByDescending(g => g.Count()))
        {
            table.AddRow(
                new Text(CliValues.Kebab(group.Key)),
                new Text(group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(string.Join("\n", group.Take(ExamplesPerKind).Select(r => r.Text))));
        }

        console.Tables.Write(table);
    }
}
