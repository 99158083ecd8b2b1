using Diplomacy.Interop;

namespace Diplomacy.Interop.Tests;

/// <summary>The hand-written files in each exact format (Fixtures, copied beside the test assembly).</summary>
internal static class Fixtures
{
    public const string Icews = "icews-events.tab";
    public const string GdeltEvents = "gdelt-events.export.CSV";
    public const string GdeltMentions = "gdelt-mentions.CSV";
    public const string GdeltVersion1Events = "gdelt-v1-events.export.CSV";
    public const string GdeltVersion1Backfile = "gdelt-v1-backfile.CSV";
    public const string PloverGoldStandard = "plover-gold-standard.json";
    public const string PloverLines = "plover-records.jsonl";
    public const string Polecat = "polecat-events.txt";
    public const string Sipri = "sipri-trade-register.csv";

    public static string PathTo(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static FileStream Open(string name) => File.OpenRead(PathTo(name));

    public static async Task<List<ImportRecord>> ReadAllAsync(IAsyncEnumerable<ImportRecord> records)
    {
        var list = new List<ImportRecord>();
        await foreach (var record in records)
        {
            list.Add(record);
        }

        return list;
    }

    public static async Task<ImportResult> ImportAsync(string name, Func<Stream, Task<ImportResult>> import)
    {
        await using var stream = Open(name);
        return await import(stream);
    }

    public static Task<ImportResult> IcewsAsync(ImportOptions? options = null) =>
        ImportAsync(Icews, s => ChronicleImporter.ImportIcewsAsync(s, options));
}
