using System.Globalization;
using NodaTime;
using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>
/// The field's classic cooperation-conflict chart of a dyad: the two actors' events per month as bars stacked by quad
/// class (cooperation above zero, conflict below), with the mean Goldstein score as a line on a second axis.
/// </summary>
/// <remarks>
/// <para><b>Which events.</b> Those <see cref="ChronicleQueries.Timeline"/> gives for the pair with
/// <see cref="TimelineFilter.ActsBetween"/> and <see cref="TimelineFilter.IncludeAffiliated"/>: events in which one side
/// acts toward the other, in either direction, where a side is the actor or whoever counts for it (a state's
/// officials while in office, its official bodies, its nationals), within <see cref="ChartOptions.Period"/> when set.
/// So a summit of the two leaders counts, and a third party's report about the pair does not. Pass a view
/// (<see cref="Chronicle.AsKnownAt(NodaTime.LocalDate)"/>) to chart what was known on a day.</para>
/// <para><b>Fuzzy dates.</b> An event dated "2023" may have happened in any of its days; it counts as an equal share
/// of one event on each possible day, so a month gets the expected number of events given what the record says
/// (an event known to the day counts 1 in its month). Open ends are cut at the chart's first or last day. The counts
/// over all months add up to the number of events charted.</para>
/// </remarks>
public sealed class DyadChart : Chart
{
    private DyadChart(Plot plot, int width, int height, ActorId actor, ActorId counterpart, IReadOnlyList<DyadMonth> months, int eventCount)
        : base(plot, width, height)
    {
        Actor = actor;
        Counterpart = counterpart;
        Months = months;
        EventCount = eventCount;
    }

    /// <summary>The first actor of the pair.</summary>
    public ActorId Actor { get; }

    /// <summary>The second actor of the pair.</summary>
    public ActorId Counterpart { get; }

    /// <summary>Every month from the first to the last one charted, in order (months without events included); empty when the pair has no events.</summary>
    public IReadOnlyList<DyadMonth> Months { get; }

    /// <summary>How many events were charted.</summary>
    public int EventCount { get; }

    /// <summary>Charts the events between <paramref name="actor"/> and <paramref name="counterpart"/>.</summary>
    /// <param name="chronicle">The chronicle (or a view of it) to chart.</param>
    /// <param name="actor">One side of the pair.</param>
    /// <param name="counterpart">The other side.</param>
    /// <param name="options">Size, title and period; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; a chart that says "no events" when the pair has none.</returns>
    /// <exception cref="ArgumentException">An actor is <c>default(ActorId)</c>, or both are the same.</exception>
    /// <example><c>DyadChart.Create(chronicle, "RUS", "SRB").SaveSvg("rus-srb.svg")</c>.</example>
    public static DyadChart Create(Chronicle chronicle, ActorId actor, ActorId counterpart, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        options ??= ChartOptions.Default;
        if (actor == counterpart)
        {
            throw new ArgumentException($"A dyad needs two different actors; both are '{actor}'.", nameof(counterpart));
        }

        var events = chronicle.Timeline(new TimelineFilter { Actor = actor, Counterpart = counterpart, Period = options.Period, ActsBetween = true, IncludeAffiliated = true });
        var months = Tally(events, options.Period);
        var title = options.Title ?? $"{ChartStyle.Name(chronicle, actor)} – {ChartStyle.Name(chronicle, counterpart)}: events per month";
        var plot = ChartStyle.NewPlot(title);
        var height = options.Height ?? 520;
        if (months.Count == 0)
        {
            ChartStyle.Empty(plot, "No events between these two in the record.");
        }
        else
        {
            Draw(plot, months);
        }

        return new DyadChart(plot, options.Width, height, actor, counterpart, months, events.Count);
    }

    /// <summary>The expected events per month (see the remarks on fuzzy dates), from the first to the last month.</summary>
    internal static IReadOnlyList<DyadMonth> Tally(IReadOnlyList<DiplomaticEvent> events, DateInterval? period)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var (first, last) = Range(events, period);
        var firstMonth = first.ToYearMonth();
        var monthCount = MonthIndex(firstMonth, last.ToYearMonth()) + 1;
        var counts = new double[monthCount, 4];
        var scoreSums = new double[monthCount];
        var scoreWeights = new double[monthCount];
        foreach (var e in events)
        {
            var from = e.When.Earliest < first ? first : e.When.Earliest;
            var to = e.When.Latest > last ? last : e.When.Latest;
            if (from > to)
            {
                continue;
            }

            var days = Period.DaysBetween(from, to) + 1.0;
            var quad = (int)e.Coding.QuadClass - 1;
            var goldstein = e.Coding.Goldstein;
            for (var start = from; start <= to;)
            {
                var month = start.ToYearMonth();
                var end = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
                if (end > to)
                {
                    end = to;
                }

                var share = (Period.DaysBetween(start, end) + 1) / days;
                var index = MonthIndex(firstMonth, month);
                counts[index, quad] += share;
                if (goldstein is { } g)
                {
                    scoreSums[index] += share * g;
                    scoreWeights[index] += share;
                }

                start = end.PlusDays(1);
            }
        }

        var result = new DyadMonth[monthCount];
        for (var i = 0; i < monthCount; i++)
        {
            result[i] = new DyadMonth(
                firstMonth.PlusMonths(i),
                counts[i, 0],
                counts[i, 1],
                counts[i, 2],
                counts[i, 3],
                scoreWeights[i] > 0 ? scoreSums[i] / scoreWeights[i] : null);
        }

        return result;
    }

    /// <summary>The chart's first and last day: the period's, else from the events' closed ends.</summary>
    private static (LocalDate First, LocalDate Last) Range(IReadOnlyList<DiplomaticEvent> events, DateInterval? period)
    {
        if (period is not null)
        {
            return (period.Start, period.End);
        }

        var closedStarts = events.Where(e => !e.When.HasOpenStart).Select(e => e.When.Earliest).ToArray();
        var closedEnds = events.Where(e => !e.When.HasOpenEnd).Select(e => e.When.Latest).ToArray();
        var first = closedStarts.Length > 0 ? closedStarts.Min() : events.Min(e => e.When.Latest);
        var last = closedEnds.Length > 0 ? closedEnds.Max() : events.Max(e => e.When.Earliest);
        return first <= last ? (first, last) : (last, first);
    }

    private static int MonthIndex(YearMonth first, YearMonth month) => ((month.Year - first.Year) * 12) + month.Month - first.Month;

    private static void Draw(Plot plot, IReadOnlyList<DyadMonth> months)
    {
        var classes = new (string Name, Color Color, Func<DyadMonth, double> Count, bool Conflict)[]
        {
            ("Verbal cooperation", ChartStyle.VerbalCooperation, m => m.VerbalCooperation, false),
            ("Material cooperation", ChartStyle.MaterialCooperation, m => m.MaterialCooperation, false),
            ("Verbal conflict", ChartStyle.VerbalConflict, m => m.VerbalConflict, true),
            ("Material conflict", ChartStyle.MaterialConflict, m => m.MaterialConflict, true),
        };
        var up = new double[months.Count];
        var down = new double[months.Count];
        foreach (var (name, color, count, conflict) in classes)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < months.Count; i++)
            {
                var value = count(months[i]);
                if (value <= 0)
                {
                    continue;
                }

                var (start, size) = Span(months[i].Month);
                ref var stack = ref conflict ? ref down[i] : ref up[i];
                var baseValue = stack;
                stack += conflict ? -value : value;
                bars.Add(new Bar
                {
                    Position = start + (size / 2),
                    Size = size * 0.8,
                    ValueBase = baseValue,
                    Value = stack,
                    FillColor = color,
                    LineWidth = 0,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = name;
            plottable.Color = color;
        }

        // The score line breaks where a month has no scored event, rather than bridging the gap.
        var run = new List<(double X, double Y)>();
        var legend = true;
        for (var i = 0; i <= months.Count; i++)
        {
            if (i < months.Count && months[i].MeanGoldstein is { } score)
            {
                var (start, size) = Span(months[i].Month);
                run.Add((start + (size / 2), score));
                continue;
            }

            if (run.Count > 0)
            {
                var line = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray(), ChartStyle.Score);
                line.LegendText = legend ? "Mean Goldstein score (right axis)" : string.Empty;
                line.LineWidth = 2;
                line.MarkerSize = 7;
                line.Axes.YAxis = plot.Axes.Right;
                legend = false;
                run.Clear();
            }
        }

        ChartStyle.DateAxis(plot);
        var extent = Math.Max(Math.Max(up.Max(), -down.Min()), 1) * 1.15;
        plot.Axes.SetLimitsY(-extent, extent, plot.Axes.Left);
        plot.Axes.SetLimitsY(-10.5, 10.5, plot.Axes.Right);
        var (first, _) = Span(months[0].Month);
        var (lastStart, lastSize) = Span(months[^1].Month);
        var pad = Math.Max((lastStart + lastSize - first) * 0.02, 10);
        plot.Axes.SetLimitsX(first - pad, lastStart + lastSize + pad);
        plot.Axes.Left.Label.Text = "Events per month (conflict below zero)";
        plot.Axes.Right.Label.Text = "Mean Goldstein score (−10 … +10)";
        plot.Axes.Bottom.Label.Text = "Month";
        plot.Add.HorizontalLine(0, 1, ChartStyle.Ink);
        plot.ShowLegend(Alignment.UpperLeft);
        if (months.Any(m => m.Total % 1 != 0))
        {
            plot.Axes.Bottom.Label.Text = "Month (events dated less precisely are shared among their possible months)";
        }
    }

    private static (double Start, double Size) Span(YearMonth month)
    {
        var start = ChartStyle.X(month.OnDayOfMonth(1));
        var end = ChartStyle.X(month.PlusMonths(1).OnDayOfMonth(1));
        return (start, end - start);
    }

    /// <summary>A short description, e.g. <c>DyadChart RUS–SRB: 12 events over 30 months</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"DyadChart {Actor}–{Counterpart}: {EventCount} events over {Months.Count} months");
}
