namespace Diplomacy.Interop;

/// <summary>Options for the importers.</summary>
public sealed record ImportOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Resolves an actor before the importers' own rules do (see <c>docs/interop.md</c>), for example from an actor
    /// dictionary; return null to leave the actor to the rules. It is called once per distinct actor of a file, and the
    /// actor it returns is used for every record that names it. A person's nationality or an organisation's home state
    /// must be a state in the country catalogue (<see cref="Countries"/>), which the importer adds.
    /// </summary>
    public Func<ActorDescription, Actor?>? ResolveActor { get; init; }

    /// <summary>
    /// Whether a coded record whose code unambiguously describes a typed event becomes that event (true by default): a
    /// <see cref="Meeting"/> of actor and recipient at its place for CAMEO <c>042</c>, <c>043</c> and <c>044</c> and
    /// PLOVER <c>CONSULT</c> with mode <c>visit</c>, <c>third-party</c> or <c>multilateral</c>; a
    /// <see cref="SanctionsAction"/> (<see cref="SanctionsActionKind.Impose"/>) by a state, alliance or
    /// intergovernmental body for CAMEO <c>163</c> and PLOVER <c>SANCTION</c> with mode <c>discontinue</c>. The event
    /// keeps the record's coding and citations, so that exports write the same codes. Codes that say less, and lifts
    /// that would give an event the event catalogue refuses, stay <see cref="CodedEvent"/>s. The table, with its roles,
    /// is in <c>docs/interop.md</c> ("Typed lifting"). On by default because the queries analysts ask most
    /// (<c>Contacts</c>, <c>SanctionsStance</c>) read typed events and find nothing in coded ones; turn it off to keep
    /// every record as the data set coded it.
    /// </summary>
    public bool LiftTypedEvents { get; init; } = true;

    /// <summary>
    /// Whether the sanctions rows of the typed lifting (<see cref="LiftTypedEvents"/>: CAMEO <c>163</c>, PLOVER
    /// <c>SANCTION</c> <c>discontinue</c>) apply. True by default; false keeps those records coded events while meetings
    /// still lift. Kept from before <see cref="LiftTypedEvents"/>, which turns every row off.
    /// </summary>
    public bool RecognizeSanctions { get; init; } = true;

    /// <summary>
    /// What <see cref="ChronicleImporter"/> does with a record whose event id is already held by a different event:
    /// false (the default) imports it under a new id (<c>id:dup2</c>) with a <see cref="ImportIssueKind.RenamedDuplicate"/>
    /// warning, so that nothing is lost; true rejects it as <see cref="ImportIssueKind.ConflictingDuplicate"/>. A record
    /// repeating an event exactly (up to its citations) is merged either way.
    /// </summary>
    public bool RejectConflictingDuplicates { get; init; }

    /// <summary>
    /// The data set release every imported citation records as having carried it (<see cref="Citation.Release"/>), for
    /// any reader; it wins over what a reader finds in the file's name or rows. Null (the default) lets the readers
    /// find it: POLECAT from the file or zip entry name (<c>ngecEvents.&lt;timestamp&gt;.Release&lt;N&gt;.DV.txt</c> is
    /// release N of the timestamp's day; <c>ngecEventsDV-&lt;year&gt;.txt(.zip)</c> is the yearly file, dated the last
    /// day of that year, the earliest it can have been complete), ICEWS from the file name
    /// (<c>events.&lt;year&gt;.&lt;timestamp&gt;.tab</c>, <c>&lt;yyyyMMdd&gt;-icews-events.tab</c>), GDELT 2.0 from each
    /// row's DATEADDED; the other readers record none. See <c>docs/interop.md</c>.
    /// </summary>
    public DataRelease? Release { get; init; }

    /// <summary>The default of <see cref="MaxRecordLength"/>: 8 Mi (8,388,608).</summary>
    public const int DefaultMaxRecordLength = 8 * 1024 * 1024;

    /// <summary>The longest row the tab-separated readers can hold, whatever <see cref="MaxRecordLength"/> says: 8 Mi characters (their parser, Sep, holds at most 16 Mi).</summary>
    internal const int MaxSeparatedRowLength = 8 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxDecompressedBytes"/>: 16 GiB.</summary>
    public const long DefaultMaxDecompressedBytes = 16L * 1024 * 1024 * 1024;

    private readonly int _maxRecordLength = DefaultMaxRecordLength;
    private readonly long _maxDecompressedBytes = DefaultMaxDecompressedBytes;

    /// <summary>
    /// The longest record the readers hold in memory (default 8 Mi): a row of a tab-separated file (ICEWS, GDELT), in
    /// characters (at most 8 Mi whatever is set), or a PLOVER JSON record, in bytes. Real records are well under a megabyte, so a longer one is a
    /// damaged or hostile file: the tab-separated readers throw an <see cref="InvalidDataException"/> naming its line,
    /// the PLOVER reader ends with a <see cref="ImportIssueKind.Malformed"/> rejection, rather than buffer without bound.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1,024 or more than 1 Gi.</exception>
    public int MaxRecordLength
    {
        get => _maxRecordLength;
        init => _maxRecordLength = value is >= 1024 and <= 1 << 30 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRecordLength), value, "The maximum record length must be 1,024 to 1 Gi.");
    }

    /// <summary>The limit the tab-separated readers apply: <see cref="MaxRecordLength"/>, at most 8 Mi.</summary>
    internal int SeparatedRowLimit => Math.Min(MaxRecordLength, MaxSeparatedRowLength);

    /// <summary>
    /// The most bytes a reader takes out of one compressed entry (a zip archive's file) before refusing it with an
    /// <see cref="InvalidDataException"/> (default 16 GiB, above any real yearly event file). Readers stream, so memory
    /// stays bounded either way; the limit bounds the time and work a small archive that expands without end (a zip
    /// bomb) can cost.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public long MaxDecompressedBytes
    {
        get => _maxDecompressedBytes;
        init => _maxDecompressedBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDecompressedBytes), value, "The maximum decompressed size must be at least 1 byte.");
    }
}
