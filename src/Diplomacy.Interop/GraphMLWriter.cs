using System.Globalization;
using System.Xml;

namespace Diplomacy.Interop;

/// <summary>
/// Writes a chronicle's actor network as GraphML, for Gephi, yEd, Cytoscape or NetworkX: actors as nodes, interactions
/// as directed edges weighted by the number of events.
/// </summary>
/// <remarks>
/// <para><b>Nodes</b> are actors, with the attributes <c>label</c> (the name), <c>type</c> (<c>State</c>,
/// <c>Person</c>, <c>Organization</c>, <c>Alliance</c>), <c>kind</c> (an organisation's kind) and <c>state</c> (a
/// person's nationality or an organisation's home state).</para>
/// <para><b>Edges</b> are the directed pairs of the events (see the export rules in <c>docs/interop.md</c>; a meeting
/// links each pair of participants both ways), one edge per ordered pair, with <c>weight</c> (the number of events),
/// the counts per quad class, <c>goldstein_mean</c>, <c>kinds</c> (the event kinds, space-separated, e.g.
/// <c>CodedEvent SanctionsAction</c>), and <c>first</c> and <c>last</c> (the earliest and latest possible days of its
/// events).</para>
/// <para><b>Text</b>: markup in names and ids is escaped, and characters XML 1.0 forbids (control characters other
/// than tab, line feed and carriage return; lone surrogates) are dropped, so any chronicle gives a well-formed file.</para>
/// </remarks>
public static class GraphMLWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("kind", "node", "kind", "string"),
        ("state", "node", "state", "string"),
        ("weight", "edge", "weight", "double"),
        ("verbal_cooperation", "edge", "verbal_cooperation", "int"),
        ("material_cooperation", "edge", "material_cooperation", "int"),
        ("verbal_conflict", "edge", "verbal_conflict", "int"),
        ("material_conflict", "edge", "material_conflict", "int"),
        ("goldstein_mean", "edge", "goldstein_mean", "double"),
        ("kinds", "edge", "kinds", "string"),
        ("first", "edge", "first", "string"),
        ("last", "edge", "last", "string"),
    ];

    /// <summary>Writes the network of the chronicle's (visible) events as UTF-8 GraphML. The stream is not disposed.</summary>
    /// <returns>A summary whose <see cref="ExportSummary.RecordsWritten"/> is the number of edges.</returns>
    public static async Task<ExportSummary> WriteAsync(Chronicle chronicle, Stream stream, GraphMLOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new GraphMLOptions();
        var edges = new Dictionary<Dyad, Edge>();
        var skipped = new List<SkippedEvent>();
        foreach (var e in chronicle.Events)
        {
            var dyads = EventCatalog.Acts(e).Directed;
            if (dyads.Count == 0)
            {
                skipped.Add(new SkippedEvent(e.Id, "it involves only one actor, so it links nobody."));
            }

            foreach (var dyad in dyads)
            {
                if (!edges.TryGetValue(dyad, out var edge))
                {
                    edges[dyad] = edge = new Edge();
                }

                edge.Add(e);
            }
        }

        var linked = new HashSet<ActorId>(edges.Keys.SelectMany(k => new[] { k.Source, k.Target }));
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false };
        var xml = XmlWriter.Create(stream, settings);
        await using (xml.ConfigureAwait(false))
        {
            await xml.WriteStartDocumentAsync().ConfigureAwait(false);
            await xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
            foreach (var (id, target, name, type) in Keys)
            {
                await xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "for", null, target).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "attr.name", null, name).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
                await xml.WriteEndElementAsync().ConfigureAwait(false);
            }

            await xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, "diplomacy").ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);
            foreach (var actor in chronicle.Actors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (options.IncludeIsolatedActors || linked.Contains(actor.Id))
                {
                    await WriteNodeAsync(xml, actor).ConfigureAwait(false);
                }
            }

            var number = 0;
            foreach (var ((source, target), edge) in edges.OrderBy(e => e.Key.Source).ThenBy(e => e.Key.Target))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "id", null, "e" + number++.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "source", null, XmlChars(source.Value)).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "target", null, XmlChars(target.Value)).ConfigureAwait(false);
                await DataAsync(xml, "weight", edge.Events.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await DataAsync(xml, "verbal_cooperation", edge.Quad[0].ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await DataAsync(xml, "material_cooperation", edge.Quad[1].ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await DataAsync(xml, "verbal_conflict", edge.Quad[2].ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await DataAsync(xml, "material_conflict", edge.Quad[3].ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                if (edge.MeanGoldstein is { } mean)
                {
                    await DataAsync(xml, "goldstein_mean", mean.ToString("R", CultureInfo.InvariantCulture)).ConfigureAwait(false);
                }

                await DataAsync(xml, "kinds", string.Join(' ', edge.Kinds.Order())).ConfigureAwait(false);
                await DataAsync(xml, "first", edge.First.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await DataAsync(xml, "last", edge.Last.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await xml.WriteEndElementAsync().ConfigureAwait(false);
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
            await xml.WriteEndDocumentAsync().ConfigureAwait(false);
            await xml.FlushAsync().ConfigureAwait(false);
        }

        return new ExportSummary(edges.Count, skipped);
    }

    private static async Task WriteNodeAsync(XmlWriter xml, Actor actor)
    {
        await xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, XmlChars(actor.Id.Value)).ConfigureAwait(false);
        await DataAsync(xml, "label", actor.Name).ConfigureAwait(false);
        await DataAsync(xml, "type", actor.GetType().Name).ConfigureAwait(false);
        var (kind, state) = actor switch
        {
            Organization o => (o.Kind.ToString(), o.HomeState?.Value),
            Person p => (null, p.Nationality?.Value),
            _ => ((string?)null, (string?)null),
        };
        if (kind is not null)
        {
            await DataAsync(xml, "kind", kind).ConfigureAwait(false);
        }

        if (state is not null)
        {
            await DataAsync(xml, "state", state).ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task DataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(XmlChars(value)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The text without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF), which
    /// no escape can carry; markup characters are escaped by the <see cref="XmlWriter"/>.
    /// </summary>
    private static string XmlChars(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = XmlConvert.IsXmlChar(text[i]);
        }

        if (clean)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }

    private sealed class Edge
    {
        private double _goldsteinSum;
        private int _goldsteinCount;

        public int Events { get; private set; }

        public int[] Quad { get; } = new int[4];

        public HashSet<string> Kinds { get; } = [];

        public NodaTime.LocalDate First { get; private set; } = NodaTime.LocalDate.MaxIsoValue;

        public NodaTime.LocalDate Last { get; private set; } = NodaTime.LocalDate.MinIsoValue;

        public double? MeanGoldstein => _goldsteinCount == 0 ? null : _goldsteinSum / _goldsteinCount;

        public void Add(DiplomaticEvent e)
        {
            Events++;
            Quad[(int)e.Coding.QuadClass - 1]++;
            if (e.Coding.Goldstein is { } g)
            {
                _goldsteinSum += g;
                _goldsteinCount++;
            }

            Kinds.Add(e.Kind.ToString());
            var earliest = e.When.HasOpenStart ? e.When.Latest : e.When.Earliest;
            var latest = e.When.HasOpenEnd ? e.When.Earliest : e.When.Latest;
            First = earliest < First ? earliest : First;
            Last = latest > Last ? latest : Last;
        }
    }
}
