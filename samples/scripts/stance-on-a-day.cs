#!/usr/bin/env dotnet
// What was Serbia's sanctions stance toward Russia on a day, since when, and on what evidence?
// Run from anywhere: dotnet run samples/scripts/stance-on-a-day.cs [-- <yyyy-MM-dd>]
#:project ../../src/Diplomacy.Serialization/Diplomacy.Serialization.csproj

using Diplomacy;
using Diplomacy.Serialization;
using NodaTime;
using NodaTime.Text;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var chronicle = ChronicleJson.Load(Path.Combine(here, "..", "..", "seeds", "serbia-arms-2024.json"));
var day = args.Length > 0 ? LocalDatePattern.Iso.Parse(args[0]).GetValueOrThrow() : new LocalDate(2024, 7, 8);

var stance = chronicle.SanctionsStance("SRB", "RUS", day);
Console.WriteLine($"Serbia toward Russia on {day:uuuu-MM-dd}: {stance.Posture} since {stance.Since?.ToString() ?? "ever"} ({stance.Certainty})");
foreach (var action in stance.Actions)
{
    Console.WriteLine($"  {action.Id} ({action.When}): {action.Action}, reported by {string.Join("; ", action.Citations.Select(c => $"{c.Source} {c.Published}"))}");
}
