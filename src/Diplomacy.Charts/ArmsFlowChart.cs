using ScottPlot;

namespace Diplomacy.Charts;

/// <summary>
/// Arms routes as a flow (a Sankey-like layered chart): the origin's suppliers on the left, the end user on the right,
/// intermediaries in between, one band per route, with what went along each route in the legend.
/// </summary>
/// <remarks>
/// Built from <see cref="ChronicleQueries.ArmsFlows"/>. When every route has a value in one currency, band widths are
/// proportional to it; otherwise (values missing, or in different currencies, which are never added) every band has
/// the same width and <see cref="Currency"/> is null. Quantities of different weapon categories are not comparable,
/// so they are written, not drawn.
/// </remarks>
public sealed class ArmsFlowChart : Chart
{
    private static readonly Color[] Palette =
        [.. new[] { "#2e86c1", "#cb4335", "#28b463", "#b7950b", "#7d3c98", "#d35400", "#17a589", "#566573" }.Select(Color.FromHex)];

    private ArmsFlowChart(Plot plot, int width, int height, IReadOnlyList<ArmsRoute> routes, string? currency)
        : base(plot, width, height)
    {
        Routes = routes;
        Currency = currency;
    }

    /// <summary>The routes drawn, as <see cref="ChronicleQueries.ArmsFlows"/> gives them; empty when none reached the end user.</summary>
    public IReadOnlyList<ArmsRoute> Routes { get; }

    /// <summary>The currency band widths are proportional to; null when every band has the same width.</summary>
    public string? Currency { get; }

    /// <summary>Charts the routes by which arms from <paramref name="origin"/> reached <paramref name="endUser"/>.</summary>
    /// <param name="chronicle">The chronicle (or a view of it).</param>
    /// <param name="origin">Where the arms came from (the state or one of its organisations).</param>
    /// <param name="endUser">Who ended up with them.</param>
    /// <param name="options">Size, title and period (which selects routes by their first transfer); null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart; one that says "no routes" when there are none.</returns>
    /// <example><c>ArmsFlowChart.Create(chronicle, "SRB", "UKR").SavePng("routes.png")</c>.</example>
    public static ArmsFlowChart Create(Chronicle chronicle, ActorId origin, ActorId endUser, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        options ??= ChartOptions.Default;
        var routes = chronicle.ArmsFlows(origin, endUser, options.Period);
        var plot = ChartStyle.NewPlot(options.Title ?? $"Arms from {ChartStyle.Name(chronicle, origin)} to {ChartStyle.Name(chronicle, endUser)}: routes");
        var currency = SharedCurrency(routes);
        var height = options.Height ?? Math.Clamp(420 + (28 * routes.Count), 300, 10_000);
        if (routes.Count == 0)
        {
            ChartStyle.Empty(plot, "No arms route between these two in the record.");
        }
        else
        {
            Draw(plot, chronicle, routes, currency, options.Width);
        }

        return new ArmsFlowChart(plot, options.Width, height, routes, currency);
    }

    private static string? SharedCurrency(IReadOnlyList<ArmsRoute> routes) =>
        routes.Count == 0
            ? null
            : routes[0].Values.Select(v => v.Currency).FirstOrDefault(c => routes.All(r => r.Values.Any(v => v.Currency == c && v.Amount > 0)));

    private static void Draw(Plot plot, Chronicle chronicle, IReadOnlyList<ArmsRoute> routes, string? currency, int width)
    {
        const double Top = 100, Gap = 6, NodeWidth = NodeWidthOf;
        var columns = routes.Max(r => r.Actors.Count);
        int ColumnOf(ArmsRoute route, int i) => i == route.Actors.Count - 1 ? columns - 1 : i;

        var weights = routes.Select(r => currency is null ? 1.0 : (double)r.Values.First(v => v.Currency == currency).Amount).ToArray();
        var nodes = new List<(ActorId Actor, int Column)>();
        foreach (var route in routes)
        {
            for (var i = 0; i < route.Actors.Count; i++)
            {
                if (!nodes.Contains((route.Actors[i], ColumnOf(route, i))))
                {
                    nodes.Add((route.Actors[i], ColumnOf(route, i)));
                }
            }
        }

        // Band thickness: the routes share 70% of the height of the busiest column, each at least a visible sliver.
        var busiest = Enumerable.Range(0, columns).Max(c => nodes.Count(n => n.Column == c));
        var usable = Top - (Gap * (busiest - 1));
        var total = weights.Sum();
        var thickness = weights.Select(w => Math.Max(usable * 0.7 * w / total, 2.5)).ToArray();
        // A node is as tall as the bands through it.
        var heights = nodes.ToDictionary(
            n => n,
            n => routes.Select((r, k) => Enumerable.Range(0, r.Actors.Count).Any(i => (r.Actors[i], ColumnOf(r, i)) == n) ? thickness[k] : 0).Sum());

        var tops = new Dictionary<(ActorId, int), double>();
        for (var c = 0; c < columns; c++)
        {
            var inColumn = nodes.Where(n => n.Column == c).ToArray();
            var used = inColumn.Sum(n => heights[n]) + (Gap * (inColumn.Length - 1));
            var y = Top - ((Top - used) / 2);
            foreach (var node in inColumn)
            {
                tops[node] = y;
                y -= heights[node] + Gap;
            }
        }

        var cursor = tops.ToDictionary(t => t.Key, t => t.Value);
        for (var k = 0; k < routes.Count; k++)
        {
            var route = routes[k];
            var color = Palette[k % Palette.Length];
            var slots = new List<(double X, double Top)>();
            for (var i = 0; i < route.Actors.Count; i++)
            {
                var node = (route.Actors[i], ColumnOf(route, i));
                slots.Add((ColumnOf(route, i), cursor[node]));
                cursor[node] -= thickness[k];
            }

            for (var i = 0; i + 1 < slots.Count; i++)
            {
                var band = plot.Add.Polygon(Band(slots[i].X + NodeWidth, slots[i].Top, slots[i + 1].X, slots[i + 1].Top, thickness[k]));
                band.FillColor = color.WithAlpha(0.55);
                band.LineWidth = 0;
                if (i == 0)
                {
                    var path = string.Join(" → ", route.Actors.Select(a => ChartStyle.Name(chronicle, a)));
                    band.LegendText = ChartStyle.Clean($"{path}: {ChartText.Describe(route)}", 150);
                }
            }
        }

        foreach (var node in nodes)
        {
            var (actor, column) = node;
            var box = plot.Add.Rectangle(column, column + NodeWidth, tops[node] - heights[node], tops[node]);
            box.FillColor = ChartStyle.Ink;
            box.LineWidth = 0;
            var label = ChartStyle.Label(
                plot,
                ChartStyle.Name(chronicle, actor),
                column + NodeWidth + 0.02,
                tops[node] - (heights[node] / 2),
                Alignment.MiddleLeft,
                13);
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
            label.LabelBold = true;
        }

        plot.HideAxesAndGrid();
        var legendRows = routes.Count;
        plot.Axes.SetLimits(-0.08, columns - 1 + RightMargin(nodes.Where(n => n.Column == columns - 1).Select(n => ChartStyle.Name(chronicle, n.Actor)), columns, width), -8 - (9 * legendRows), Top + 4);
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Legend.FontSize = 11;
        if (currency is not null)
        {
            ChartStyle.Label(plot, $"Band width: value in {currency}", columns - 1 + 0.5, Top + 3, Alignment.UpperRight, 10, ChartStyle.Muted);
        }
    }

    /// <summary>
    /// The room right of the last column, in columns, so that its longest label (13-point bold, about 8.5 pixels a
    /// character) fits inside the chart's width: at least 0.55; a label too long for 60% of the width is cut by the chart edge.
    /// </summary>
    private static double RightMargin(IEnumerable<string> lastLabels, int columns, int width)
    {
        const double Left = 0.08, LabelStart = NodeWidthOf + 0.02, PixelsPerCharacter = 8.5, Padding = 24;
        var needed = ((lastLabels.Select(l => l.Length).DefaultIfEmpty(0).Max() * PixelsPerCharacter) + Padding) / (width * 0.92);
        var share = Math.Min(needed, 0.6);
        var right = (LabelStart + (share * (columns - 1 + Left))) / (1 - share);
        return Math.Clamp(right, 0.55, columns);
    }

    private const double NodeWidthOf = 0.05;

    /// <summary>A band from (x0, top0) to (x1, top1) of the given thickness, eased so it leaves and enters level.</summary>
    private static Coordinates[] Band(double x0, double top0, double x1, double top1, double thickness)
    {
        const int Steps = 24;
        var upper = new Coordinates[Steps + 1];
        for (var s = 0; s <= Steps; s++)
        {
            var t = (double)s / Steps;
            var ease = t * t * (3 - (2 * t));
            upper[s] = new Coordinates(x0 + ((x1 - x0) * t), top0 + ((top1 - top0) * ease));
        }

        return upper.Concat(upper.Reverse().Select(p => new Coordinates(p.X, p.Y - thickness))).ToArray();
    }
}
