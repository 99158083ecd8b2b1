namespace Diplomacy.Interop;

/// <summary>A citation that a record adds to an event imported from another record (a GDELT mention of an event).</summary>
/// <param name="Event">The event the citation is for.</param>
/// <param name="Citation">The citation.</param>
public sealed record AddedCitation(EventId Event, Citation Citation);
