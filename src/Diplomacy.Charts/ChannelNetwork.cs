using System.Globalization;
using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>
/// Personal channels between two states' people as a network: one side's persons on the left, the other's on the
/// right, a line for each pair who met, as thick as their meetings are many, dashed red when some meeting took place
/// while one of them held no office.
/// </summary>
/// <remarks>Built from <see cref="ChronicleQueries.Contacts"/>; each line is labelled with its number of meetings.</remarks>
public sealed class ChannelNetwork : Chart
{
    private ChannelNetwork(Plot plot, int width, int height, IReadOnlyList<PersonalChannel> channels)
        : base(plot, width, height) => Channels = channels;

    /// <summary>The channels drawn, as <see cref="ChronicleQueries.Contacts"/> gives them; empty when none.</summary>
    public IReadOnlyList<PersonalChannel> Channels { get; }

    /// <summary>Charts the personal channels between the nationals of <paramref name="side"/> and of <paramref name="otherSide"/>.</summary>
    /// <param name="chronicle">The chronicle (or a view of it).</param>
    /// <param name="side">The state whose people are drawn on the left.</param>
    /// <param name="otherSide">The state whose people are drawn on the right.</param>
    /// <param name="options">Size, title and period; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; one that says "no channels" when there are none.</returns>
    /// <example><c>ChannelNetwork.Create(chronicle, "SRB", "RUS").SaveSvg("channels.svg")</c>.</example>
    public static ChannelNetwork Create(Chronicle chronicle, ActorId side, ActorId otherSide, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        options ??= ChartOptions.Default;
        var channels = chronicle.Contacts(side, otherSide, options.Period);
        var plot = ChartStyle.NewPlot(options.Title ?? $"Personal channels: {ChartStyle.Name(chronicle, side)} – {ChartStyle.Name(chronicle, otherSide)}");
        var left = channels.Select(c => c.Person).Distinct().ToArray();
        var right = channels.Select(c => c.Counterpart).Distinct().ToArray();
        var height = ChartStyle.HeightFor(options, Math.Max(left.Length, right.Length), perRow: 48, chrome: 180);
        if (channels.Count == 0)
        {
            ChartStyle.Empty(plot, "No meetings between these two states' people in the record.");
        }
        else
        {
            Draw(plot, chronicle, channels, left, right);
            ChartStyle.Label(plot, ChartStyle.Name(chronicle, side), 0, 1.04, Alignment.LowerCenter, 14, ChartStyle.Muted).LabelBold = true;
            ChartStyle.Label(plot, ChartStyle.Name(chronicle, otherSide), 1, 1.04, Alignment.LowerCenter, 14, ChartStyle.Muted).LabelBold = true;
        }

        return new ChannelNetwork(plot, options.Width, height, channels);
    }

    private static void Draw(Plot plot, Chronicle chronicle, IReadOnlyList<PersonalChannel> channels, ActorId[] left, ActorId[] right)
    {
        static double Y(int i, int n) => n == 1 ? 0.5 : 1 - ((double)i / (n - 1));
        var most = channels.Max(c => c.Count);
        foreach (var channel in channels)
        {
            var (y0, y1) = (Y(Array.IndexOf(left, channel.Person), left.Length), Y(Array.IndexOf(right, channel.Counterpart), right.Length));
            var line = plot.Add.Line(0, y0, 1, y1);
            line.LineWidth = 1.5f + (6f * channel.Count / most);
            var withoutOffice = channel.WithoutOffice > 0;
            line.LineColor = (withoutOffice ? ChartStyle.Warning : ChartStyle.Accent).WithAlpha(0.75);
            line.LinePattern = withoutOffice ? LinePattern.Dashed : LinePattern.Solid;
            line.MarkerSize = 0;
            var count = channel.WithoutOffice > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{channel.Count} ({channel.WithoutOffice} without office)")
                : channel.Count.ToString(CultureInfo.InvariantCulture);
            var label = ChartStyle.Label(plot, count, 0.7, y0 + ((y1 - y0) * 0.7), Alignment.MiddleCenter, 11);
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        for (var i = 0; i < left.Length; i++)
        {
            Node(plot, ChartStyle.Name(chronicle, left[i]), 0, Y(i, left.Length), Alignment.MiddleRight, -0.03);
        }

        for (var i = 0; i < right.Length; i++)
        {
            Node(plot, ChartStyle.Name(chronicle, right[i]), 1, Y(i, right.Length), Alignment.MiddleLeft, 0.03);
        }

        plot.HideAxesAndGrid();
        plot.Axes.SetLimits(-0.75, 1.75, -0.2, 1.15);
        ChartStyle.Label(plot, "line width: number of meetings; dashed red: some meeting while one of the two held no office", 0.5, -0.15, Alignment.MiddleCenter, 10, ChartStyle.Muted);
    }

    private static void Node(Plot plot, string name, double x, double y, Alignment alignment, double offset)
    {
        var marker = plot.Add.Marker(x, y, MarkerShape.FilledCircle, 12, ChartStyle.Ink);
        marker.LegendText = string.Empty;
        ChartStyle.Label(plot, name, x + offset, y, alignment, 13);
    }
}
