using System.Text;

namespace Diplomacy.Charts;

/// <summary>
/// Writes an explorer page for a chronicle: one self-contained HTML file (styles, script and data inline; nothing is
/// fetched from the network) to browse the timeline and the main job's answers in any browser.
/// </summary>
/// <remarks>
/// <para><b>What the page holds.</b> A timeline filtered by actor, counterpart, kind and period, one page of rows at a
/// time; each event's details and citations, with links to the reports; a "known at" date that hides every event
/// not yet published by then and shows the answers (sanctions stances, arms routes, personal channels, partners
/// given up) as they could have been given that day; and the charts (<see cref="DyadChart"/>,
/// <see cref="SanctionsGantt"/>, <see cref="OfficeGantt"/>, <see cref="ArmsFlowChart"/>,
/// <see cref="ChannelNetwork"/>) as inline SVG, drawn from the whole record.</para>
/// <para><b>Size.</b> The data is embedded as JSON, roughly 150 to 250 bytes per event; only one page of timeline
/// rows is ever in the document, so a page of 100,000 events stays responsive.</para>
/// <para><b>Safety.</b> Everything from the data (names, summaries, quotes, titles) reaches the page as text, never
/// as markup, and only http and https links are made.</para>
/// </remarks>
public static class ChronicleReport
{
    private const string DataMark = "/*DIPLOMACY:DATA*/";
    private const string ChartsMark = "<!--DIPLOMACY:CHARTS-->";

    /// <summary>Writes the explorer page to <paramref name="path"/> (UTF-8), replacing any file there.</summary>
    /// <param name="chronicle">The chronicle (or a view of it) to explore.</param>
    /// <param name="path">The HTML file to write; its folder must exist.</param>
    /// <param name="options">Title, main pair, arms route, page size; null for <see cref="ReportOptions.Default"/>.</param>
    /// <example><c>ChronicleReport.Write(chronicle, "report.html", new ReportOptions { Actor = "SRB", Counterpart = "RUS" })</c>.</example>
    public static void Write(Chronicle chronicle, string path, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(chronicle, stream, options);
    }

    /// <summary>
    /// The options with every actor left unset chosen from the record, as the page chooses them (see
    /// <see cref="ReportOptions"/>): what a page written with <paramref name="options"/> is about. An actor the record
    /// offers none for stays null.
    /// </summary>
    /// <param name="chronicle">The chronicle (or a view of it) the page would explore.</param>
    /// <param name="options">The options as given; null for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The options, with the chosen actors set.</returns>
    /// <example><c>ChronicleReport.Focus(chronicle).Actor</c>: one side of the pair of states with the most events between them.</example>
    public static ReportOptions Focus(Chronicle chronicle, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        options ??= ReportOptions.Default;
        var focus = ReportFocus.For(chronicle, options);
        return options with { Actor = focus.Actor, Counterpart = focus.Counterpart, ArmsOrigin = focus.ArmsOrigin, ArmsEndUser = focus.ArmsEndUser };
    }

    /// <summary>Writes the explorer page to <paramref name="stream"/> as UTF-8; the stream is left open.</summary>
    /// <param name="chronicle">The chronicle (or a view of it) to explore.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">Title, main pair, arms route, page size; null for <see cref="ReportOptions.Default"/>.</param>
    public static void Write(Chronicle chronicle, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportOptions.Default;
        var focus = ReportFocus.For(chronicle, options);
        var template = Template.Value;
        var data = template.IndexOf(DataMark, StringComparison.Ordinal);
        var charts = template.IndexOf(ChartsMark, StringComparison.Ordinal);
        var utf8 = new UTF8Encoding(false);

        void Text(string text) => stream.Write(utf8.GetBytes(text));

        Text(template[..charts]);
        if (options.IncludeCharts)
        {
            foreach (var (caption, chart) in Charts(chronicle, focus))
            {
                Text("<figure>");
                var svg = chart.ToSvg();
                Text(svg[Math.Max(0, svg.IndexOf("<svg", StringComparison.Ordinal))..]);
                Text("<figcaption>");
                Text(System.Net.WebUtility.HtmlEncode(ChartStyle.Clean(caption, 300)));
                Text("</figcaption></figure>\n");
            }
        }

        Text(template[(charts + ChartsMark.Length)..data]);
        stream.Flush();
        ReportData.Write(stream, chronicle, focus, options);
        Text(template[(data + DataMark.Length)..]);
        stream.Flush();
    }

    private static IEnumerable<(string Caption, Chart Chart)> Charts(Chronicle chronicle, ReportFocus focus)
    {
        var options = new ChartOptions { Width = 960 };
        if (focus.Actor is { } a && focus.Counterpart is { } c)
        {
            yield return ("Events per month between the two, by quad class, with the mean Goldstein score.", DyadChart.Create(chronicle, a, c, options));
            yield return ("Personal channels: who met whom, how often, and whether while holding no office.", ChannelNetwork.Create(chronicle, a, c, options));
        }

        yield return ("Sanctions stances over time.", SanctionsGantt.Create(chronicle, focus.Actor, options));
        var persons = chronicle.EventsOf<OfficeChange>()
            .GroupBy(o => o.Person)
            .Where(g => focus.Actor is null || ReportFocus.StateOf(chronicle, g.Key) == focus.Actor || ReportFocus.StateOf(chronicle, g.Key) == focus.Counterpart)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Take(20)
            .Select(g => g.Key)
            .ToArray();
        yield return ("Offices held over time.", OfficeGantt.Create(chronicle, persons, options));
        if (focus.ArmsOrigin is { } origin && focus.ArmsEndUser is { } endUser)
        {
            yield return ("Arms routes, with what went along each.", ArmsFlowChart.Create(chronicle, origin, endUser, options));
        }
    }

    private static readonly Lazy<string> Template = new(() =>
    {
        using var resource = typeof(ChronicleReport).Assembly.GetManifestResourceStream("Diplomacy.Charts.Report.explorer.html")
            ?? throw new InvalidOperationException("The explorer page template is missing from the Diplomacy.Charts assembly.");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        return reader.ReadToEnd();
    });
}
