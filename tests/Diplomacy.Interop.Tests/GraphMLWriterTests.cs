using System.Xml.Linq;
using Diplomacy.Interop;
using Diplomacy.TestKit;

namespace Diplomacy.Interop.Tests;

public class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static async Task<(XDocument Document, ExportSummary Summary)> WriteAsync(Chronicle chronicle, GraphMLOptions? options = null)
    {
        using var stream = new MemoryStream();
        var summary = await GraphMLWriter.WriteAsync(chronicle, stream, options);
        stream.Position = 0;
        return (XDocument.Load(stream), summary);
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    [Fact]
    public async Task Actors_that_interact_are_nodes_with_their_type_and_interactions_are_weighted_directed_edges()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var (document, summary) = await WriteAsync(chronicle);

        var graph = document.Root!.Element(G + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!);
        var edges = graph.Elements(G + "edge").ToArray();
        Assert.Equal(7, edges.Length);
        Assert.Equal(7, summary.RecordsWritten);
        Assert.All(edges, e => Assert.True(nodes.ContainsKey((string)e.Attribute("source")!) && nodes.ContainsKey((string)e.Attribute("target")!)));
        Assert.DoesNotContain("vietnam-news-agency-bulletin", nodes.Keys);

        var ministry = nodes["foreign-affairs-bangladesh"];
        Assert.Equal(("Foreign Affairs (Bangladesh)", "Organization", "GovernmentBody", "BGD"), (Data(ministry, "label"), Data(ministry, "type"), Data(ministry, "kind"), Data(ministry, "state")));
        Assert.Equal("State", Data(nodes["JPN"], "type"));

        var sanctions = edges.Single(e => (string?)e.Attribute("source") == "un-security-council");
        Assert.Equal(("SSD", "1", "1", "SanctionsAction", "-8"), ((string?)sanctions.Attribute("target"), Data(sanctions, "weight"), Data(sanctions, "material_conflict"), Data(sanctions, "kinds"), Data(sanctions, "goldstein_mean")));
    }

    [Fact]
    public async Task The_keys_declare_every_attribute_for_Gephi_and_yEd()
    {
        var (document, _) = await WriteAsync(SampleWorld.Build());

        var keys = document.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.Equal(("edge", "weight", "double"), ((string?)keys["weight"].Attribute("for"), (string?)keys["weight"].Attribute("attr.name"), (string?)keys["weight"].Attribute("attr.type")));
        var used = document.Descendants(G + "data").Select(d => (string)d.Attribute("key")!).Distinct();
        Assert.All(used, key => Assert.Contains(key, keys.Keys));
    }

    [Fact]
    public async Task A_meeting_links_its_participants_both_ways_and_isolated_actors_are_written_on_request()
    {
        var chronicle = SampleWorld.Build();

        var (document, _) = await WriteAsync(chronicle, new GraphMLOptions { IncludeIsolatedActors = true });

        var edges = document.Descendants(G + "edge").Select(e => ((string)e.Attribute("source")!, (string)e.Attribute("target")!)).ToArray();
        Assert.Contains(("aleksandar-vulin", "nikolai-patrushev"), edges);
        Assert.Contains(("nikolai-patrushev", "aleksandar-vulin"), edges);
        Assert.Equal(chronicle.Actors.Count, document.Descendants(G + "node").Count());
    }

    [Fact]
    public async Task The_weights_add_up_to_the_directed_pairs_of_all_events()
    {
        var chronicle = SampleWorld.Build();

        var (document, _) = await WriteAsync(chronicle);

        var total = document.Descendants(G + "edge").Sum(e => double.Parse(Data(e, "weight")!, System.Globalization.CultureInfo.InvariantCulture));
        var expected = chronicle.Events.Sum(e => e switch
        {
            Meeting m => m.Participants.Count * (m.Participants.Count - 1),
            OfficeChange { Body: null } => 0,
            _ => 1,
        });
        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task Markup_in_a_name_is_escaped_and_control_characters_XML_forbids_are_dropped()
    {
        const string hostile = "<script>alert('x')</script> & \"Vulin\"\u0001\u0008\u001B\uFFFE ok";
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Actors.Select(a => a.Id == SampleWorld.Vulin ? new Person(SampleWorld.Vulin, hostile) : a))
            .AddEvents([new Meeting("m", new NodaTime.LocalDate(2024, 2, 20), [SampleWorld.Cite(SampleWorld.Vreme, "2024-02-21")], [SampleWorld.Vulin, SampleWorld.Patrushev])])
            .Build();

        var (document, _) = await WriteAsync(chronicle);

        var node = document.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == SampleWorld.Vulin.Value);
        Assert.Equal("<script>alert('x')</script> & \"Vulin\" ok", Data(node, "label"));
        Assert.Empty(document.Descendants(G + "script"));
    }
}
