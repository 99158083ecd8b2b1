namespace Diplomacy.Interop;

/// <summary>An event an export left out, and why.</summary>
/// <param name="Event">The event's id.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record SkippedEvent(EventId Event, string Reason);
