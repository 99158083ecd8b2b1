#!/usr/bin/env dotnet
// What was publicly known, and when? Asks the same question of the article's seed as known at three dates: the
// Serbian arms that reached Ukraine, and who in Russia had reacted to them.
// Run from anywhere: dotnet run samples/scripts/known-at.cs
#:project ../../src/Diplomacy.Serialization/Diplomacy.Serialization.csproj

using Diplomacy;
using Diplomacy.Serialization;
using NodaTime;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var chronicle = ChronicleJson.Load(Path.Combine(here, "..", "..", "seeds", "serbia-arms-2024.json"));

foreach (var day in new[] { new LocalDate(2022, 12, 31), new LocalDate(2023, 6, 30), new LocalDate(2024, 7, 8) })
{
    var known = chronicle.AsKnownAt(day);
    var routes = known.ArmsFlows("SRB", "UKR");
    var transfers = routes.SelectMany(r => r.Transfers).Select(t => t.Id).Distinct().ToArray();
    var reactions = known.ReactionsTo("RUS", EventSet.Of(transfers));
    Console.WriteLine($"known at {day:uuuu-MM-dd}: {routes.Count} routes, {transfers.Length} transfers, {reactions.Count} Russian reactions");
    foreach (var reaction in reactions)
    {
        var speaker = known.TryGetActor(reaction.Speaker, out var s) ? s.Name : reaction.Speaker.Value;
        Console.WriteLine($"  {speaker}: {reaction.Tone} ({reaction.When}){(reaction.Statement.Quote is { } q ? $" \"{q}\"" : string.Empty)}");
    }
}
