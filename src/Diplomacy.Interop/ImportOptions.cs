namespace Diplomacy.Interop;

/// <summary>How an actor appears in a record of an event file, as the importers pass it to <see cref="ImportOptions.ResolveActor"/>.</summary>
/// <param name="Format">The file's format.</param>
/// <param name="Name">
/// The name the record gives: an ICEWS Source or Target Name (<c>Vladimir Putin</c>, <c>Foreign Affairs (Bangladesh)</c>),
/// a GDELT Actor1Name or Actor2Name (<c>RUSSIA</c>), a PLOVER <c>entity_text</c> (or <c>actor_text</c>), a POLECAT Actor Name; empty when the record gives none.
/// </param>
/// <param name="Code">The actor code: a GDELT Actor1Code (<c>RUSGOV</c>) or PLOVER <c>code</c> (<c>RUS</c>, <c>IGO</c>); null for ICEWS.</param>
/// <param name="Country">The country the record gives for the actor (ICEWS Source Country, GDELT Actor1CountryCode), or null.</param>
/// <param name="Sectors">The sectors or types the record gives (ICEWS sectors, GDELT type codes, the PLOVER sector); never null.</param>
public sealed record ActorDescription(EventDataFormat Format, string Name, string? Code, string? Country, IReadOnlyList<string> Sectors)
{
    /// <summary>The actor's title or job as the record gives it (a POLECAT Actor Title, <c>President of Russia</c>), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The actor's Wikipedia id as the record gives it (a POLECAT Wikipedia Actor ID), or null.</summary>
    public string? WikipediaId { get; init; }
}

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
    /// Whether a record coded CAMEO <c>163</c> (impose embargo, boycott or sanctions) by a state or an intergovernmental
    /// body against another actor becomes a <see cref="SanctionsAction"/> (<see cref="SanctionsActionKind.Impose"/>)
    /// rather than a <see cref="CodedEvent"/>. True by default.
    /// </summary>
    public bool RecognizeSanctions { get; init; } = true;

    /// <summary>
    /// What <see cref="ChronicleImporter"/> does with a record whose event id is already held by a different event:
    /// false (the default) imports it under a new id (<c>id:dup2</c>) with a <see cref="ImportIssueKind.RenamedDuplicate"/>
    /// warning, so that nothing is lost; true rejects it as <see cref="ImportIssueKind.ConflictingDuplicate"/>. A record
    /// repeating an event exactly (up to its citations) is merged either way.
    /// </summary>
    public bool RejectConflictingDuplicates { get; init; }
}
