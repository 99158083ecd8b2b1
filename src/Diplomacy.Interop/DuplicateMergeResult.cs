namespace Diplomacy.Interop;

/// <summary>The chronicle after a duplicate merge, and what was merged.</summary>
/// <param name="Chronicle">The chronicle with duplicates folded (the input itself when nothing was).</param>
/// <param name="Merges">Each event that absorbed duplicates; empty when nothing was merged.</param>
public sealed record DuplicateMergeResult(Chronicle Chronicle, IReadOnlyList<MergedEvents> Merges);
