#!/usr/bin/env dotnet
// How did Serbia and Russia deal with each other, month by month? Loads the article's seed, asks for the events
// between the pair and Serbia's sanctions stance toward Russia at the end of the record, prints them, and saves the
// dyad chart (events per month by quad class, with the mean Goldstein score) as SVG.
// Run from anywhere: dotnet run samples/scripts/dyad-chart.cs [-- <output.svg>]
// (default: artifacts/charts/dyad-SRB-RUS.svg under the repository root)
#:project ../../src/Diplomacy.Serialization/Diplomacy.Serialization.csproj
#:project ../../src/Diplomacy.Charts/Diplomacy.Charts.csproj

using Diplomacy;
using Diplomacy.Charts;
using Diplomacy.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var root = Path.GetFullPath(Path.Combine(here, "..", ".."));
var chronicle = ChronicleJson.Load(Path.Combine(root, "seeds", "serbia-arms-2024.json"));
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(root, "artifacts", "charts", "dyad-SRB-RUS.svg");
ActorId serbia = "SRB", russia = "RUS";

var between = chronicle.EventsBetween(serbia, russia);
Console.WriteLine($"{between.Count} events between Serbia and Russia");
var chart = DyadChart.Create(chronicle, serbia, russia);
foreach (var month in chart.Months.Where(m => m.MeanGoldstein is not null))
{
    Console.WriteLine($"  {month.Month}: mean Goldstein {month.MeanGoldstein:+0.0;-0.0;0.0}");
}

var end = between.Count == 0 ? new NodaTime.LocalDate(2024, 12, 31) : between.Max(e => e.When.Earliest);
var stance = chronicle.SanctionsStance(serbia, russia, end);
Console.WriteLine($"Serbia's sanctions stance toward Russia on {end:uuuu-MM-dd}: {stance.Posture} ({stance.Certainty})");

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
chart.SaveSvg(output);
Console.WriteLine($"saved {output} ({chart.Width}x{chart.Height})");
