using System.Globalization;
using BenchmarkDotNet.Attributes;
using Diplomacy.Interop;

namespace Diplomacy.Interop.Benchmarks;

/// <summary>
/// Reads a synthetic POLECAT weekly file (POLECAT's licence forbids redistributing its data, so the rows are made in the
/// setup, in a temporary folder, from the documented columns: 100,000 rows over 60 states, 200 named persons, the
/// sixteen PLOVER types, 300 places and 40 outlets) three ways: a bare Sep read touching every column, the streaming
/// importer's records, and the full import into a <see cref="Chronicle"/>. Divide the rows by the mean time for rows/s.
/// </summary>
[MemoryDiagnoser]
public class PolecatImportBenchmarks
{
    /// <summary>Rows in the synthetic file.</summary>
    public const int Rows = 100_000;

    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = PolecatFiles.Synthetic(Rows);

    [Benchmark(Baseline = true, Description = "bare Sep read")]
    public long BareSepRead() => BareRead.Characters(_path);

    [Benchmark(Description = "stream records")]
    public async Task<int> StreamRecords()
    {
        await using var stream = OpenRead();
        var count = 0;
        await foreach (var record in PolecatReader.ReadAsync(stream))
        {
            count += record.Events.Count;
        }

        return count;
    }

    [Benchmark(Description = "import into a Chronicle")]
    public async Task<int> ImportChronicle()
    {
        await using var stream = OpenRead();
        var (chronicle, _) = await ChronicleImporter.ImportPolecatAsync(stream);
        return chronicle.Events.Count;
    }

    private FileStream OpenRead() =>
        new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
}

/// <summary>Makes the synthetic POLECAT file (once per size; deterministic).</summary>
internal static class PolecatFiles
{
    private static readonly string[] Header =
    [
        "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
        "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw", "Actor Wiki Job", "Wikipedia Actor ID",
        "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Recipient Wiki Job", "Wikipedia Recipient ID",
        "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
        "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version", "Headline", "Feed", "Story ID",
    ];

    private static readonly string[] Types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    private static readonly string[] Quads = ["VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT", "MATERIAL CONFLICT"];

    public static string Synthetic(int rows)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "diplomacy-interop-benchmarks")).FullName;
        var path = Path.Combine(folder, $"polecat-synthetic-{rows}.txt");
        if (File.Exists(path))
        {
            return path;
        }

        var countries = Countries.All.Where(c => !c.IsFormer).Take(60).ToArray();
        var random = new Random(42);
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary))
        {
            writer.Write(string.Join('\t', Header));
            writer.Write('\n');
            var fields = new string[Header.Length];
            for (var i = 0; i < rows; i++)
            {
                Array.Fill(fields, "None");
                var day = new DateTime(2024, 1, 1).AddDays(i * 7 / rows);
                var type = random.Next(Types.Length);
                var actorCountry = countries[random.Next(countries.Length)];
                var recipientCountry = countries[random.Next(countries.Length)];
                fields[0] = $"{day:yyyyMMdd}-{i:D7}";
                fields[1] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                fields[2] = Types[type];
                fields[3] = type == 1 ? "visit" : "None";
                fields[4] = (random.Next(-100, 101) / 10.0).ToString(CultureInfo.InvariantCulture);
                fields[5] = Quads[type * 4 / Types.Length];
                fields[6] = random.Next(3) == 0 ? "diplomatic; military" : "economic";
                if (random.Next(3) == 0)
                {
                    var person = random.Next(200);
                    fields[7] = $"Person Example {person}";
                    fields[12] = $"Minister {person}";
                    fields[15] = $"Q{100000 + person}";
                }
                else
                {
                    fields[7] = actorCountry.Name;
                }

                fields[8] = actorCountry.Alpha3;
                fields[16] = recipientCountry.Name;
                fields[17] = recipientCountry.Alpha3;
                var place = random.Next(300);
                fields[25] = $"Place {place}";
                fields[26] = $"Place {place}";
                fields[29] = countries[place % countries.Length].Alpha3;
                fields[30] = ((place % 180) - 90 + 0.5).ToString(CultureInfo.InvariantCulture);
                fields[31] = ((place % 360) - 180 + 0.25).ToString(CultureInfo.InvariantCulture);
                fields[32] = (1000000 + place).ToString(CultureInfo.InvariantCulture);
                fields[35] = $"Outlet {random.Next(40)}";
                fields[36] = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                fields[40] = "en";
                fields[41] = "1.0";
                writer.Write(string.Join('\t', fields));
                writer.Write('\n');
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
