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
