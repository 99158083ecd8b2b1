using System.Globalization;
using Diplomacy.Parquet.Tables;
using Parquet;
using Parquet.Serialization;

namespace Diplomacy.Parquet;

/// <summary>
/// Writes actors and events to the Parquet table set of docs/parquet.md as they come, without holding more than
/// <see cref="ParquetWriteOptions.BufferedEvents"/> events: each table a folder under the root, event tables
/// partitioned by year Hive style (<c>events/year=2024/part-0.parquet</c>), each flush a row group.
/// </summary>
/// <remarks>
/// Nothing checks that the events form a valid chronicle (that every actor they name is written, that ids are
/// unique): write what a <see cref="Chronicle"/> holds, or what an importer produces, and read it back with
/// <see cref="ChronicleParquet.ReadAsync"/>, which validates. Call <see cref="CompleteAsync"/> when done: until
/// then, the files may lack the last events and tables with no rows yet have no file.
/// </remarks>
public sealed class ChronicleParquetWriter : IAsyncDisposable
{
    private readonly string _root;
    private readonly ParquetWriteOptions _options;
    private readonly Dictionary<int, RowSet> _buffers = [];
    private readonly HashSet<string> _written = [];
    private int _buffered;
    private int _actorPosition;
    private int? _firstYear;
    private bool _completed;

    private ChronicleParquetWriter(string root, ParquetWriteOptions options)
    {
        _root = root;
        _options = options;
    }

    /// <summary>How many events have been added.</summary>
    public long EventCount { get; private set; }

    /// <summary>
    /// Starts a table set in <paramref name="directory"/>, which must be empty or not exist yet (it is created).
    /// </summary>
    /// <param name="directory">The root folder of the table set.</param>
    /// <param name="options">How much to buffer; null for <see cref="ParquetWriteOptions.Default"/>.</param>
    /// <exception cref="IOException">The directory exists and is not empty.</exception>
    public static ChronicleParquetWriter Create(string directory, ParquetWriteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"The directory '{directory}' is not empty; write a table set into a new or empty directory.");
        }

        Directory.CreateDirectory(directory);
        return new ChronicleParquetWriter(directory, options ?? ParquetWriteOptions.Default);
    }

    /// <summary>Appends actors to the <c>actors</c> table, after any written before, in the order given.</summary>
    /// <param name="actors">The actors.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task WriteActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ThrowIfCompleted();
        var rows = actors.Select(a => ActorRows.From(a, _actorPosition++)).ToList();
        await AppendAsync(Path.Combine(_root, Tables.Tables.Actors, "part-0.parquet"), rows, cancellationToken).ConfigureAwait(false);
        _written.Add(Tables.Tables.Actors);
    }

    /// <summary>Adds one event; writes the buffered events out when there are enough.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async ValueTask AddAsync(DiplomaticEvent diplomaticEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        ThrowIfCompleted();
        var year = RowSet.YearOf(diplomaticEvent);
        _firstYear ??= year;
        if (!_buffers.TryGetValue(year, out var rows))
        {
            _buffers[year] = rows = new RowSet();
        }

        rows.Add(diplomaticEvent);
        EventCount++;
        if (++_buffered >= _options.BufferedEvents)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds events in order; see <see cref="AddAsync(DiplomaticEvent, CancellationToken)"/>.</summary>
    /// <param name="events">The events.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task AddAsync(IEnumerable<DiplomaticEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            await AddAsync(e, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes what is buffered and gives every table that has no rows an empty file (so that readers find its
    /// columns). The writer takes nothing more afterwards.
    /// </summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return;
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var year = _firstYear ?? 1;
        var empty = new RowSet();
        foreach (var table in Tables.Tables.EventKeyed.Where(t => !_written.Contains(t)))
        {
            await WriteTableAsync(table, year, empty, allowEmpty: true, cancellationToken).ConfigureAwait(false);
        }

        if (!_written.Contains(Tables.Tables.Actors))
        {
            await AppendAsync(Path.Combine(_root, Tables.Tables.Actors, "part-0.parquet"), new List<ActorRow>(), cancellationToken).ConfigureAwait(false);
        }

        _completed = true;
    }

    /// <summary>Completes the table set (see <see cref="CompleteAsync"/>).</summary>
    public async ValueTask DisposeAsync() => await CompleteAsync().ConfigureAwait(false);

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (year, rows) in _buffers.OrderBy(b => b.Key))
        {
            foreach (var table in Tables.Tables.EventKeyed)
            {
                await WriteTableAsync(table, year, rows, allowEmpty: false, cancellationToken).ConfigureAwait(false);
            }
        }

        _buffers.Clear();
        _buffered = 0;
    }

    private Task WriteTableAsync(string table, int year, RowSet rows, bool allowEmpty, CancellationToken cancellationToken) =>
        Tables.Tables.EventKeyed.Contains(table)
            ? TableLists.ApplyAsync(table, [], rows, new AppendPartition(this, year, allowEmpty, cancellationToken))
            : throw new ArgumentOutOfRangeException(nameof(table), table, "Not an event-keyed table.");

    private sealed class AppendPartition(ChronicleParquetWriter writer, int year, bool allowEmpty, CancellationToken cancellationToken) : ITableAction
    {
        public async Task RunAsync<TRow>(string table, List<TRow> rows)
            where TRow : class, new()
        {
            if (rows.Count == 0 && !allowEmpty)
            {
                return;
            }

            await AppendAsync(PartitionFile(writer._root, table, year), rows, cancellationToken).ConfigureAwait(false);
            writer._written.Add(table);
        }
    }

    internal static string PartitionFile(string root, string table, int year) =>
        Path.Combine(root, table, string.Create(CultureInfo.InvariantCulture, $"year={year}"), "part-0.parquet");

    private static async Task AppendAsync<TRow>(string file, List<TRow> rows, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var append = File.Exists(file);
        var stream = new FileStream(file, append ? FileMode.Open : FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: false);
        await using (stream.ConfigureAwait(false))
        {
            await ParquetSerializer.SerializeAsync(rows, stream, new ParquetOptions { Append = append }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The table set is complete; start a new writer to write more.");
        }
    }
}
