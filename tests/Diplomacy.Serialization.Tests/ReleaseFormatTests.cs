using System.Text.Json;
using NodaTime;

namespace Diplomacy.Serialization.Tests;

/// <summary>A citation's data set release in the format: a version 1 addition, left out when there is none.</summary>
public class ReleaseFormatTests
{
    private static readonly DataRelease Release = new("POLECAT", "Release 412", new LocalDate(2024, 7, 5));

    private static Chronicle Chronicle(DataRelease? release) =>
        new ChronicleBuilder()
            .AddActor(new State("SRB", "Serbia"))
            .AddActor(new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet))
            .AddEvent(new Meeting("m", FuzzyDate.Parse("2024-07-01"), [new Citation("vreme", FuzzyDate.Parse("2024-07-02")) { Release = release }], ["SRB"]))
            .Build();

    private static JsonElement OnlyCitation(string json) => JsonDocument.Parse(json).RootElement.GetProperty("events")[0].GetProperty("citations")[0];

    [Fact]
    public void A_release_is_written_as_its_data_set_name_and_day()
    {
        var release = OnlyCitation(ChronicleJson.Serialize(Chronicle(Release))).GetProperty("release");

        Assert.Equal("POLECAT", release.GetProperty("dataSet").GetString());
        Assert.Equal("Release 412", release.GetProperty("name").GetString());
        Assert.Equal("2024-07-05", release.GetProperty("published").GetString());
    }

    [Fact]
    public void A_citation_without_a_release_is_written_without_one() =>
        Assert.False(OnlyCitation(ChronicleJson.Serialize(Chronicle(null))).TryGetProperty("release", out _));

    [Fact]
    public void A_release_round_trips_and_the_event_keeps_its_first_release()
    {
        var chronicle = Chronicle(Release);

        var read = ChronicleJson.Deserialize(ChronicleJson.Serialize(chronicle));

        Assert.Equal(chronicle.Events, read.Events);
        Assert.Equal(new LocalDate(2024, 7, 5), read.GetEvent("m").FirstReleased);
    }

    [Fact]
    public void A_release_without_a_name_is_refused()
    {
        var text = ChronicleJson.Serialize(Chronicle(Release)).Replace("\"Release 412\"", "\" \"", StringComparison.Ordinal);

        Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text));
    }
}
