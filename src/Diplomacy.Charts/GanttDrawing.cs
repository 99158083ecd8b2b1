using NodaTime;
using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>Draws Gantt rows (one place for both <see cref="SanctionsGantt"/> and <see cref="OfficeGantt"/>).</summary>
internal static class GanttDrawing
{
    /// <summary>Draws the rows top to bottom on a date axis; bars whose label has no colour get <see cref="ChartStyle.Accent"/>.</summary>
    public static void Draw(Plot plot, IReadOnlyList<GanttRow> rows, Func<GanttBar, Color> colorOf, DateInterval? period, LocalDate recordEnd, string emptyMessage)
    {
        if (rows.Count == 0 || rows.All(r => r.Bars.Count == 0))
        {
            ChartStyle.Empty(plot, emptyMessage);
            return;
        }

        var bars = rows.SelectMany(r => r.Bars).ToArray();
        var first = period?.Start ?? bars.Min(b => b.From);
        var last = period?.End ?? Max(recordEnd, bars.Max(b => b.Until ?? b.CertainUntil ?? b.CertainFrom ?? b.From));
        var openEnd = last.PlusDays(1);
        var left = ChartStyle.X(first);
        var right = ChartStyle.X(openEnd);
        var span = right - left;
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - i;
            foreach (var bar in rows[i].Bars)
            {
                var color = colorOf(bar);
                var from = Math.Max(ChartStyle.X(bar.From), left);
                var until = Math.Min(bar.Until is { } u ? ChartStyle.X(u.PlusDays(1)) : right, right);
                if (until <= from)
                {
                    continue;
                }

                var certainFrom = Math.Clamp(bar.CertainFrom is { } cf ? ChartStyle.X(cf) : from, from, until);
                var certainUntil = Math.Clamp(bar.CertainUntil is { } cu ? ChartStyle.X(cu.PlusDays(1)) : until, certainFrom, until);
                Box(plot, from, certainFrom, y, color.WithAlpha(0.35));
                Box(plot, certainFrom, certainUntil, y, color);
                Box(plot, certainUntil, until, y, color.WithAlpha(0.35));
                if (bar.Until is null)
                {
                    ChartStyle.Label(plot, "→", until, y, Alignment.MiddleLeft, 12, color);
                }

                // Labels of bars near the right edge end at the bar's end, so they are not cut off.
                var nearEnd = from > left + (span * 0.7);
                ChartStyle.Label(plot, ChartStyle.Clean(bar.Label, 48), nearEnd ? until : from + (span * 0.004), y + 0.3, nearEnd ? Alignment.LowerRight : Alignment.LowerLeft, 11);
            }
        }

        var ticks = rows.Select((r, i) => new Tick(rows.Count - i, ChartStyle.Clean(r.Label, 40), isMajor: true)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        ChartStyle.DateAxis(plot);
        plot.Axes.SetLimitsX(left - (span * 0.01), right + (span * 0.03));
        plot.Axes.SetLimitsY(0.3, rows.Count + 0.8);
        plot.Grid.YAxisStyle.IsVisible = false;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static void Box(Plot plot, double from, double to, double y, Color color)
    {
        if (to <= from)
        {
            return;
        }

        var box = plot.Add.Rectangle(from, to, y - 0.22, y + 0.22);
        box.FillColor = color;
        box.LineWidth = 0;
    }
}
