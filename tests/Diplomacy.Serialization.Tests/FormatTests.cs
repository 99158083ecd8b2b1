using System.Text.Json;
using NodaTime;

namespace Diplomacy.Serialization.Tests;

/// <summary>What the written document looks like: the format of docs/format.md, property by property.</summary>
public class FormatTests
{
    private static readonly string EdgeText = ChronicleJson.Serialize(EdgeWorld.Build());

    private static JsonElement Event(string json, string id) =>
        JsonDocument.Parse(json).RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    private static JsonElement Actor(string json, string id) =>
        JsonDocument.Parse(json).RootElement.GetProperty("actors").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void A_small_chronicle_is_written_exactly_so()
    {
        var chronicle = new ChronicleBuilder()
            .AddActor(new State("SRB", "Serbia"))
            .AddActor(new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet, "SRB"))
            .AddEvent(new Meeting("grushko-in-belgrade", FuzzyDate.Between(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 2)), [new Citation("vreme", FuzzyDate.Parse("2024-07-02")) { Title = "Gruško u Beogradu" }], ["SRB"])
            {
                Host = "SRB",
                Place = new Place("Belgrade", "SRB"),
                Summary = "Grushko visits Belgrade",
            })
            .Build();

        var json = ChronicleJson.Serialize(chronicle, new ChronicleJsonOptions { Indented = false });

        Assert.Equal(
            """{"formatVersion":1,"actors":[{"type":"state","id":"SRB","name":"Serbia"},{"type":"organization","id":"vreme","name":"Vreme","kind":"newsOutlet","homeState":"SRB"}],"events":[{"type":"meeting","id":"grushko-in-belgrade","when":"2024-07-01/2024-07-02","participants":["SRB"],"host":"SRB","place":{"name":"Belgrade","country":"SRB"},"summary":"Grushko visits Belgrade","citations":[{"source":"vreme","published":"2024-07-02","title":"Gruško u Beogradu"}]}]}""",
            json);
    }

    [Fact]
    public void A_private_person_is_written_with_private_true_and_anyone_else_without_it_and_both_read_back()
    {
        var chronicle = new ChronicleBuilder()
            .AddActor(new State("DEU", "Germany"))
            .AddActor(new Person("a-suspect", "A suspect", "DEU") { IsPrivate = true })
            .AddActor(new Person("a-minister", "A minister", "DEU"))
            .Build();

        var json = ChronicleJson.Serialize(chronicle);
        var read = ChronicleJson.Deserialize(json);

        Assert.Equal(["type", "id", "name", "nationality", "private"], Names(Actor(json, "a-suspect")));
        Assert.True(Actor(json, "a-suspect").GetProperty("private").GetBoolean());
        Assert.DoesNotContain("private", Names(Actor(json, "a-minister")));
        Assert.True(((Person)read.GetActor("a-suspect")).IsPrivate);
        Assert.False(((Person)read.GetActor("a-minister")).IsPrivate);
    }

    [Fact]
    public void Indented_output_uses_two_spaces_and_line_feeds()
    {
        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"actors\": [\n    {\n      \"type\": \"state\",", EdgeText, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", EdgeText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_chronicle_has_empty_arrays()
    {
        Assert.Equal("""{"formatVersion":1,"actors":[],"events":[]}""", ChronicleJson.Serialize(Chronicle.Empty, new ChronicleJsonOptions { Indented = false }));
    }

    [Fact]
    public void Unicode_names_are_written_as_themselves()
    {
        Assert.Contains("\"Aleksandar Vučić\"", EdgeText, StringComparison.Ordinal);
        Assert.Contains("\"Katarina Đokić\"", EdgeText, StringComparison.Ordinal);
        Assert.Contains("\"Србија\"", EdgeText, StringComparison.Ordinal);
        Assert.Contains("\"Đokić: “shells”\"", EdgeText, StringComparison.Ordinal);
    }

    [Fact]
    public void Extreme_dates_and_amounts_are_written_exactly()
    {
        var earliest = Event(EdgeText, "earliest");
        Assert.Equal("0001-01-01", earliest.GetProperty("when").GetString());
        Assert.Equal("9999-12-31", earliest.GetProperty("citations")[0].GetProperty("published").GetString());
        Assert.Equal("79228162514264337593543950335", earliest.GetProperty("value").GetProperty("amount").GetRawText());
        Assert.Equal("9223372036854775807", earliest.GetProperty("items")[0].GetProperty("quantity").GetRawText());
        Assert.Equal("2022-02-24/..", Event(EdgeText, "onward").GetProperty("when").GetString());
        Assert.Equal("../2024-01-01", Event(EdgeText, "onward").GetProperty("citations")[0].GetProperty("published").GetString());
    }

    [Fact]
    public void Money_is_amount_currency_and_approximate_when_true()
    {
        var value = Event(EdgeText, "earliest").GetProperty("value");
        Assert.Equal(["amount", "currency", "approximate"], Names(value));
        Assert.True(value.GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public void Common_properties_come_first_and_last_around_each_kinds_own()
    {
        Assert.Equal(
            ["type", "id", "when", "supplier", "recipient", "intermediaries", "endUser", "items", "value", "terms", "endUserClause", "summary", "citations"],
            Names(Event(EdgeText, "earliest")));
        Assert.Equal(["type", "id", "name", "aliases"], Names(Actor(EdgeText, "SRB")));
        Assert.Equal(["type", "id", "name", "nationality"], Names(Actor(EdgeText, "aleksandar-vucic")));
    }

    [Fact]
    public void Computed_properties_are_never_written()
    {
        foreach (var name in (string[])["\"route\"", "\"actors\": [\"", "\"firstKnown\"", "\"hasDefaultCoding\"", "\"isoCode\"", "\"isApproximate\""])
        {
            Assert.DoesNotContain(name, EdgeText, StringComparison.Ordinal);
        }

        var events = JsonDocument.Parse(EdgeText).RootElement.GetProperty("events").EnumerateArray();
        Assert.All(events, e => Assert.False(e.TryGetProperty("kind", out _)));
    }

    [Fact]
    public void Empty_optional_lists_and_nulls_are_left_out()
    {
        var onward = Names(Event(EdgeText, "onward"));
        Assert.DoesNotContain("intermediaries", onward);
        Assert.DoesNotContain("items", onward);
        Assert.DoesNotContain("endUser", onward);
        Assert.DoesNotContain("summary", onward);
        Assert.DoesNotContain("aliases", Names(Actor(EdgeText, "RUS")));
    }

    [Fact]
    public void Enums_are_camelCase_names_and_obligations_an_array()
    {
        Assert.Equal("notRespected", Event(EdgeText, "earliest").GetProperty("endUserClause").GetString());
        Assert.Equal("newsOutlet", Actor(EdgeText, "financial-times").GetProperty("kind").GetString());
        Assert.Equal(["defense", "consultation"], Actor(EdgeText, "csto").GetProperty("obligations").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public void An_alliance_without_obligations_has_an_empty_array()
    {
        var chronicle = Chronicle.Empty.With([new Alliance("loose", "Loose", AllianceObligations.None)], []);
        var text = ChronicleJson.Serialize(chronicle);
        Assert.Equal(0, Actor(text, "loose").GetProperty("obligations").GetArrayLength());
        Assert.Equal(AllianceObligations.None, ((Alliance)ChronicleJson.Deserialize(text).GetActor("loose")).Obligations);
    }

    [Fact]
    public void A_default_coding_is_not_written()
    {
        Assert.False(Event(EdgeText, "earliest").TryGetProperty("coding", out _));
        Assert.True(ChronicleJson.Deserialize(EdgeText).GetEvent("earliest").HasDefaultCoding);
    }

    [Fact]
    public void A_codebook_coding_chosen_by_the_author_is_written_as_its_code()
    {
        Assert.Equal("""{"cameo":"019"}""", Event(EdgeText, "overridden-coding").GetProperty("coding").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        var read = ChronicleJson.Deserialize(EdgeText).GetEvent("overridden-coding");
        Assert.False(read.HasDefaultCoding);
        Assert.Same(Coding.FromCameo("019"), read.Coding);
    }

    [Fact]
    public void Any_other_coding_is_written_in_full()
    {
        var coding = Event(EdgeText, "custom-coding").GetProperty("coding");
        Assert.Equal(["quadClass", "goldstein", "ploverCategory", "ploverContexts"], Names(coding));
        Assert.Equal(["cameo", "quadClass", "goldstein"], Names(Event(EdgeText, "latest").GetProperty("coding")));
    }

    [Fact]
    public void A_coded_event_always_carries_its_coding()
    {
        var chronicle = Chronicle.Empty.With([new State("SRB", "Serbia"), new Organization("ft", "FT", OrganizationKind.NewsOutlet)], [new CodedEvent("c", FuzzyDate.FromYear(2024), [new Citation("ft", FuzzyDate.FromYear(2024))], "SRB", Coding.FromCameo("010"))]);
        var text = ChronicleJson.Serialize(chronicle);
        Assert.Equal("010", Event(text, "c").GetProperty("coding").GetProperty("cameo").GetString());
    }

    [Fact]
    public void A_view_is_written_with_its_visible_events()
    {
        var view = EdgeWorld.Build().AsOf(new LocalDate(2000, 1, 1));
        var read = ChronicleJson.Deserialize(ChronicleJson.Serialize(view));
        Assert.Equal(view.Events, read.Events);
        Assert.False(read.IsView);
    }
}
