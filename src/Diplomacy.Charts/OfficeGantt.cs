using NodaTime;
using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>
/// Offices held over time as Gantt bars: one row per person and office, one bar per spell from appointment (or
/// reinstatement) to removal (or resignation).
/// </summary>
/// <remarks>
/// Built from <see cref="ChronicleQueries.RoleOf"/>, asked on the days around each office change, so the bars say what
/// the role query says. The lighter part of a bar is where a fuzzy date leaves it open whether the office was held
/// yet (or still); an arrow marks an office still held at the end of the record.
/// </remarks>
public sealed class OfficeGantt : Chart
{
    private OfficeGantt(Plot plot, int width, int height, IReadOnlyList<GanttRow> rows)
        : base(plot, width, height) => Rows = rows;

    /// <summary>The rows, top to bottom: persons in the order of their first office, each office in the order it began.</summary>
    public IReadOnlyList<GanttRow> Rows { get; }

    /// <summary>Charts the offices of <paramref name="persons"/>, or of everyone with an office change in the record.</summary>
    /// <param name="chronicle">The chronicle (or a view of it).</param>
    /// <param name="persons">Whose offices; null for every person with an office change (in the period, if one is set).</param>
    /// <param name="options">Size, title and period; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; one that says "no offices" when there are none.</returns>
    /// <example><c>OfficeGantt.Create(chronicle, ["aleksandar-vulin"]).SaveSvg("vulin.svg")</c>.</example>
    public static OfficeGantt Create(Chronicle chronicle, IEnumerable<ActorId>? persons = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        options ??= ChartOptions.Default;
        var changes = chronicle.Timeline(new TimelineFilter { Kinds = [EventKind.OfficeChange] }).Cast<OfficeChange>().ToArray();
        var who = persons?.Distinct().ToArray() ?? changes.Select(c => c.Person).Distinct().ToArray();
        var rows = new List<GanttRow>();
        foreach (var person in who)
        {
            var spells = new List<OfficeHeld>();
            foreach (var change in changes.Where(c => c.Person == person))
            {
                var day = change.Change.StartsTenure() ? change.When.Latest : ChartStyle.DayBefore(change.When.Earliest);
                spells.AddRange(chronicle.RoleOf(person, day).Where(o => !spells.Any(s => Same(s, o))));
            }

            var name = ChartStyle.Name(chronicle, person);
            rows.AddRange(spells
                .Where(s => options.Period is not { } p || Overlaps(s, p))
                .GroupBy(s => s.Office, StringComparer.Ordinal)
                .Select(g => new GanttRow(name, g.OrderBy(s => s.Since ?? default).Select(Bar).ToArray())));
        }

        var plot = ChartStyle.NewPlot(options.Title ?? "Offices held over time");
        GanttDrawing.Draw(plot, rows, _ => ChartStyle.Accent, options.Period, ChartStyle.RecordEnd(chronicle), "No offices in the record.");
        return new OfficeGantt(plot, options.Width, ChartStyle.HeightFor(options, rows.Count), rows);
    }

    private static bool Same(OfficeHeld a, OfficeHeld b) => a.Office == b.Office && a.Since == b.Since && a.Until == b.Until;

    private static bool Overlaps(OfficeHeld spell, DateInterval period) =>
        (spell.Since is not { } s || s.Earliest <= period.End) && (spell.Until is not { } u || u.Latest > period.Start);

    private static GanttBar Bar(OfficeHeld spell) =>
        new(spell.Office, spell.Since?.Earliest ?? ChartStyle.DayBefore(spell.Until!.Value.Earliest), ChartStyle.DayBefore(spell.Until?.Latest))
        {
            CertainFrom = spell.Since?.Latest,
            CertainUntil = ChartStyle.DayBefore(spell.Until?.Earliest),
            Evidence = spell.Evidence,
        };
}
