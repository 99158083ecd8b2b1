using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Diplomacy.Benchmarks.Data;
using Diplomacy.Serialization;
using DuckDB.NET.Data;

namespace Diplomacy.Benchmarks.Build;

/// <summary>
/// Opening a chronicle again: loading its snapshot (from memory, and from a file in the page cache) and saving it,
/// next to what a user would otherwise do: rebuild it from the records, or keep the rows in DuckDB's own database
/// file, open it and scan every column. Seconds per operation at a million events.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Snapshot")]
[MedianColumn]
public class Snapshots : AtEachSize
{
    private Chronicle _chronicle = Chronicle.Empty;
    private IReadOnlyList<Actor> _actors = [];
    private IReadOnlyList<DiplomaticEvent> _events = [];
    private byte[] _snapshot = [];
    private MemoryStream _target = new();
    private DirectoryInfo? _directory;
    private string _file = string.Empty;
    private string _database = string.Empty;

    /// <summary>Builds the chronicle, its snapshot (in memory and in a file) and DuckDB's database file, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var bench = Workbench.Get(Events);
        (_chronicle, _actors, _events) = (bench.Chronicle, bench.Synthetic.Actors, bench.Synthetic.Events);
        using (var stream = new MemoryStream())
        {
            ChronicleSnapshot.SaveAsync(_chronicle, stream).GetAwaiter().GetResult();
            _snapshot = stream.ToArray();
        }

        _target = new MemoryStream(_snapshot.Length);
        _directory = Directory.CreateTempSubdirectory("diplomacy-snapshots-");
        _file = Path.Combine(_directory.FullName, "chronicle.snapshot");
        File.WriteAllBytes(_file, _snapshot);
        _database = Path.Combine(_directory.FullName, "events.duckdb");
        using var duckDb = DuckDbEvents.Load(bench.Timeline, bench.Chronicle.Actors, _database);
        using var checkpoint = duckDb.Connection.CreateCommand();
        checkpoint.CommandText = "CHECKPOINT";
        checkpoint.ExecuteNonQuery();
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => _directory?.Delete(recursive: true);

    /// <summary>Reads the snapshot from memory: the chronicle, ready to ask.</summary>
    [Benchmark(Baseline = true)]
    public Chronicle LoadSnapshot() => ChronicleSnapshot.LoadAsync(new MemoryStream(_snapshot, writable: false)).GetAwaiter().GetResult();

    /// <summary>Reads the snapshot from its file (in the page cache after the first iteration).</summary>
    [Benchmark]
    public Chronicle LoadSnapshotFile() => ChronicleSnapshot.LoadAsync(_file).GetAwaiter().GetResult();

    /// <summary>Writes the snapshot to memory.</summary>
    [Benchmark]
    public long SaveSnapshot()
    {
        _target.SetLength(0);
        ChronicleSnapshot.SaveAsync(_chronicle, _target).GetAwaiter().GetResult();
        return _target.Length;
    }

    /// <summary>Validates the records and builds the chronicle again, as without a snapshot.</summary>
    [Benchmark]
    public Chronicle Rebuild() => new ChronicleBuilder().AddActors(_actors).AddEvents(_events).Build();

    /// <summary>Opens DuckDB's database file holding the same rows and scans every column of the events table.</summary>
    [Benchmark]
    public long DuckDbOpenAndScan()
    {
        using var connection = new DuckDBConnection($"DataSource={_database}");
        connection.Open();
        using var scan = connection.CreateCommand();
        scan.CommandText = "SELECT count(*), sum(pos), max(id), count(DISTINCT actors[1]) FROM events";
        using var reader = scan.ExecuteReader();
        reader.Read();
        return Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
    }
}
