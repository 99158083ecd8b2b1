namespace Diplomacy.Interop;

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
