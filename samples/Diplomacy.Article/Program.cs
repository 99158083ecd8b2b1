// The main job: answers the design guide's questions from the article's seed data set (or any chronicle file).
//
//   dotnet run --project samples/Diplomacy.Article [-- --data <file>] [--as-known-at <yyyy-MM-dd>] [--json]
//
// A bad argument or file gives a one-line error on standard error and a non-zero exit code.
using System.Globalization;
using Diplomacy;
using Diplomacy.Article;
using Diplomacy.Serialization;
using NodaTime;
using NodaTime.Text;

const string Usage = "usage: Diplomacy.Article [--data <chronicle.json>] [--as-known-at <yyyy-MM-dd>] [--json]";
const string SeedResource = "serbia-arms-2024.json";

string? dataPath = null;
LocalDate? knownAt = null;
var json = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data" when i + 1 < args.Length:
            dataPath = args[++i];
            break;
        case "--as-known-at" when i + 1 < args.Length:
            var parsed = LocalDatePattern.Iso.Parse(args[++i]);
            if (!parsed.Success)
            {
                return Fail(2, $"--as-known-at takes a date such as 2023-06-30, not '{args[i]}'.");
            }

            knownAt = parsed.Value;
            break;
        case "--json":
            json = true;
            break;
        case "--help" or "-h":
            Console.WriteLine(Usage);
            return 0;
        case "--data" or "--as-known-at":
            return Fail(2, $"{args[i]} needs a value. {Usage}");
        default:
            return Fail(2, $"unknown argument '{args[i]}'. {Usage}");
    }
}

Chronicle chronicle;
try
{
    if (dataPath is null)
    {
        await using var seed = typeof(Questions).Assembly.GetManifestResourceStream(SeedResource)
            ?? throw new InvalidOperationException($"The embedded seed '{SeedResource}' is missing from the build.");
        chronicle = await ChronicleJson.LoadAsync(seed);
    }
    else
    {
        chronicle = ChronicleJson.Load(dataPath);
    }
}
catch (Exception e) when (e is ChronicleFormatException or IOException or UnauthorizedAccessException)
{
    return Fail(1, $"cannot load {(dataPath ?? "the seed data set")}: {FirstLine(e.Message)}");
}

if (Questions.MissingActors(chronicle) is { Count: > 0 } missing)
{
    Console.Error.WriteLine($"warning: {dataPath ?? "the data set"} holds no actor {string.Join(", ", missing.Select(a => $"'{a}'"))}; the article's questions about them are answered from nothing (use the diplomacy CLI to ask about other actors).");
}

// Stances are asked on the day the article appeared, or on the "known at" day when that is earlier.
var articleDay = new LocalDate(2024, 7, 8);
var at = knownAt is { } k && k < articleDay ? k : articleDay;
var view = knownAt is { } day ? chronicle.AsKnownAt(day) : chronicle;
var heading = knownAt is { } d
    ? $"Diplomacy: the article's questions, as publicly known on {d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}"
    : "Diplomacy: the article's questions, answered from the record";

var sections = Questions.All(view, at).ToArray();
Console.Write(json ? Report.AsJson(view, heading, sections) + Environment.NewLine : Report.AsText(view, heading, sections));
return 0;

static int Fail(int code, string message)
{
    Console.Error.WriteLine($"error: {message}");
    return code;
}

static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');
