using System.Text;
using Diplomacy.Interop;
using Diplomacy.TestKit;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class PloverReaderTests
{
    private static Task<ImportResult> GoldStandardAsync() =>
        Fixtures.ImportAsync(Fixtures.PloverGoldStandard, s => ChronicleImporter.ImportPloverAsync(s));

    private static Task<ImportResult> LinesAsync() =>
        Fixtures.ImportAsync(Fixtures.PloverLines, s => ChronicleImporter.ImportPloverAsync(s, new ImportOptions { LiftTypedEvents = false })); // read as coded

    [Fact]
    public async Task The_DOCUMENT_record_is_not_an_event_and_the_retired_CRIME_reads_as_ASSAULT_with_the_crime_context()
    {
        var (chronicle, summary) = await GoldStandardAsync();

        Assert.Equal((9L, 8L, 0L, 1L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        var rejection = Assert.Single(summary.Rejections);
        Assert.Equal((2L, ImportIssueKind.NotAnEvent, "TEST-GSR-DOCUMENT-0001"), (rejection.Line, rejection.Kind, rejection.RecordId));
        var crime = chronicle.Events.First(e => e.Id.Value.StartsWith("TEST-GSR-CRIME-0001", StringComparison.Ordinal));
        Assert.Equal(PloverCategory.Assault, crime.Coding.PloverCategory);
        Assert.Contains("crime", crime.Coding.PloverContexts);
    }

    [Fact]
    public async Task A_PLOVER_2_0_record_reads_its_actor_entity_objects_and_location_object()
    {
        var json = """
            {"id": "v2-1", "date": "2024-07-01", "event": ["CONSULT"], "mode": ["visit"],
             "actor": [{"code": "SRB", "sector": "GOV", "entity_text": "Government (Serbia)", "identifier_id": "Q1", "identifier_text": "Government of Serbia"}],
             "recipient": [{"code": "RUS"}],
             "event_loc": {"extracted_place": "Moscow", "resolved_place": "Moscow", "geonameid": 524901, "lat": 55.75, "lon": 37.62, "country": "Russia", "country_code": "RUS"}}
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ReplaceLineEndings(" ")));

        var (chronicle, summary) = await ChronicleImporter.ImportPloverAsync(stream);

        Assert.Equal(0, summary.Rejected);
        var e = Assert.IsType<Meeting>(chronicle.GetEvent("v2-1")); // CONSULT visit: the actor visits the recipient
        Assert.Equal(["government-serbia", "RUS"], e.Participants.Select(p => p.Value));
        Assert.Equal("RUS", e.Host?.Value);
        Assert.Equal(new Place("Moscow", "RUS") { Latitude = 55.75, Longitude = 37.62, GeoNamesId = 524901 }, e.Place);
        Assert.Equal("visit", e.Coding.PloverMode);
    }

    [Theory]
    [InlineData("Event ID,Event Date,Event Type\n1,2024-07-01,CONSULT\n", "'Event ID,Event Date")]
    [InlineData("\uFEFFid\tdate\n", "'id")]
    public async Task A_file_that_does_not_start_as_PLOVER_is_refused_naming_what_it_starts_with(string text, string start)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await ChronicleImporter.ImportPloverAsync(stream));

        Assert.StartsWith("This is not a PLOVER file", error.Message, StringComparison.Ordinal);
        Assert.Contains(start, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFEFF  {\"id\": \"p-1\", \"date\": \"2024-07-01\", \"event\": [\"CONSULT\"], \"actor\": [{\"code\": \"SRB\"}], \"recipient\": [{\"code\": \"RUS\"}]}\n")]
    [InlineData("[\n  {\"id\": \"p-1\", \"date\": \"2024-07-01\", \"event\": [\"CONSULT\"], \"actor\": [{\"code\": \"SRB\"}], \"recipient\": [{\"code\": \"RUS\"}]}\n]")]
    public async Task JSON_Lines_and_an_array_of_records_start_as_PLOVER(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var (chronicle, summary) = await ChronicleImporter.ImportPloverAsync(stream);

        Assert.Equal((1L, 0L), (summary.Imported, summary.Rejected));
        Assert.Single(chronicle.Events);
    }

    [Fact]
    public async Task A_category_PLOVER_never_defined_is_rejected_as_an_unknown_code()
    {
        using var stream = new MemoryStream("{\"id\": \"x-1\", \"date\": \"2020-01-01\", \"event\": \"TELEPORT\", \"source\": [{\"code\": \"RUS\"}]}\n"u8.ToArray());

        var (_, summary) = await ChronicleImporter.ImportPloverAsync(stream);

        var rejection = Assert.Single(summary.Rejections);
        Assert.Equal((1L, ImportIssueKind.UnknownCode), (rejection.Line, rejection.Kind));
    }

    [Fact]
    public async Task Several_sources_and_no_recipient_make_an_event_each_way()
    {
        var (chronicle, _) = await GoldStandardAsync();

        var one = Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-GSR-AGREE-0001:1"));
        var two = Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-GSR-AGREE-0001:2"));
        Assert.Equal(("government-hungary", "government-romania"), (one.Source.Value, one.Target!.Value.Value));
        Assert.Equal(("government-romania", "government-hungary"), (two.Source.Value, two.Target!.Value.Value));
        Assert.Equal(new Organization("government-hungary", "Government (Hungary)", OrganizationKind.GovernmentBody, "HUN"), chronicle.GetActor("government-hungary"));
    }

    [Fact]
    public async Task An_empty_string_target_means_no_recipient()
    {
        var (chronicle, summary) = await GoldStandardAsync();

        var agree = Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-GSR-AGREE-0002"));
        Assert.Equal(("USA", (ActorId?)null), (agree.Source.Value, agree.Target));
        Assert.DoesNotContain(summary.Warnings, w => w.RecordId == "TEST-GSR-AGREE-0002");
    }

    [Fact]
    public async Task A_word_where_the_target_list_should_be_is_left_out_with_a_warning()
    {
        var (chronicle, summary) = await GoldStandardAsync();

        Assert.Null(Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-GSR-DEMAND-0001")).Target);
        var warning = summary.Warnings.Single(w => w.RecordId == "TEST-GSR-DEMAND-0001");
        Assert.Equal(ImportIssueKind.IgnoredValue, warning.Kind);
        Assert.Contains("\"diplomatic\"", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TEST-GSR-DISAPPROVE-0001", PloverCategory.Accuse, "disapprove", QuadClass.VerbalConflict)]
    [InlineData("TEST-GSR-INVESTIGATE-0001", PloverCategory.Accuse, "investigate", QuadClass.MaterialCooperation)]
    [InlineData("TEST-GSR-DEMAND-0001", PloverCategory.Request, null, QuadClass.VerbalConflict)]
    [InlineData("TEST-GSR-FIGHT-0001", PloverCategory.Assault, "heavy-weapons", QuadClass.MaterialConflict)]
    public async Task Older_category_names_map_to_the_current_categories(string id, PloverCategory category, string? mode, QuadClass quad)
    {
        var (chronicle, _) = await GoldStandardAsync();

        var coding = chronicle.GetEvent(id).Coding;
        Assert.Equal((category, mode, quad), (coding.PloverCategory!.Value, coding.PloverMode, coding.QuadClass));
        Assert.Null(coding.Cameo);
    }

    [Fact]
    public async Task Comma_separated_contexts_become_a_list()
    {
        var (chronicle, _) = await GoldStandardAsync();

        Assert.Equal(["diplomatic", "military"], chronicle.GetEvent("TEST-GSR-DEMAND-0001").Coding.PloverContexts);
    }

    [Fact]
    public async Task A_record_without_a_source_is_cited_to_the_unidentified_actor_with_a_warning()
    {
        var (chronicle, summary) = await GoldStandardAsync();

        var bombing = Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-GSR-ASSAULT-0001"));
        Assert.Equal(("unidentified-actor", "civilians-iraq"), (bombing.Source.Value, bombing.Target!.Value.Value));
        Assert.Equal(ImportIssueKind.UnidentifiedSource, summary.Warnings.Single(w => w.RecordId == "TEST-GSR-ASSAULT-0001").Kind);
    }

    [Fact]
    public async Task A_non_state_code_makes_an_organisation_and_an_unknown_sector_a_state()
    {
        var (chronicle, _) = await GoldStandardAsync();

        Assert.Equal(new Organization("amnesty-international", "Amnesty International", OrganizationKind.IntergovernmentalBody), chronicle.GetActor("amnesty-international"));
        var fight = Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-GSR-FIGHT-0001"));
        Assert.Equal(("ISR", "LBN"), (fight.Source.Value, fight.Target!.Value.Value));
        Assert.Equal(new Place("Beirut", "LBN"), fight.Location);
    }

    [Fact]
    public async Task The_citation_is_the_publication_on_its_coding_date()
    {
        var (chronicle, _) = await GoldStandardAsync();

        var citation = chronicle.GetEvent("TEST-GSR-FIGHT-0001").Citations.Single();
        Assert.Equal(new Citation("diplomacy-tests", new LocalDate(2016, 12, 16)), citation);
    }

    [Fact]
    public async Task JSON_Lines_in_the_current_manuals_fields_are_read_line_by_line()
    {
        var (chronicle, summary) = await LinesAsync();

        Assert.Equal((6L, 3L, 0L, 3L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        Assert.Collection(
            summary.Rejections,
            r => Assert.Equal((4L, ImportIssueKind.MissingValue), (r.Line, r.Kind)),
            r => Assert.Equal((6L, ImportIssueKind.Malformed), (r.Line, r.Kind)),
            r => Assert.Equal((7L, ImportIssueKind.Malformed), (r.Line, r.Kind)));

        var visit = Assert.IsType<CodedEvent>(chronicle.GetEvent("TEST-JSONL-0001"));
        var expectedCoding = new Coding(QuadClass.VerbalCooperation) { Goldstein = 1.9, PloverCategory = PloverCategory.Consult, PloverMode = "visit", PloverContexts = ["diplomatic"] };
        Assert.Equal(expectedCoding, visit.Coding);
        Assert.Equal("Serbian delegation visits Moscow", visit.Summary);
        Assert.Equal(new Place("Moscow", "RUS") { Latitude = 55.7522, Longitude = 37.6156 }, visit.Location);
        var citation = visit.Citations.Single();
        Assert.Equal(("vreme", new LocalDate(2024, 7, 2), "Delegation in Moscow"), (citation.Source.Value, citation.Published.Earliest, citation.Title));
    }

    [Fact]
    public async Task A_date_with_an_enddate_is_a_range_and_several_categories_make_an_event_each()
    {
        var (chronicle, _) = await LinesAsync();

        Assert.Equal(FuzzyDate.Between(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 2)), chronicle.GetEvent("TEST-JSONL-0002").When);
        Assert.Equal(PloverCategory.Sanction, chronicle.GetEvent("TEST-JSONL-0004:1").Coding.PloverCategory);
        Assert.Equal(PloverCategory.Threaten, chronicle.GetEvent("TEST-JSONL-0004:2").Coding.PloverCategory);
    }

    [Fact]
    public async Task A_conflicting_duplicate_id_is_rejected_when_the_options_say_so()
    {
        var importer = new ChronicleImporter(Chronicle.Empty, new ImportOptions { RejectConflictingDuplicates = true });
        await importer.AddAsync(PloverReader.ReadAsync(new MemoryStream("{\"id\":\"x\",\"date\":\"2024-01-01\",\"source\":[{\"code\":\"SRB\"}],\"event\":\"AGREE\"}\n{\"id\":\"x\",\"date\":\"2024-01-02\",\"source\":[{\"code\":\"SRB\"}],\"event\":\"AGREE\"}\n{\"id\":\"x\",\"date\":\"2024-01-01\",\"source\":[{\"code\":\"SRB\"}],\"event\":\"AGREE\"}\n"u8.ToArray())));

        var summary = importer.Summary;
        Assert.Equal((3L, 1L, 1L, 1L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        Assert.Equal((2L, ImportIssueKind.ConflictingDuplicate), (summary.Rejections[0].Line, summary.Rejections[0].Kind));
    }

    [SharedDataFact("plover/PLOVER_GSR_CAMEO.txt")]
    public async Task The_PLOVER_gold_standard_imports_every_event_record()
    {
        await using var stream = File.OpenRead(SharedData.PathTo("plover/PLOVER_GSR_CAMEO.txt"));
        var (chronicle, summary) = await ChronicleImporter.ImportPloverAsync(stream);

        Assert.Equal((323L, 322L, 0L, 1L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        var document = Assert.Single(summary.Rejections);
        Assert.Equal((2L, ImportIssueKind.NotAnEvent, "PLOVER-GSR01-DOCUMENT-0001"), (document.Line, document.Kind, document.RecordId));
        Assert.True(chronicle.Events.Count >= 322);

        // The file gives two different records the id PLOVER-GSR01-COERCE-0004; the second keeps its content under a new id.
        var renamed = Assert.Single(summary.Warnings, w => w.Kind == ImportIssueKind.RenamedDuplicate);
        Assert.Equal(4825L, renamed.Line);
        Assert.Equal("ISR", Assert.IsType<CodedEvent>(chronicle.GetEvent("PLOVER-GSR01-COERCE-0004:dup2")).Source.Value);
        Assert.Equal(PloverCategory.Request, chronicle.Events.First(e => e.Id.Value.StartsWith("PLOVER-GSR01-DEMAND", StringComparison.Ordinal)).Coding.PloverCategory);
    }
}
