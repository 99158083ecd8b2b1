using System.IO.Compression;
using System.Text;
using Diplomacy.Interop;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class PolecatReaderTests
{
    // These tests read the columns as coded; typed lifting has its own tests (TypedLiftingTests).
    private static Task<ImportResult> ImportAsync(ImportOptions? options = null) =>
        ChronicleImporter.ImportPolecatAsync(Fixtures.PathTo(Fixtures.Polecat), options ?? new ImportOptions { LiftTypedEvents = false });

    private static async Task<ImportResult> ImportTextAsync(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await ChronicleImporter.ImportPolecatAsync(stream);
    }

    [Fact]
    public async Task Each_good_row_becomes_events_and_each_bad_row_is_reported_with_its_line()
    {
        var (chronicle, summary) = await ImportAsync();

        Assert.Equal(9, summary.Read);
        Assert.Equal(5, summary.Imported);
        Assert.Collection(
            summary.Rejections,
            r => Assert.Equal((6L, ImportIssueKind.UnknownCode, "20240702-0005"), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((7L, ImportIssueKind.InvalidValue, "20240702-0006"), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((8L, ImportIssueKind.MissingValue, (string?)null), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((9L, ImportIssueKind.Malformed, "20240702-0008"), (r.Line, r.Kind, r.RecordId)));
        Assert.Contains("'TELEPORT'", summary.Rejections[0].Message, StringComparison.Ordinal);
        Assert.Equal(6, chronicle.Events.Count);
    }

    [Fact]
    public async Task A_row_keeps_its_PLOVER_type_mode_contexts_score_and_quad_class()
    {
        var (chronicle, _) = await ImportAsync();

        var e = Assert.IsType<CodedEvent>(chronicle.GetEvent("polecat-20240701-0001"));
        Assert.Equal(PloverCategory.Consult, e.Coding.PloverCategory);
        Assert.Equal("visit", e.Coding.PloverMode);
        Assert.Equal(["diplomatic", "military"], e.Coding.PloverContexts);
        Assert.Equal(1.5, e.Coding.Goldstein);
        Assert.Equal(QuadClass.VerbalCooperation, e.Coding.QuadClass);
        Assert.Null(e.Coding.Cameo);
    }

    [Fact]
    public async Task A_missing_quad_code_is_the_quad_class_the_type_implies_and_None_is_no_mode()
    {
        var (chronicle, _) = await ImportAsync();

        var e = chronicle.GetEvent("polecat-20240702-0004");
        Assert.Equal(PloverCategory.Request, e.Coding.PloverCategory);
        Assert.Equal(QuadClass.VerbalConflict, e.Coding.QuadClass);
        Assert.Null(e.Coding.PloverMode);
        Assert.Empty(e.Coding.PloverContexts);
    }

    [Fact]
    public async Task A_numeric_quad_code_reads_as_well_as_the_words()
    {
        var (chronicle, _) = await ImportAsync();

        Assert.Equal(QuadClass.VerbalConflict, chronicle.GetEvent("polecat-20240703-0009").Coding.QuadClass);
    }

    [Fact]
    public async Task States_resolve_through_the_country_catalogue()
    {
        var (chronicle, _) = await ImportAsync();

        var e = Assert.IsType<CodedEvent>(chronicle.GetEvent("polecat-20240701-0001"));
        Assert.Equal(("SRB", "RUS"), (e.Source.Value, e.Target!.Value.Value));
    }

    [Fact]
    public async Task Persons_keep_their_nationality_raw_name_and_Wikipedia_id()
    {
        var (chronicle, _) = await ImportAsync();

        var putin = chronicle.GetActor<Person>("vladimir-putin");
        Assert.Equal("RUS", putin.Nationality!.Value.Value);
        Assert.Equal(["Putin", "wikipedia:Q7747"], putin.Aliases);
        var e = Assert.IsType<CodedEvent>(chronicle.GetEvent("polecat-20240701-0002"));
        Assert.Equal(("vladimir-putin", "aleksandar-vucic"), (e.Source.Value, e.Target!.Value.Value));
    }

    [Fact]
    public async Task A_compound_actor_gives_one_event_per_actor_with_its_own_country()
    {
        var (chronicle, _) = await ImportAsync();

        var first = chronicle.GetEvent("polecat-20240702-0003:1");
        var second = chronicle.GetEvent("polecat-20240702-0003:2");
        Assert.Equal(["USA", "IRN"], first.Actors.Select(a => a.Value));
        Assert.Equal(["GBR", "IRN"], second.Actors.Select(a => a.Value));
    }

    [Fact]
    public async Task Each_record_names_its_rows_Event_ID_whether_it_made_one_event_or_several()
    {
        await using var stream = File.OpenRead(Fixtures.PathTo(Fixtures.Polecat));
        var records = new List<ImportRecord>();
        await foreach (var record in PolecatReader.ReadAsync(stream, new ImportOptions { LiftTypedEvents = false }))
        {
            records.Add(record);
        }

        var single = records.Single(r => !r.IsRejected && r.Events.Count == 1 && r.Events[0].Id.Value == "polecat-20240701-0001");
        Assert.Equal("20240701-0001", single.RecordId);
        var compound = records.Single(r => r.Events.Count == 2);
        Assert.Equal("20240702-0003", compound.RecordId);
        Assert.All(records.Where(r => !r.IsRejected), r => Assert.All(r.Events, e => Assert.StartsWith("polecat-" + r.RecordId, e.Id.Value, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unnamed_actor_with_a_country_and_sector_is_that_states_agent()
    {
        var (chronicle, _) = await ImportAsync();

        var military = chronicle.GetActor<Organization>("military-russia");
        Assert.Equal("RUS", military.HomeState!.Value.Value);
        Assert.Equal("military-russia", chronicle.GetEvent("polecat-20240702-0004").Actors[0].Value);
    }

    [Fact]
    public async Task The_place_has_its_name_country_coordinates_and_GeoNames_id()
    {
        var (chronicle, _) = await ImportAsync();

        var e = Assert.IsType<CodedEvent>(chronicle.GetEvent("polecat-20240701-0001"));
        Assert.Equal(new Place("Moscow", "RUS") { Latitude = 55.75222, Longitude = 37.61556, GeoNamesId = 524901 }, e.Location);
        Assert.Null(Assert.IsType<CodedEvent>(chronicle.GetEvent("polecat-20240702-0004")).Location);
    }

    [Fact]
    public async Task The_citation_is_the_outlet_on_the_publication_date_with_the_headline()
    {
        var (chronicle, _) = await ImportAsync();

        var citation = Assert.Single(chronicle.GetEvent("polecat-20240701-0001").Citations);
        Assert.Equal("example-wire", citation.Source.Value);
        Assert.Equal(FuzzyDate.FromDate(new LocalDate(2024, 7, 2)), citation.Published);
        Assert.Equal("Synthetic headline one", citation.Title);
        Assert.Equal(FuzzyDate.FromDate(new LocalDate(2024, 7, 1)), chronicle.GetEvent("polecat-20240701-0001").When);
    }

    [Fact]
    public async Task A_row_without_an_outlet_is_cited_to_the_unknown_publisher()
    {
        var (chronicle, _) = await ImportAsync();

        Assert.Equal("unknown-publisher", Assert.Single(chronicle.GetEvent("polecat-20240702-0004").Citations).Source.Value);
    }

    [Fact]
    public async Task Older_column_names_and_other_orders_read_alike()
    {
        var text = "event_id\tEVENT DATE\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\tActor Country\tWikipedia Actor ID\tRecipient Name\tRecipient Country\n"
            + "old-1\t2018-01-01\tFIGHT\tNone\t-9\tNone\tmilitary\tRussia\tRUS\tNone\tUkraine\tUKR\n";

        var (chronicle, summary) = await ImportTextAsync(text);

        Assert.Equal(1, summary.Imported);
        var e = chronicle.GetEvent("polecat-old-1");
        Assert.Equal((PloverCategory.Assault, -9.0, QuadClass.MaterialConflict), (e.Coding.PloverCategory!.Value, e.Coding.Goldstein!.Value, e.Coding.QuadClass));
    }

    [Fact]
    public async Task A_header_without_an_event_type_is_not_a_POLECAT_file()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImportTextAsync("Event ID\tEvent Date\tActor Name\nx\t2024-01-01\tRussia\n"));

        Assert.Contains("'Event Type'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Event_ID_is_taken_while_it_leaves_room_for_a_pair_number_and_refused_with_its_line_past_that()
    {
        // "polecat-" and the Event ID, plus ":99" for the events of a row with several pairs, must make a valid id.
        var longest = new string('a', EventId.MaxLength - "polecat-".Length - 3);
        var text = "Event ID\tEvent Date\tEvent Type\tActor Name\tActor Country\n"
            + $"{longest}\t2024-01-01\tCONSULT\tNone\tSRB\n"
            + $"{longest}b\t2024-01-01\tCONSULT\tNone\tSRB\n"
            + "bad id!\t2024-01-01\tCONSULT\tNone\tSRB\n";

        var (chronicle, summary) = await ImportTextAsync(text);

        Assert.True(chronicle.ContainsEvent(new EventId("polecat-" + longest)));
        Assert.Collection(
            summary.Rejections,
            r => Assert.Equal((3L, ImportIssueKind.InvalidValue, longest + "b"), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((4L, ImportIssueKind.InvalidValue, "bad id!"), (r.Line, r.Kind, r.RecordId)));
    }

    [Fact]
    public async Task The_retired_type_CRIME_reads_as_ASSAULT_with_the_crime_context()
    {
        var (chronicle, _) = await ImportTextAsync("Event ID\tEvent Date\tEvent Type\tActor Name\tActor Country\nc-1\t2019-05-01\tCRIME\tNone\tMEX\n");

        var e = chronicle.GetEvent("polecat-c-1");
        Assert.Equal(PloverCategory.Assault, e.Coding.PloverCategory);
        Assert.Equal(["crime"], e.Coding.PloverContexts);
    }

    [Fact]
    public async Task Lists_that_do_not_align_with_the_names_give_no_country()
    {
        var text = "Event ID\tEvent Date\tEvent Type\tActor Name\tActor Country\tRecipient Name\tRecipient Country\n"
            + "m-1\t2024-01-01\tCONSULT\tJohn Example; Jane Example; Joe Example\tUSA; GBR\tFrance\tFRA\n";

        var (chronicle, _) = await ImportTextAsync(text);

        Assert.Null(chronicle.GetActor<Person>("john-example").Nationality);
    }

    [Fact]
    public async Task A_yearly_zip_is_read_in_place_entry_by_entry()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntryFromFile(Fixtures.PathTo(Fixtures.Polecat), "ngecEventsDV-2024.txt");
        }

        zipped.Position = 0;
        var (fromZip, zipSummary) = await ChronicleImporter.ImportPolecatAsync(zipped);
        var (fromText, textSummary) = await ImportAsync();

        Assert.Equal(textSummary.ToString(), zipSummary.ToString());
        Assert.Equal(fromText.Events.Select(e => e.Id), fromZip.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task The_reader_streams_records_in_file_order()
    {
        await using var stream = Fixtures.Open(Fixtures.Polecat);

        var records = await Fixtures.ReadAllAsync(PolecatReader.ReadAsync(stream));

        Assert.Equal([2L, 3, 4, 5, 6, 7, 8, 9, 10], records.Select(r => r.Line));
        Assert.Equal(2, records[2].Events.Count);
    }
}
