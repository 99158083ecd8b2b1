using System.Text;
using NodaTime;
using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>The look shared by every chart: font, colours, how dates and names become coordinates and labels.</summary>
internal static class ChartStyle
{
    public const string FontName = "DejaVu Sans";

    public static readonly Color VerbalCooperation = Color.FromHex("#7fb3d5");
    public static readonly Color MaterialCooperation = Color.FromHex("#1f618d");
    public static readonly Color VerbalConflict = Color.FromHex("#f0b27a");
    public static readonly Color MaterialConflict = Color.FromHex("#b03a2e");
    public static readonly Color Score = Color.FromHex("#1e8449");
    public static readonly Color Muted = Color.FromHex("#7f8c8d");
    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Accent = Color.FromHex("#2e86c1");
    public static readonly Color Warning = Color.FromHex("#c0392b");

    /// <summary>A figure with the common font, a title and no legend yet.</summary>
    /// <summary>The day before <paramref name="day"/>; the first day of the calendar (an open start) has none, and stays.</summary>
    public static LocalDate DayBefore(LocalDate day) => day == LocalDate.MinIsoValue ? day : day.PlusDays(-1);

    /// <summary>The day before <paramref name="day"/> when there is one (see <see cref="DayBefore(LocalDate)"/>).</summary>
    public static LocalDate? DayBefore(LocalDate? day) => day is { } d ? DayBefore(d) : null;

    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(Clean(title), size: 16);
        return plot;
    }

    /// <summary>The first day an OLE automation date can hold.</summary>
    private static readonly LocalDate FirstDrawable = new(100, 1, 1);

    /// <summary>
    /// A day as an x coordinate (OLE automation date, what ScottPlot's date axis reads). Days before 1 January 100,
    /// which that format cannot hold (an open start among them), are drawn on that day.
    /// </summary>
    public static double X(LocalDate day) => (day < FirstDrawable ? FirstDrawable : day).ToDateTimeUnspecified().ToOADate();

    /// <summary>Makes the bottom axis a date axis with ISO labels (2024, 2024-07 or 2024-07-08, as fine as the ticks).</summary>
    public static void DateAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d switch
            {
                { Day: not 1 } => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                { Month: not 1 } => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                _ => d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>
    /// The last day the record speaks of: a view's cut-off day, else the latest closed end of any event. Open bars
    /// are drawn up to it.
    /// </summary>
    public static LocalDate RecordEnd(Chronicle chronicle)
    {
        if ((chronicle.AsOfDate ?? chronicle.KnownAtDate) is { } cut)
        {
            return cut;
        }

        var last = LocalDate.MinIsoValue;
        foreach (var e in chronicle.Events)
        {
            var day = e.When.HasOpenEnd ? e.When.Earliest : e.When.Latest;
            if (day > last)
            {
                last = day;
            }
        }

        return last;
    }

    /// <summary>The actor's name, or its id when the chronicle does not hold it, made safe to draw.</summary>
    public static string Name(Chronicle chronicle, ActorId id) =>
        Clean(chronicle.TryGetActor(id, out var actor) ? actor.Name : id.Value);

    /// <summary>
    /// Text from data made safe to draw: control characters (which SVG cannot hold) become spaces, and very long
    /// text is cut with an ellipsis. Markup characters need nothing here: the SVG writer escapes them.
    /// </summary>
    public static string Clean(string text, int max = 80)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max + 1));
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            if (builder.Length >= max)
            {
                builder.Length = max - 1;
                builder.Append('…');
                break;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The height for a chart of <paramref name="rows"/> rows unless the options give one.</summary>
    public static int HeightFor(ChartOptions options, int rows, int perRow = 34, int chrome = 140) =>
        options.Height ?? Math.Clamp(chrome + (perRow * Math.Max(rows, 1)), 200, 10_000);

    /// <summary>Says in the middle of the figure that there is nothing to draw.</summary>
    public static void Empty(Plot plot, string message)
    {
        plot.HideAxesAndGrid();
        var text = plot.Add.Text(Clean(message), 0, 0);
        text.Alignment = Alignment.MiddleCenter;
        text.LabelFontSize = 14;
        text.LabelFontColor = Muted;
        plot.Axes.SetLimits(-1, 1, -1, 1);
    }

    /// <summary>Adds a text label at data coordinates.</summary>
    public static ScottPlot.Plottables.Text Label(Plot plot, string text, double x, double y, Alignment alignment, float size = 12, Color? color = null)
    {
        var label = plot.Add.Text(text, x, y);
        label.Alignment = alignment;
        label.LabelFontSize = size;
        label.LabelFontName = FontName;
        label.LabelFontColor = color ?? Ink;
        return label;
    }
}
