using Diplomacy.Interop;
using Diplomacy.Parquet;
using Diplomacy.Serialization;

namespace Diplomacy.Reliability.Fuzzing;

/// <summary>
/// Every reader the fuzzer knows. To fuzz a new reader, add one entry here: a name, its seed files, a function from
/// bytes to a read-to-the-end, and its typed exceptions. Its crash corpus then lives in <c>Corpus/NAME/</c> and is
/// replayed by <see cref="CrashCorpusTests"/>.
/// </summary>
public static class FuzzTargets
{
    private const string Fixtures = "tests/Diplomacy.Interop.Tests/Fixtures";
    private const string Malformed = "tests/Diplomacy.Serialization.Tests/Malformed";

    private static readonly ChronicleJsonOptions Lenient = new() { AllowUnknownProperties = true };

    /// <summary>The actors of the article's seed, which the JSON Lines seed's events refer to.</summary>
    private static readonly Lazy<IReadOnlyList<Actor>> SeedActors = new(() => ChronicleJson.Load(Repository.PathOf("seeds/serbia-arms-2024.json")).Actors);

    /// <summary>The readers, in the order <c>fuzz --target all</c> runs them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("chronicle-json", ["seeds/*.json", $"{Malformed}/*.json"], bytes => Document(bytes, null), [typeof(ChronicleFormatException)]),
        new("chronicle-json-lenient", ["seeds/*.json", $"{Malformed}/*.json"], bytes => Document(bytes, Lenient), [typeof(ChronicleFormatException)]),
        new("json-lines", [$"{Malformed}/*.jsonl", "tests/Diplomacy.Reliability/Seeds/*.jsonl"], JsonLines, [typeof(ChronicleFormatException)]),
        new("icews", [$"{Fixtures}/*.tab"], bytes => Import(IcewsReader.ReadAsync(new MemoryStream(bytes))), [typeof(InvalidDataException)]),
        new("gdelt-events", [$"{Fixtures}/gdelt-events*.CSV"], bytes => Import(GdeltReader.ReadEventsAsync(new MemoryStream(bytes))), [typeof(InvalidDataException)]),
        new("gdelt-mentions", [$"{Fixtures}/gdelt-mentions*.CSV"], bytes => Import(GdeltReader.ReadMentionsAsync(new MemoryStream(bytes))), [typeof(InvalidDataException)]),
        new("plover", [$"{Fixtures}/plover-*"], bytes => Import(PloverReader.ReadAsync(new MemoryStream(bytes))), [typeof(InvalidDataException)]),
        new("polecat", [$"{Fixtures}/polecat-*.txt"], bytes => Import(PolecatReader.ReadAsync(new MemoryStream(bytes))), [typeof(InvalidDataException)]),
        new("parquet", [], ParquetTableFuzzing.Run, [typeof(ParquetFormatException), typeof(ChronicleValidationException)]) { MadeSeeds = ParquetTableFuzzing.Seeds },
        new("sipri", [$"{Fixtures}/sipri-*.csv"], bytes => Import(SipriReader.ReadAsync(new MemoryStream(bytes))), [typeof(InvalidDataException)]),
        new("chronicle-snapshot", ["tests/Diplomacy.Reliability/Seeds/*.snapshot"], Snapshot, [typeof(ChronicleSnapshotException)]),
    ];

    /// <summary>The target of this name.</summary>
    /// <exception cref="ArgumentException">No target has this name.</exception>
    public static FuzzTarget Named(string name) =>
        All.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"No fuzz target '{name}'; the targets are: {string.Join(", ", All.Select(t => t.Name))}.", nameof(name));

    private static void Document(byte[] bytes, ChronicleJsonOptions? options)
    {
        using var stream = new MemoryStream(bytes);
        _ = ChronicleJson.LoadAsync(stream, options).GetAwaiter().GetResult();
    }

    private static void Snapshot(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var chronicle = ChronicleSnapshot.LoadAsync(stream).GetAwaiter().GetResult();

        // Read everything back, so that a snapshot that loads but is not whole would fail here.
        _ = chronicle.Events.Count(e => chronicle.GetEvent(e.Id) is null);
    }

    private static void JsonLines(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var events = EventJsonLines.ReadAsync(stream).ToBlockingEnumerable().ToList();
        try
        {
            // The events as a chronicle: a validation failure of the whole is a typed refusal too.
            _ = new ChronicleBuilder().AddActors(SeedActors.Value).AddEvents(events).Build();
        }
        catch (ChronicleValidationException)
        {
        }
    }

    /// <summary>A reader's records into a chronicle, as <c>ChronicleImporter</c> users do; the import must always build.</summary>
    private static void Import(IAsyncEnumerable<ImportRecord> records)
    {
        var importer = new ChronicleImporter();
        importer.AddAsync(records).GetAwaiter().GetResult();
        var (chronicle, summary) = importer.Build();
        if (summary.Read != summary.Imported + summary.Merged + summary.Rejected || chronicle is null)
        {
            throw new InvalidOperationException($"The import summary does not add up: {summary}.");
        }
    }
}
