using System.Text.Json;
using NodaTime;

namespace Diplomacy.Serialization.Tests;

/// <summary>The evidence basis in the format: a version 1 addition that files without it read unchanged.</summary>
public class BasisFormatTests
{
    private const string WithoutBasis = """
        {"formatVersion":1,"actors":[{"type":"state","id":"SRB","name":"Serbia"},{"type":"organization","id":"vreme","name":"Vreme","kind":"newsOutlet"}],
         "events":[{"type":"meeting","id":"m","when":"2024","participants":["SRB"],"citations":[{"source":"vreme","published":"2024-07-08"}]}]}
        """;

    private static Chronicle Chronicle(DiplomaticEvent e) =>
        new ChronicleBuilder()
            .AddActor(new State("SRB", "Serbia"))
            .AddActor(new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet))
            .AddEvent(e)
            .Build();

    private static Meeting Meeting(EvidenceBasis basis, EvidenceBasis? citationBasis = null) =>
        new("m", FuzzyDate.Parse("2024"), [new Citation("vreme", FuzzyDate.Parse("2024-07-08")) { Basis = citationBasis }], ["SRB"]) { Basis = basis };

    private static JsonElement OnlyEvent(string json) => JsonDocument.Parse(json).RootElement.GetProperty("events")[0];

    [Fact]
    public void An_event_without_a_basis_reads_as_reported()
    {
        var e = ChronicleJson.Deserialize(WithoutBasis).GetEvent("m");
        Assert.Equal(EvidenceBasis.Reported, e.Basis);
        Assert.Null(e.Citations[0].Basis);
    }

    [Fact]
    public void A_reported_event_is_written_without_a_basis() =>
        Assert.False(OnlyEvent(ChronicleJson.Serialize(Chronicle(Meeting(EvidenceBasis.Reported)))).TryGetProperty("basis", out _));

    [Fact]
    public void Another_basis_is_written_by_its_camel_case_name_after_the_summary_and_before_the_citations()
    {
        var e = OnlyEvent(ChronicleJson.Serialize(Chronicle(Meeting(EvidenceBasis.Inferred, EvidenceBasis.Background) with { Summary = "s" })));
        Assert.Equal("inferred", e.GetProperty("basis").GetString());
        Assert.Equal("background", e.GetProperty("citations")[0].GetProperty("basis").GetString());
        var names = e.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.IndexOf("summary") + 1, names.IndexOf("basis"));
        Assert.Equal(names.IndexOf("basis") + 1, names.IndexOf("citations"));
    }

    [Theory]
    [InlineData(EvidenceBasis.Inferred)]
    [InlineData(EvidenceBasis.Background)]
    [InlineData(EvidenceBasis.Confirmed)]
    public void Every_basis_round_trips(EvidenceBasis basis)
    {
        var chronicle = Chronicle(Meeting(basis, basis));
        Assert.Equal(chronicle.Events, ChronicleJson.Deserialize(ChronicleJson.Serialize(chronicle)).Events);
    }

    [Fact]
    public void An_unknown_basis_is_refused_with_the_names_it_could_be()
    {
        var text = WithoutBasis.Replace("\"when\":\"2024\",", "\"when\":\"2024\",\"basis\":\"rumoured\",", StringComparison.Ordinal);
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text));
        Assert.Contains("inferred", error.Message, StringComparison.Ordinal);
    }
}
