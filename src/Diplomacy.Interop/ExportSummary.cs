namespace Diplomacy.Interop;

/// <summary>What an export wrote, and which events it left out.</summary>
/// <param name="RecordsWritten">PLOVER records, dyad-year rows, or GraphML edges written.</param>
/// <param name="Skipped">Events the format cannot hold, each with the reason; never null.</param>
public sealed record ExportSummary(int RecordsWritten, IReadOnlyList<SkippedEvent> Skipped)
{
    /// <summary>E.g. <c>3177 records written, 528 events skipped</c>.</summary>
    public override string ToString() => $"{RecordsWritten} records written, {Skipped.Count} events skipped";
}
