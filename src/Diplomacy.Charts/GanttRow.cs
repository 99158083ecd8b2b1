namespace Diplomacy.Charts;

/// <summary>One row of a Gantt chart: a label (a pair of actors, a person's office) and its bars in time order.</summary>
/// <param name="Label">The row's label, drawn left of the bars.</param>
/// <param name="Bars">The bars, in time order; never null.</param>
public sealed record GanttRow(string Label, IReadOnlyList<GanttBar> Bars);
