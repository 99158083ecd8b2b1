using System.Text;
using System.Text.Json;
using Diplomacy.Interop;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class PloverWriterTests
{
    private static async Task<(MemoryStream Stream, ExportSummary Summary)> ExportAsync(Chronicle chronicle)
    {
        var stream = new MemoryStream();
        var summary = await PloverWriter.WriteAsync(chronicle, stream);
        stream.Position = 0;
        return (stream, summary);
    }

    private static async Task<ImportResult> RoundTripAsync(Chronicle chronicle, ImportOptions? options = null)
    {
        var (stream, _) = await ExportAsync(chronicle);
        return await ChronicleImporter.ImportPloverAsync(stream, options);
    }

    [Fact]
    public async Task Each_event_with_a_PLOVER_category_is_one_line_of_JSON_in_the_manuals_fields()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();
        var (stream, summary) = await ExportAsync(chronicle);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.Equal(6, summary.RecordsWritten);
        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("icews-32891202", skipped.Event.Value);
        using var record = JsonDocument.Parse(lines.Single(l => l.Contains("icews-32891065", StringComparison.Ordinal)));
        var root = record.RootElement;
        Assert.Equal("2018-06-01", root.GetProperty("date").GetString());
        Assert.Equal("JPN", root.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("VNM", root.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("AGREE", root.GetProperty("event")[0].GetString());
        Assert.Equal(1, root.GetProperty("quad_code").GetInt32());
        Assert.Equal(4.5, root.GetProperty("event_scale").GetDouble());
        Assert.Equal("Vietnam News Agency Bulletin", root.GetProperty("cite_info").GetProperty("publication").GetString());
    }

    [Fact]
    public async Task Records_are_PLOVER_2_0_with_actor_lists_of_entity_objects_and_a_location_object()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();
        var (stream, _) = await ExportAsync(chronicle);

        foreach (var line in Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            Assert.False(root.TryGetProperty("source", out _));
            var actors = root.GetProperty("actor");
            Assert.Equal(JsonValueKind.Array, actors.ValueKind);
            Assert.All(actors.EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("entity_text").GetString())));
            Assert.All(actors.EnumerateArray(), a => Assert.False(a.TryGetProperty("actor_text", out _)));
            if (root.TryGetProperty("event_loc", out var loc))
            {
                Assert.False(string.IsNullOrEmpty(loc.GetProperty("resolved_place").GetString()));
                Assert.False(loc.TryGetProperty("latitude", out _));
            }
        }
    }

    [Fact]
    public async Task Exported_ICEWS_events_read_back_as_they_were()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var (back, summary) = await RoundTripAsync(chronicle);

        Assert.Equal(0, summary.Rejected);
        var exported = chronicle.Events.Where(e => e.Coding.PloverCategory is not null).ToArray();
        Assert.Equal(exported, back.Events);
        foreach (var actor in back.Actors)
        {
            Assert.Equal(chronicle.GetActor(actor.Id), actor);
        }
    }

    [Fact]
    public async Task A_date_that_is_not_one_day_keeps_its_precision()
    {
        var month = FuzzyDate.FromYearMonth(new YearMonth(2024, 7));
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Actors)
            .AddEvent(new CodedEvent("month", month, [SampleWorld.Cite(SampleWorld.Vreme, "2024-07")], SampleWorld.Serbia, Coding.FromCameo("036")) { Target = SampleWorld.Russia })
            .Build();

        var (stream, _) = await ExportAsync(chronicle);
        using var record = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(("2024-07-01", "2024-07-31", "2024-07"), (record.RootElement.GetProperty("date").GetString(), record.RootElement.GetProperty("enddate").GetString(), record.RootElement.GetProperty("date_edtf").GetString()));
        stream.Position = 0;
        var (back, _) = await ChronicleImporter.ImportPloverAsync(stream);
        Assert.Equal(month, back.GetEvent("month").When);
    }

    [Fact]
    public async Task A_meeting_is_written_in_PLOVERs_reciprocal_form_and_reads_back_as_an_event_each_way()
    {
        var chronicle = SampleWorld.Build();

        var (back, _) = await RoundTripAsync(chronicle);

        var there = Assert.IsType<CodedEvent>(back.GetEvent("vulin-patrushev:1"));
        var back2 = Assert.IsType<CodedEvent>(back.GetEvent("vulin-patrushev:2"));
        Assert.Equal((SampleWorld.Vulin, SampleWorld.Patrushev), (there.Source, there.Target!.Value));
        Assert.Equal((SampleWorld.Patrushev, SampleWorld.Vulin), (back2.Source, back2.Target!.Value));
        Assert.Equal(Coding.FromCameo("040"), there.Coding);
    }

    [Fact]
    public async Task A_typed_event_reads_back_as_a_coded_event_with_its_coding_roles_and_citations()
    {
        var chronicle = SampleWorld.Build();

        var (back, _) = await RoundTripAsync(chronicle);

        var original = chronicle.GetEvent("war-begins");
        var read = Assert.IsType<CodedEvent>(back.GetEvent("war-begins"));
        Assert.Equal((original.When, original.Coding, original.Citations), (read.When, read.Coding, read.Citations));
        Assert.Equal((SampleWorld.Russia, (ActorId?)SampleWorld.Ukraine), (read.Source, read.Target));
        Assert.Equal(chronicle.GetActor(SampleWorld.Vulin), back.GetActor(SampleWorld.Vulin));
        Assert.Equal(chronicle.GetActor(SampleWorld.Vreme), back.GetActor(SampleWorld.Vreme));
    }

    [Fact]
    public void Coded_events_round_trip_through_PLOVER_JSON_Lines()
    {
        var property = Prop.ForAll(ModelGenerators.Chronicles(15).ToArbitrary(), chronicle =>
        {
            var (back, summary) = RoundTripAsync(chronicle, new ImportOptions { LiftTypedEvents = false }).GetAwaiter().GetResult();
            var written = chronicle.Events.OfType<CodedEvent>().Where(e => e.Coding.PloverCategory is not null && e.Target != e.Source);
            return summary.Rejected == 0 && written.All(e =>
                back.TryGetEvent(e.Id, out var read)
                && read is CodedEvent c
                && c.When == e.When && c.Source == e.Source && c.Target == e.Target && c.Coding.Equals(e.Coding)
                && c.Citations.Select(Key).SequenceEqual(e.Citations.Select(Key)));
        });

        Check.QuickThrowOnFailure(property);

        static (ActorId, FuzzyDate, Uri?) Key(Citation c) => (c.Source, c.Published, c.Url);
    }

    [Fact]
    public async Task A_place_keeps_its_GeoNames_id_through_PLOVER_and_a_meeting_writes_its_place()
    {
        var moscow = new Place("Moscow", SampleWorld.Russia) { Latitude = 55.75, Longitude = 37.62, GeoNamesId = 524901 };
        var citation = new Citation(SampleWorld.Vreme, FuzzyDate.Parse("2024-07-01"));
        var chronicle = SampleWorld.Build().With(
            new CodedEvent("talks", FuzzyDate.Parse("2024-07-01"), [citation], SampleWorld.Serbia, Coding.FromCameo("040")) { Target = SampleWorld.Russia, Location = moscow },
            new Meeting("visit", FuzzyDate.Parse("2024-07-02"), [citation], [SampleWorld.Serbia, SampleWorld.Russia]) { Place = moscow });

        var (stream, _) = await ExportAsync(chronicle);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        stream.Position = 0;
        var (back, _) = await ChronicleImporter.ImportPloverAsync(stream, new ImportOptions { LiftTypedEvents = false });

        Assert.Equal(moscow, Assert.IsType<CodedEvent>(back.GetEvent("talks")).Location);
        var visit = JsonDocument.Parse(lines.Single(l => l.Contains("\"visit\"", StringComparison.Ordinal))).RootElement;
        Assert.Equal(524901, visit.GetProperty("event_loc").GetProperty("geonameid").GetInt64());
    }
}
