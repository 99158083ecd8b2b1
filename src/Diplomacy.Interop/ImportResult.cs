namespace Diplomacy.Interop;

/// <summary>A chronicle made by an import, and the summary of what the import did.</summary>
/// <param name="Chronicle">The chronicle: the basis chronicle's actors and events, if any, and the imported ones.</param>
/// <param name="Summary">What was read, imported, merged and rejected.</param>
public sealed record ImportResult(Chronicle Chronicle, ImportSummary Summary);
