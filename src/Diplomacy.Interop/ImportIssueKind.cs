namespace Diplomacy.Interop;

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
