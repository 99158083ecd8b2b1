using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>
/// Sanctions spells as Gantt bars: one row per imposer and target, one bar per run of a posture (imposing, refusing,
/// delaying), from the step that began it to the step that changed it. A step of a state's government body or agency
/// is in the state's row, as <see cref="ChronicleQueries.SanctionsSpells(Chronicle)"/> files it.
/// </summary>
/// <remarks>
/// Built from <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate)"/>, asked on the last possible day of each step, so the bars
/// say exactly what the stance query says. The lighter part of a bar is where the fuzzy date of a step leaves it open
/// whether the posture held yet (or still). A lift that leaves no measure ends the bar; an arrow marks a posture still
/// held at the end of the record.
/// </remarks>
public sealed class SanctionsGantt : Chart
{
    private SanctionsGantt(Plot plot, int width, int height, IReadOnlyList<GanttRow> rows)
        : base(plot, width, height) => Rows = rows;

    /// <summary>The rows, top to bottom (pairs in the order of their first step); empty when there is no sanctions step.</summary>
    public IReadOnlyList<GanttRow> Rows { get; }

    /// <summary>Charts every sanctions stance in the record, or those involving <paramref name="actor"/> as imposer or target.</summary>
    /// <param name="chronicle">The chronicle (or a view of it).</param>
    /// <param name="actor">Only pairs with this imposer or target; null for all.</param>
    /// <param name="options">Size, title and period; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; one that says "no sanctions steps" when there are none.</returns>
    /// <example><c>SanctionsGantt.Create(chronicle).SavePng("sanctions.png")</c>.</example>
    public static SanctionsGantt Create(Chronicle chronicle, ActorId? actor = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        options ??= ChartOptions.Default;
        var imposerOf = SanctionsImposers.Of(chronicle);
        var steps = chronicle.Timeline(new TimelineFilter { Kinds = [EventKind.SanctionsAction], Period = options.Period })
            .Cast<SanctionsAction>()
            .Where(s => actor is not { } a || s.Imposer == a || s.Target == a || imposerOf(s) == a);
        var rows = steps
            .GroupBy(s => (Imposer: imposerOf(s), s.Target))
            .Select(g => new GanttRow($"{ChartStyle.Name(chronicle, g.Key.Imposer)} → {ChartStyle.Name(chronicle, g.Key.Target)}", Bars(chronicle, g.Key.Imposer, g.Key.Target, g.ToArray())))
            .Where(r => r.Bars.Count > 0)
            .ToArray();
        var plot = ChartStyle.NewPlot(options.Title ?? "Sanctions stances over time");
        GanttDrawing.Draw(plot, rows, ColorOf, options.Period, ChartStyle.RecordEnd(chronicle), "No sanctions steps in the record.");
        return new SanctionsGantt(plot, options.Width, ChartStyle.HeightFor(options, rows.Length), rows);
    }

    private static List<GanttBar> Bars(Chronicle chronicle, ActorId imposer, ActorId target, IReadOnlyList<SanctionsAction> steps)
    {
        // The stance after each step; a new run starts where the posture or its start changes.
        var runs = new List<SanctionsStance>();
        foreach (var step in steps)
        {
            var stance = chronicle.SanctionsStance(imposer, target, step.When.Latest);
            if (runs.Count == 0 || runs[^1].Posture != stance.Posture || runs[^1].Since != stance.Since)
            {
                runs.Add(stance);
            }
        }

        var bars = new List<GanttBar>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Posture is SanctionsPosture.None or SanctionsPosture.Lifted || run.Since is not { } since)
            {
                continue;
            }

            var next = runs.Skip(i + 1).FirstOrDefault(r => r.Since is not null && r.Since != since)?.Since;
            var label = run.Measures.Count == 0 ? run.Posture.ToString() : $"{run.Posture}: {string.Join(", ", run.Measures)}";
            bars.Add(new GanttBar(label, since.Earliest, ChartStyle.DayBefore(next?.Latest))
            {
                CertainFrom = since.Latest,
                CertainUntil = ChartStyle.DayBefore(next?.Earliest),
                Evidence = run.Evidence,
            });
        }

        return bars;
    }

    private static Color ColorOf(GanttBar bar) => bar.Label.Split(':')[0] switch
    {
        nameof(SanctionsPosture.Imposing) => ChartStyle.Warning,
        nameof(SanctionsPosture.Refusing) => Color.FromHex("#e67e22"),
        nameof(SanctionsPosture.Delaying) => Color.FromHex("#d4ac0d"),
        _ => ChartStyle.Muted,
    };
}
