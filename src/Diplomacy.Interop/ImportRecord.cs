namespace Diplomacy.Interop;

/// <summary>The event-data formats the importers read.</summary>
public enum EventDataFormat
{
    /// <summary>ICEWS coded event files: tab-separated, with a header row.</summary>
    Icews,

    /// <summary>The GDELT 2.0 event export (61 tab-separated columns, no header) and its mentions table.</summary>
    Gdelt,

    /// <summary>PLOVER records as a JSON array or as JSON Lines.</summary>
    Plover,

    /// <summary>POLECAT event files (tab-separated, a header row, PLOVER coding).</summary>
    Polecat,

    /// <summary>The SIPRI Arms Transfers Database trade register (its CSV export).</summary>
    Sipri,
}

/// <summary>Why a record was not imported, or what was left out of one that was.</summary>
public enum ImportIssueKind
{
    /// <summary>The record is not in the format: a wrong number of columns, JSON that does not parse, a value that is not an object.</summary>
    Malformed,

    /// <summary>A value the record needs is empty or <c>NA</c> (the id, the date, the event code).</summary>
    MissingValue,

    /// <summary>A value is present but cannot be read (a date that is not a date, an id with characters ids cannot hold).</summary>
    InvalidValue,

    /// <summary>A CAMEO code that is not in the codebook, or a PLOVER category that PLOVER does not define.</summary>
    UnknownCode,

    /// <summary>The record describes no event (a PLOVER <c>DOCUMENT</c> record, which documents the file).</summary>
    NotAnEvent,

    /// <summary>
    /// An event with this id was already imported with different content, and the options ask for such records to be
    /// rejected (<see cref="ImportOptions.RejectConflictingDuplicates"/>).
    /// </summary>
    ConflictingDuplicate,

    /// <summary>A GDELT mention of an event that was not imported (its event file was not read, or its row was rejected).</summary>
    UnknownEvent,

    /// <summary>
    /// A warning, not a rejection: a value the record holds was left out because it cannot be read (a PLOVER
    /// <c>target</c> that is a word rather than a list of actors). The record was imported without it.
    /// </summary>
    IgnoredValue,

    /// <summary>
    /// A warning, not a rejection: the record names no acting actor, so the event's source is the placeholder actor
    /// <c>unidentified-actor</c>. The record was imported.
    /// </summary>
    UnidentifiedSource,

    /// <summary>
    /// A warning, not a rejection: an event with the record's id was already imported with different content (the
    /// PLOVER gold standard gives two records one id), so the record was imported under the id followed by
    /// <c>:dup2</c> (or <c>:dup3</c>, ...).
    /// </summary>
    RenamedDuplicate,
}

/// <summary>A problem with one record of an imported file: where it is, what kind it is, and what exactly is wrong.</summary>
/// <param name="Line">The line of the file on which the record starts (1-based; the header row of an ICEWS file is line 1).</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Message">What is wrong, in words, naming the value.</param>
public sealed record ImportIssue(long Line, ImportIssueKind Kind, string Message)
{
    /// <summary>The record's own id in the file (ICEWS Event ID, GDELT GlobalEventID, PLOVER id), when it has one.</summary>
    public string? RecordId { get; init; }

    /// <summary>True for the kinds that reject a record; false for warnings about a record that was imported.</summary>
    public bool IsRejection => Kind is not (ImportIssueKind.IgnoredValue or ImportIssueKind.UnidentifiedSource or ImportIssueKind.RenamedDuplicate);

    /// <summary>E.g. <c>line 12 (32889836): UnknownCode: the CAMEO code '999' is not in the codebook.</c></summary>
    public override string ToString() => $"line {Line}{(RecordId is null ? string.Empty : " (" + RecordId + ")")}: {Kind}: {Message}";
}

/// <summary>A citation that a record adds to an event imported from another record (a GDELT mention of an event).</summary>
/// <param name="Event">The event the citation is for.</param>
/// <param name="Citation">The citation.</param>
public sealed record AddedCitation(EventId Event, Citation Citation);

/// <summary>
/// What one record of an event file became: the events made from it and the actors they need that the reader has not
/// handed out before, a citation for an event of another record, or the reason it was rejected.
/// </summary>
/// <remarks>
/// Readers yield one record per record of the file, in file order, and hold nothing of earlier records except the
/// actors, codings and citation lists they intern; a consumer that keeps the events (see <see cref="ChronicleImporter"/>)
/// adds the <see cref="NewActors"/> before the events that refer to them.
/// </remarks>
public sealed class ImportRecord
{
    private static readonly DiplomaticEvent[] NoEvents = [];
    private static readonly Actor[] NoActors = [];
    private static readonly ImportIssue[] NoIssues = [];

    // The record id, or (for ICEWS rows) the event id it is the end of, cut when first asked for.
    private readonly string? _recordId;
    private readonly int _recordIdStart;
    private string? _recordIdCut;

    private ImportRecord(
        long line,
        string? recordId,
        IReadOnlyList<DiplomaticEvent> events,
        IReadOnlyList<Actor> newActors,
        AddedCitation? addedCitation,
        ImportIssue? rejection,
        IReadOnlyList<ImportIssue> warnings,
        int recordIdStart = 0)
    {
        Line = line;
        _recordId = recordId;
        _recordIdStart = recordIdStart;
        Events = events;
        NewActors = newActors;
        AddedCitation = addedCitation;
        Rejection = rejection;
        Warnings = warnings;
    }

    /// <summary>The line of the file on which the record starts (1-based).</summary>
    public long Line { get; }

    /// <summary>The record's own id in the file, when it has one (ICEWS Event ID, GDELT GlobalEventID, PLOVER id).</summary>
    public string? RecordId => _recordIdStart == 0 || _recordId is null ? _recordId : _recordIdCut ??= _recordId[_recordIdStart..];

    /// <summary>
    /// The events made from the record, never null: usually one; several for a PLOVER record with several actors or
    /// categories; none for a rejected record or a mention.
    /// </summary>
    public IReadOnlyList<DiplomaticEvent> Events { get; }

    /// <summary>The actors the events or citation refer to that this reader has not handed out before, states first; never null.</summary>
    public IReadOnlyList<Actor> NewActors { get; }

    /// <summary>The citation a GDELT mention adds to an event of the event file, or null.</summary>
    public AddedCitation? AddedCitation { get; }

    /// <summary>Why the record was not imported, or null when it was.</summary>
    public ImportIssue? Rejection { get; }

    /// <summary>What was left out of an imported record, never null (usually empty).</summary>
    public IReadOnlyList<ImportIssue> Warnings { get; }

    /// <summary>True when the record was rejected.</summary>
    public bool IsRejected => Rejection is not null;

    /// <summary>A record that became events.</summary>
    /// <exception cref="ArgumentException">No event is given.</exception>
    public static ImportRecord Imported(long line, string? recordId, IReadOnlyList<DiplomaticEvent> events, IReadOnlyList<Actor>? newActors = null, IReadOnlyList<ImportIssue>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An imported record has at least one event; use Rejected for a record that has none.", nameof(events));
        }

        return new(line, recordId, events, Empty(newActors), null, null, Empty(warnings));
    }

    /// <summary>
    /// A row that became one event whose id is a prefix and the row's id (<c>icews-32889836</c>): the row's id is cut
    /// from the event's only when asked for, which spares a string per row.
    /// </summary>
    internal static ImportRecord ImportedRow(long line, DiplomaticEvent e, int idPrefixLength, IReadOnlyList<Actor> newActors, IReadOnlyList<ImportIssue>? warnings) =>
        new(line, e.Id.Value, [e], Empty(newActors), null, null, Empty(warnings), idPrefixLength);

    /// <summary>A record that adds a citation to an event of another record (a GDELT mention).</summary>
    public static ImportRecord Citing(long line, string? recordId, AddedCitation addedCitation, IReadOnlyList<Actor>? newActors = null)
    {
        ArgumentNullException.ThrowIfNull(addedCitation);
        return new(line, recordId, NoEvents, Empty(newActors), addedCitation, null, NoIssues);
    }

    /// <summary>A record that was not imported, and why.</summary>
    public static ImportRecord Rejected(ImportIssue rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        if (!rejection.IsRejection)
        {
            throw new ArgumentException($"'{rejection.Kind}' is a warning, not a reason to reject a record.", nameof(rejection));
        }

        return new(rejection.Line, rejection.RecordId, NoEvents, NoActors, null, rejection, NoIssues);
    }

    /// <summary>E.g. <c>line 2 (32889836): 1 event</c> or the rejection.</summary>
    public override string ToString() =>
        Rejection?.ToString()
        ?? $"line {Line}{(RecordId is null ? string.Empty : " (" + RecordId + ")")}: {(AddedCitation is { } added ? "cites " + added.Event : Events.Count + (Events.Count == 1 ? " event" : " events"))}";

    private static IReadOnlyList<T> Empty<T>(IReadOnlyList<T>? list) => list is null || list.Count == 0 ? [] : list;
}

/// <summary>Shorthands for the readers.</summary>
internal static class ImportIssues
{
    /// <summary>The record rejected for this reason.</summary>
    public static ImportRecord Reject(long line, string? recordId, ImportIssueKind kind, string message) =>
        ImportRecord.Rejected(new ImportIssue(line, kind, message) { RecordId = recordId });
}
