using BenchmarkDotNet.Attributes;
using Diplomacy.Interop;

namespace Diplomacy.Interop.Benchmarks;

/// <summary>
/// Reads the ICEWS sample (3,705 rows) and a synthetic ICEWS file of the sample's rows repeated with new Event IDs
/// (made in the setup, in a temporary folder), three ways: a bare Sep read touching every column, the streaming
/// importer's records, and the full import into a <see cref="Chronicle"/>. Divide the rows by the mean time for rows/s.
/// </summary>
[MemoryDiagnoser]
public class IcewsImportBenchmarks
{
    /// <summary>How many times the synthetic file repeats the sample's rows.</summary>
    public const int Repeats = 100;

    private string _path = string.Empty;

    /// <summary>Which file: the ICEWS sample, or the synthetic file of <see cref="Repeats"/> times its rows.</summary>
    [Params("sample", "synthetic")]
    public string File { get; set; } = "sample";

    [GlobalSetup]
    public void Setup()
    {
        var sample = IcewsFiles.Sample();
        _path = File == "sample" ? sample : IcewsFiles.Synthetic(sample, Repeats);
    }

    [Benchmark(Baseline = true, Description = "bare Sep read")]
    public long BareSepRead() => BareRead.Characters(_path);

    [Benchmark(Description = "stream records")]
    public async Task<int> StreamRecords()
    {
        await using var stream = OpenRead();
        var count = 0;
        await foreach (var record in IcewsReader.ReadAsync(stream))
        {
            count += record.Events.Count;
        }

        return count;
    }

    [Benchmark(Description = "import into a Chronicle")]
    public async Task<int> ImportChronicle()
    {
        await using var stream = OpenRead();
        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(stream);
        return chronicle.Events.Count;
    }

    private FileStream OpenRead() =>
        new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
}

/// <summary>Finds the ICEWS sample in the shared data folder beside the repository, and makes the synthetic file.</summary>
internal static class IcewsFiles
{
    private const string SampleName = "events.2018.sample.tab";

    /// <summary>The sample's path: <c>$DIPLOMACY_SHARED_DATA/icews/…</c>, else <c>../shared/data/icews/…</c> beside the repository.</summary>
    public static string Sample()
    {
        if (Environment.GetEnvironmentVariable("DIPLOMACY_SHARED_DATA") is { Length: > 0 } root)
        {
            return Existing(Path.Combine(root, "icews", SampleName));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Diplomacy.sln")))
            {
                return Existing(Path.Combine(dir.FullName, "..", "shared", "data", "icews", SampleName));
            }
        }

        throw new FileNotFoundException($"The ICEWS sample was not found: set DIPLOMACY_SHARED_DATA to the folder holding icews/{SampleName}.");
    }

    /// <summary>The sample's rows <paramref name="repeats"/> times, each with a new Event ID, in a temporary file (made once).</summary>
    public static string Synthetic(string sample, int repeats)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "diplomacy-interop-benchmarks")).FullName;
        var path = Path.Combine(folder, $"icews-synthetic-x{repeats}.tab");
        if (System.IO.File.Exists(path))
        {
            return path;
        }

        var lines = System.IO.File.ReadAllLines(sample);
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary))
        {
            writer.Write(lines[0]);
            writer.Write('\n');
            long id = 100_000_000;
            for (var r = 0; r < repeats; r++)
            {
                foreach (var line in lines.Skip(1))
                {
                    writer.Write(id++);
                    writer.Write(line.AsSpan(line.IndexOf('\t')));
                    writer.Write('\n');
                }
            }
        }

        System.IO.File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static string Existing(string path) =>
        System.IO.File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"The ICEWS sample is not at {Path.GetFullPath(path)}.", path);
}
