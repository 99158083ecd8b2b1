namespace Diplomacy.Charts;

/// <summary>One answered question on the explorer page: a table whose rows each name their evidence events.</summary>
internal sealed record ReportSection(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows);

/// <summary>A row of a <see cref="ReportSection"/> and the events behind it.</summary>
internal sealed record ReportRow(IReadOnlyList<string> Cells, IReadOnlyList<DiplomaticEvent> Evidence);
