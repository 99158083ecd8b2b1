#!/usr/bin/env dotnet
// Which relationships did Russia trade, and for what? Loads the article's seed and prints each trade-off with the
// reports behind it. Run from anywhere: dotnet run samples/scripts/trade-offs.cs [-- <actor>]
#:project ../../src/Diplomacy.Serialization/Diplomacy.Serialization.csproj

using Diplomacy;
using Diplomacy.Serialization;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var chronicle = ChronicleJson.Load(Path.Combine(here, "..", "..", "seeds", "serbia-arms-2024.json"));
ActorId actor = args.Length > 0 ? args[0] : "RUS";

foreach (var trade in chronicle.TradeOffs(actor))
{
    var partner = chronicle.TryGetActor(trade.Partner, out var p) ? p.Name : trade.Partner.Value;
    var from = trade.Gained.From is { } f && chronicle.TryGetActor(f, out var g) ? $" from {g.Name}" : string.Empty;
    Console.WriteLine($"{partner}: {trade.Relationship} {trade.Change} ({trade.When}) for {trade.Gained.Kind}{from}");
    foreach (var citation in trade.Citations)
    {
        Console.WriteLine($"    says {citation.Source}, {citation.Published}{(citation.Title is { } t ? $": \"{t}\"" : string.Empty)}");
    }
}
