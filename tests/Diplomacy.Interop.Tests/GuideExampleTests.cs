using System.IO.Compression;
using Diplomacy.Interop;
using Diplomacy.TestKit;
using NodaTime;

namespace Diplomacy.Interop.Tests;

/// <summary>The examples of docs/interop.md, kept here so that they cannot rot: if one stops compiling or stops being true, fix both.</summary>
public class GuideExampleTests
{
    private const string Sample = "icews/events.2018.sample.tab";

    [SharedDataFact(Sample)]
    public async Task Loading_ICEWS()
    {
        var (chronicle, summary) = await ChronicleImporter.ImportIcewsAsync(SharedData.PathTo(Sample));

        Assert.Equal("3705 records read: 3705 imported, 0 merged, 0 rejected; 3705 events and 1550 actors added; 0 warnings", summary.ToString());
        Assert.Equal(151, chronicle.Actors.OfType<State>().Count());
        Assert.Equal(328, chronicle.Actors.OfType<Person>().Count());
        Assert.Equal(1071, chronicle.Actors.OfType<Organization>().Count());
    }

    [Fact]
    public async Task Loading_GDELT_with_its_mentions()
    {
        await using var events = Fixtures.Open(Fixtures.GdeltEvents);
        await using var mentions = Fixtures.Open(Fixtures.GdeltMentions);
        var (chronicle, summary) = await ChronicleImporter.ImportGdeltAsync(events, mentions);

        Assert.Equal(3, summary.Merged);
        Assert.Equal(4, chronicle.Events.Count);
    }

    [Fact]
    public async Task Loading_GDELT_1_0()
    {
        await using var daily = Fixtures.Open(Fixtures.GdeltVersion1Events);
        var (chronicle1, summary1) = await ChronicleImporter.ImportGdeltAsync(daily);

        Assert.Equal((4L, 1L), (summary1.Imported, summary1.Rejected));
        Assert.Equal(4, chronicle1.Events.Count);
    }

    [Fact]
    public void Places_and_FIPS_codes()
    {
        var russia = Countries.ByFips("RS");
        var serbia = Countries.ByFips("RI");

        Assert.Equal(("RUS", "SRB", "SRB"), (russia?.Alpha3, serbia?.Alpha3, Countries.Resolve("RS").Alpha3));
        Assert.Same(serbia, Countries.ByFips("RB"));
    }

    [Fact]
    public async Task Typed_lifting()
    {
        var path = Fixtures.PathTo(Fixtures.Polecat);
        var (lifted, _) = await ChronicleImporter.ImportPolecatAsync(path);
        var meetings = lifted.EventsOf<Meeting>();
        var stance = lifted.SanctionsStance("USA", "IRN", new LocalDate(2024, 7, 3));
        var channels = lifted.Contacts("SRB", "RUS");
        var (coded, _) = await ChronicleImporter.ImportPolecatAsync(path, new ImportOptions { LiftTypedEvents = false });

        var meeting = Assert.Single(meetings);
        Assert.Equal(["SRB", "RUS"], meeting.Participants.Select(p => p.Value));
        Assert.Equal("RUS", meeting.Host?.Value);
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Empty(channels); // the fixture's visit is between the states, not named persons
        Assert.Empty(coded.EventsOf<Meeting>());
        Assert.Empty(coded.EventsOf<SanctionsAction>());
        Assert.Equal(coded.Events.Count, lifted.Events.Count);
    }

    [SharedDataFact("plover/PLOVER_GSR_CAMEO.txt")]
    public async Task Loading_PLOVER()
    {
        await using var stream = File.OpenRead(SharedData.PathTo("plover/PLOVER_GSR_CAMEO.txt"));
        var (_, summary) = await ChronicleImporter.ImportPloverAsync(stream);

        Assert.Equal((323L, 322L, 0L, 1L, 1), (summary.Read, summary.Imported, summary.Merged, summary.Rejected, summary.Warnings.Count(w => w.Kind == ImportIssueKind.RenamedDuplicate)));
    }

    [Fact]
    public async Task Loading_several_files_into_an_existing_chronicle()
    {
        var existingChronicle = SampleWorld.Build();
        var importer = new ChronicleImporter(existingChronicle);
        foreach (var path in new[] { Fixtures.PathTo(Fixtures.Icews) })
        {
            await using var file = File.OpenRead(path);
            await importer.AddAsync(IcewsReader.ReadAsync(file));
        }

        var (chronicle, summary) = importer.Build();
        Assert.Equal(existingChronicle.Events.Count + summary.EventsAdded, chronicle.Events.Count);
        Assert.True(chronicle.ContainsEvent("vulin-patrushev") && chronicle.ContainsEvent("icews-32889836"));
    }

    [Fact]
    public async Task Data_releases_what_the_data_set_contained_on_a_day()
    {
        var folder = Directory.CreateTempSubdirectory("diplomacy-guide-").FullName;
        try
        {
            // Two weekly releases splitting the fixture's rows, and the yearly zip holding them all.
            var lines = await File.ReadAllLinesAsync(Fixtures.PathTo(Fixtures.Polecat));
            await File.WriteAllLinesAsync(Path.Combine(folder, "ngecEvents.20240705093012.Release412.DV.txt"), lines[..3]);
            await File.WriteAllLinesAsync(Path.Combine(folder, "ngecEvents.20240712093012.Release413.DV.txt"), [lines[0], .. lines[3..]]);
            using (var zip = ZipFile.Open(Path.Combine(folder, "ngecEventsDV-2024.txt.zip"), ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(Fixtures.PathTo(Fixtures.Polecat), "ngecEventsDV-2024.txt");
            }

            var importer = new ChronicleImporter();
            foreach (var weekly in Directory.GetFiles(folder, "ngecEvents.*.DV.txt").Order())
            {
                await using var stream = File.OpenRead(weekly);
                await importer.AddAsync(PolecatReader.ReadAsync(stream));
            }

            var weeklyEvents = importer.Summary.EventsAdded;
            await using (var yearly = File.OpenRead(Path.Combine(folder, "ngecEventsDV-2024.txt.zip")))
            {
                await importer.AddAsync(PolecatReader.ReadAsync(yearly));
            }

            var (chronicle, summary) = importer.Build();
            var published = chronicle.AsKnownAt(new LocalDate(2024, 7, 8));
            var contained = chronicle.AsKnownAt(new LocalDate(2024, 7, 8), KnownBy.Release);

            Assert.Equal(weeklyEvents, summary.EventsAdded);
            Assert.True(published.ContainsEvent("polecat-20240703-0009"));   // published on 2024-07-04
            Assert.False(contained.ContainsEvent("polecat-20240703-0009"));  // first released on 2024-07-12
            Assert.True(contained.ContainsEvent("polecat-20240701-0001"));   // released on 2024-07-05
            Assert.Equal(new LocalDate(2024, 7, 12), chronicle.GetEvent("polecat-20240703-0009").FirstReleased);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Streaming_without_a_chronicle()
    {
        await using var file = Fixtures.Open(Fixtures.Icews);
        var perCode = new Dictionary<string, int>();
        await foreach (var record in IcewsReader.ReadAsync(file))
        {
            foreach (var e in record.Events)
            {
                var code = e.Coding.Cameo?.Value ?? "none";
                perCode[code] = perCode.GetValueOrDefault(code) + 1;
            }
        }

        Assert.Equal(2, perCode["040"]);
        Assert.Equal(2, perCode["163"]);
    }

    [SharedDataFact(Sample)]
    public async Task Querying_an_imported_chronicle()
    {
        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(SharedData.PathTo(Sample));

        var usaNorthKorea = chronicle.EventsBetween("USA", "PRK");
        var june2 = chronicle.EventsDuring(new DateInterval(new LocalDate(2018, 6, 2), new LocalDate(2018, 6, 2)));
        var sanctions = chronicle.EventsOf<SanctionsAction>();
        var meetings = chronicle.EventsOf<Meeting>();
        var putin = chronicle.EventsInvolving("vladimir-putin");
        var conflict = chronicle.Events.Where(e => e.Coding.QuadClass == QuadClass.MaterialConflict);
        var knownThen = chronicle.AsKnownAt(new LocalDate(2018, 6, 1));

        Assert.NotEmpty(usaNorthKorea);
        Assert.Equal(1346, june2.Count);
        Assert.Single(sanctions);
        Assert.Equal(319, meetings.Count);
        Assert.NotEmpty(putin);
        Assert.NotEmpty(conflict);
        Assert.Equal(2359, knownThen.Events.Count);
    }

    [SharedDataFact(Sample)]
    public async Task Resolving_actors_yourself()
    {
        var options = new ImportOptions
        {
            ResolveActor = a => a.Name == "Bharatiya Janata"
                ? new Organization("bharatiya-janata-party", "Bharatiya Janata Party", OrganizationKind.Other, "IND")
                : null,
        };
        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(SharedData.PathTo(Sample), options);

        Assert.Equal("IND", chronicle.GetActor<Organization>("bharatiya-janata-party").HomeState!.Value.Value);
        Assert.False(chronicle.ContainsActor("bharatiya-janata"));
    }

    [SharedDataFact(Sample)]
    public async Task Exporting_the_sample()
    {
        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(SharedData.PathTo(Sample));

        using var plover = new MemoryStream();
        var written = await PloverWriter.WriteAsync(chronicle, plover);
        using var csv = new MemoryStream();
        var dyadYears = await DyadYears.WriteCsvAsync(chronicle, csv);
        var panel = DyadYears.Compute(chronicle, new DyadYearOptions { IncludeAllStatePairs = true, FirstYear = 2018 });
        using var graph = new MemoryStream();
        var edges = await GraphMLWriter.WriteAsync(chronicle, graph);

        Assert.Equal("2897 records written, 808 events skipped", written.ToString());
        Assert.Equal(151 * 150, panel.Count);
        Assert.True(dyadYears.RecordsWritten > 0 && edges.RecordsWritten > 0);
    }
}
