using System.Runtime.InteropServices;
using System.Text;

namespace Diplomacy.Interop;

/// <summary>
/// Collects the records of one or more event files (ICEWS, GDELT events and mentions, PLOVER) into a
/// <see cref="Chronicle"/>, adding the actors they need, merging what repeats, and counting what was read, imported,
/// merged and rejected.
/// </summary>
/// <remarks>
/// <para>An event whose id is already held is merged when it is the same event (its citations are joined); when it
/// differs otherwise, it is imported under a new id with a warning, or rejected, as
/// <see cref="ImportOptions.RejectConflictingDuplicates"/> says. A GDELT mention adds
/// its citation to its event (merged), or is rejected as <see cref="ImportIssueKind.UnknownEvent"/> when that event was
/// not imported; a citation of an article (URL) the event already cites on the same day is not added twice. An actor
/// whose id is already held keeps its first form.</para>
/// <para>The importer holds the events until <see cref="Build"/>; that is the chronicle's own memory. It is not
/// thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var importer = new ChronicleImporter();
/// await importer.AddAsync(GdeltReader.ReadEventsAsync(events));
/// await importer.AddAsync(GdeltReader.ReadMentionsAsync(mentions));
/// var (chronicle, summary) = importer.Build();
/// </code>
/// </example>
public sealed class ChronicleImporter
{
    private readonly List<Actor> _actors;
    private readonly HashSet<ActorId> _actorIds;
    private readonly List<DiplomaticEvent> _events;
    private readonly Dictionary<EventId, int> _eventPositions;
    private readonly List<ImportIssue> _rejections = [];
    private readonly List<ImportIssue> _warnings = [];
    private readonly int _basisActors;
    private readonly int _basisEvents;
    private readonly bool _rejectConflicts;
    private long _read;
    private long _imported;
    private long _merged;

    /// <summary>Starts an import into an empty chronicle.</summary>
    public ChronicleImporter()
        : this(Chronicle.Empty)
    {
    }

    /// <summary>Starts an import that adds to a chronicle's actors and (visible) events; the chronicle itself is unchanged.</summary>
    /// <param name="basis">The chronicle to add to.</param>
    /// <param name="options">The options (only <see cref="ImportOptions.RejectConflictingDuplicates"/> matters here); null for the defaults.</param>
    public ChronicleImporter(Chronicle basis, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _rejectConflicts = options?.RejectConflictingDuplicates ?? false;
        _actors = [.. basis.Actors];
        _actorIds = [.. _actors.Select(a => a.Id)];
        _events = [.. basis.Events];
        _eventPositions = new Dictionary<EventId, int>(_events.Count);
        for (var i = 0; i < _events.Count; i++)
        {
            _eventPositions[_events[i].Id] = i;
        }

        _basisActors = _actors.Count;
        _basisEvents = _events.Count;
    }

    /// <summary>What has been imported so far.</summary>
    public ImportSummary Summary => new(
        _read,
        _imported,
        _merged,
        _rejections.Count,
        _events.Count - _basisEvents,
        _actors.Count - _basisActors,
        _rejections.ToArray(),
        _warnings.ToArray());

    /// <summary>Adds every record of a reader.</summary>
    public async Task AddAsync(IAsyncEnumerable<ImportRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(record);
        }
    }

    /// <summary>Adds one record: its new actors, then its events or its citation; or notes its rejection.</summary>
    public void Add(ImportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _read++;
        if (record.Rejection is { } rejection)
        {
            _rejections.Add(rejection);
            return;
        }

        foreach (var actor in record.NewActors)
        {
            if (_actorIds.Add(actor.Id))
            {
                _actors.Add(actor);
            }
        }

        if (record.AddedCitation is { } added)
        {
            AddCitation(record, added);
            return;
        }

        if (_rejectConflicts && Conflict(record) is { } conflict)
        {
            _rejections.Add(conflict);
            return;
        }

        _warnings.AddRange(record.Warnings);
        var addedAny = false;
        foreach (var e in record.Events)
        {
            ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_eventPositions, e.Id, out var held);
            if (!held)
            {
                position = _events.Count;
                _events.Add(e);
                addedAny = true;
            }
            else if (SameEvent(_events[position], e))
            {
                _events[position] = CitationJoin.Join(_events[position], e.Citations);
            }
            else
            {
                var renamed = e with { Id = FreeId(e.Id) };
                _warnings.Add(new ImportIssue(record.Line, ImportIssueKind.RenamedDuplicate, $"an event with the id '{e.Id}' was already imported with different content; this one is imported as '{renamed.Id}'.") { RecordId = record.RecordId });
                Append(renamed);
                addedAny = true;
            }
        }

        if (addedAny)
        {
            _imported++;
        }
        else
        {
            _merged++;
        }
    }

    /// <summary>Builds the chronicle of everything added, with the summary.</summary>
    /// <exception cref="ChronicleValidationException">The records do not make a valid chronicle (an actor resolver returned inconsistent actors).</exception>
    public ImportResult Build()
    {
        var chronicle = new ChronicleBuilder().AddActors(_actors).AddEvents(_events).Build();
        return new ImportResult(chronicle, Summary);
    }

    /// <summary>Imports an ICEWS event file into a new chronicle.</summary>
    public static Task<ImportResult> ImportIcewsAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportAsync(IcewsReader.ReadAsync(stream, options, cancellationToken), options, ExpectedRows(stream, BytesPerIcewsRow), cancellationToken);

    /// <summary>Imports an ICEWS event file into a new chronicle.</summary>
    public static async Task<ImportResult> ImportIcewsAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var stream = OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ImportIcewsAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports a GDELT 2.0 event export, and optionally its mentions table, into a new chronicle.</summary>
    public static async Task<ImportResult> ImportGdeltAsync(Stream events, Stream? mentions = null, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var importer = new ChronicleImporter(Chronicle.Empty, options);
        importer.EnsureCapacity(ExpectedRows(events, BytesPerGdeltRow));
        await importer.AddAsync(GdeltReader.ReadEventsAsync(events, options, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (mentions is not null)
        {
            await importer.AddAsync(GdeltReader.ReadMentionsAsync(mentions, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return importer.Build();
    }

    /// <summary>Imports PLOVER records (a JSON array or JSON Lines) into a new chronicle.</summary>
    /// <exception cref="InvalidDataException">The stream does not start as PLOVER does (see <see cref="PloverReader.ReadAsync(Stream, ImportOptions?, CancellationToken)"/>).</exception>
    public static Task<ImportResult> ImportPloverAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportAsync(PloverReader.ReadAsync(stream, options, cancellationToken), options, 0, cancellationToken);

    /// <summary>
    /// Imports a POLECAT event file into a new chronicle: a weekly release (<c>ngecEvents.*.DV.txt</c>) or a yearly zip
    /// (<c>ngecEventsDV-&lt;year&gt;.txt.zip</c>, every <c>.txt</c> entry read in place, in name order).
    /// </summary>
    public static Task<ImportResult> ImportPolecatAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ImportAsync(PolecatFiles.ReadAsync(stream, options, cancellationToken), options, ExpectedRows(stream, BytesPerPolecatRow), cancellationToken);
    }

    /// <summary>Imports a POLECAT event file (a weekly <c>.txt</c> or a yearly <c>.zip</c>) into a new chronicle.</summary>
    public static async Task<ImportResult> ImportPolecatAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var stream = OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ImportPolecatAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports a SIPRI trade-register CSV export into a new chronicle (see <see cref="SipriReader"/>).</summary>
    /// <param name="stream">The export.</param>
    /// <param name="published">When SIPRI published the data, if the export does not say.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    public static Task<ImportResult> ImportSipriAsync(Stream stream, FuzzyDate? published = null, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ImportAsync(SipriReader.ReadAsync(stream, published, options, cancellationToken), options, 0, cancellationToken);

    private static async Task<ImportResult> ImportAsync(IAsyncEnumerable<ImportRecord> records, ImportOptions? options, int expectedEvents, CancellationToken cancellationToken)
    {
        var importer = new ChronicleImporter(Chronicle.Empty, options);
        importer.EnsureCapacity(expectedEvents);
        await importer.AddAsync(records, cancellationToken).ConfigureAwait(false);
        return importer.Build();
    }

    /// <summary>
    /// Room for about this many more events, so that a large import does not grow (and copy) its lists step by step:
    /// each step of a large list is a new large-object-heap array, and those bring full collections.
    /// </summary>
    internal void EnsureCapacity(int events)
    {
        if (events > 0)
        {
            _events.EnsureCapacity(_events.Count + events);
            _eventPositions.EnsureCapacity(_eventPositions.Count + events);
        }
    }

    // Rows are rarely shorter than this (the ICEWS sample averages 270 bytes a row; GDELT rows run longer), so the
    // estimate errs toward too much room rather than too little.
    private const int BytesPerIcewsRow = 200;
    private const int BytesPerGdeltRow = 400;
    private const int BytesPerPolecatRow = 300;

    private static int ExpectedRows(Stream stream, int bytesPerRow)
    {
        try
        {
            return stream.CanSeek ? (int)Math.Min(int.MaxValue / 2, Math.Max(0, stream.Length - stream.Position) / bytesPerRow) : 0;
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    private void Append(DiplomaticEvent e)
    {
        _eventPositions.Add(e.Id, _events.Count);
        _events.Add(e);
    }

    private EventId FreeId(EventId id)
    {
        for (var n = 2; ; n++)
        {
            var candidate = new EventId($"{id.Value}:dup{n}");
            if (!_eventPositions.ContainsKey(candidate))
            {
                return candidate;
            }
        }
    }

    private static FileStream OpenRead(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    private void AddCitation(ImportRecord record, AddedCitation added)
    {
        if (!_eventPositions.TryGetValue(added.Event, out var position))
        {
            _rejections.Add(new ImportIssue(record.Line, ImportIssueKind.UnknownEvent, $"the mention is of event '{added.Event}', which was not imported.") { RecordId = record.RecordId });
            return;
        }

        _events[position] = CitationJoin.Join(_events[position], [added.Citation]);
        _merged++;
    }

    private ImportIssue? Conflict(ImportRecord record)
    {
        StringBuilder? conflicts = null;
        foreach (var e in record.Events)
        {
            if (_eventPositions.TryGetValue(e.Id, out var position) && !SameEvent(_events[position], e))
            {
                (conflicts ??= new StringBuilder()).Append(conflicts.Length == 0 ? string.Empty : ", ").Append('\'').Append(e.Id).Append('\'');
            }
        }

        return conflicts is null
            ? null
            : new ImportIssue(record.Line, ImportIssueKind.ConflictingDuplicate, $"an event with the id {conflicts} was already imported with different content.") { RecordId = record.RecordId };
    }

    private static bool SameEvent(DiplomaticEvent held, DiplomaticEvent incoming) =>
        held.GetType() == incoming.GetType() && (held with { Citations = incoming.Citations }).Equals(incoming);
}
