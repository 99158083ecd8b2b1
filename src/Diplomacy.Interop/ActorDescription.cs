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
