using Diplomacy.Interop;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class GdeltReaderTests
{
    private static async Task<ImportResult> ImportAsync(bool withMentions = true)
    {
        await using var events = Fixtures.Open(Fixtures.GdeltEvents);
        await using var mentions = Fixtures.Open(Fixtures.GdeltMentions);
        return await ChronicleImporter.ImportGdeltAsync(events, withMentions ? mentions : null);
    }

    [Fact]
    public async Task Event_rows_of_61_columns_become_events_and_others_are_reported()
    {
        var (chronicle, summary) = await ImportAsync(withMentions: false);

        Assert.Equal((6L, 4L, 0L, 2L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        Assert.Equal(4, chronicle.Events.Count);
        Assert.Collection(
            summary.Rejections,
            r => Assert.Equal((5L, ImportIssueKind.UnknownCode, "1180000005"), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((6L, ImportIssueKind.Malformed, "1180000006"), (r.Line, r.Kind, r.RecordId)));
        Assert.Contains("61", summary.Rejections[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rejected_rows_are_reported_at_their_own_lines_from_the_first(bool mentions)
    {
        // GDELT files have no header: the first row is line 1.
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("A1\tx\ty\nA2\tx\ty\nA3\tx\ty\n"));
        var records = mentions ? GdeltReader.ReadMentionsAsync(stream) : GdeltReader.ReadEventsAsync(stream);

        var lines = await records.Select(r => r.Rejection!.Line).ToListAsync();

        Assert.Equal([1L, 2L, 3L], lines);
    }

    [Fact]
    public async Task A_bare_country_code_is_the_state_and_a_typed_code_its_sector_agent()
    {
        var (chronicle, _) = await ImportAsync();

        var talks = Assert.IsType<CodedEvent>(chronicle.GetEvent("gdelt-1180000001"));
        Assert.Equal(("USA", "RUS"), (talks.Source.Value, talks.Target!.Value.Value));
        var praise = Assert.IsType<CodedEvent>(chronicle.GetEvent("gdelt-1180000002"));
        Assert.Equal(new Organization("government-russia", "Government (Russia)", OrganizationKind.GovernmentBody, "RUS"), chronicle.GetActor(praise.Source));
        Assert.Equal("SRB", praise.Target!.Value.Value);
    }

    [Fact]
    public async Task A_row_without_Actor1_is_cited_to_the_unidentified_actor_with_a_warning()
    {
        var (chronicle, summary) = await ImportAsync();

        var strike = Assert.IsType<CodedEvent>(chronicle.GetEvent("gdelt-1180000003"));
        Assert.Equal("unidentified-actor", strike.Source.Value);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal((3L, ImportIssueKind.UnidentifiedSource), (warning.Line, warning.Kind));
    }

    [Fact]
    public async Task United_Nations_sanctions_become_a_sanctions_action()
    {
        var (chronicle, _) = await ImportAsync();

        var embargo = Assert.IsType<SanctionsAction>(chronicle.GetEvent("gdelt-1180000004"));
        Assert.Equal(("united-nations", "SSD"), (embargo.Imposer.Value, embargo.Target.Value));
        Assert.Equal(OrganizationKind.IntergovernmentalBody, chronicle.GetActor<Organization>("united-nations").Kind);
    }

    [Fact]
    public async Task The_place_keeps_its_name_and_coordinates_and_gets_the_country_of_its_FIPS_code()
    {
        var (chronicle, _) = await ImportAsync();

        var praise = Assert.IsType<CodedEvent>(chronicle.GetEvent("gdelt-1180000002"));
        Assert.Equal(new Place("Belgrade, Central Serbia, Serbia", "SRB") { Latitude = 44.8186, Longitude = 20.4681 }, praise.Location);
        Assert.Equal("UKR", ((CodedEvent)chronicle.GetEvent("gdelt-1180000003")).Location?.Country?.Value);
    }

    [Fact]
    public async Task A_place_coded_with_FIPS_RS_is_in_Russia_not_Serbia()
    {
        await using var events = Fixtures.Open(Fixtures.GdeltVersion1Backfile);
        var (chronicle, _) = await ChronicleImporter.ImportGdeltAsync(events);

        var talks = ((CodedEvent)chronicle.GetEvent("gdelt-190000001"));
        Assert.Equal(new Place("Moscow, Moskva, Russia", "RUS") { Latitude = 55.7522, Longitude = 37.6156 }, talks.Location);
        Assert.NotNull(chronicle.GetActor<State>("RUS"));
    }

    [Fact]
    public async Task A_GDELT_1_0_daily_file_of_58_columns_is_read_like_2_0()
    {
        await using var events = Fixtures.Open(Fixtures.GdeltVersion1Events);
        var (chronicle, summary) = await ChronicleImporter.ImportGdeltAsync(events);

        Assert.Equal((5L, 4L, 1L), (summary.Read, summary.Imported, summary.Rejected));
        var praise = Assert.IsType<CodedEvent>(chronicle.GetEvent("gdelt-290000002"));
        Assert.Equal(("government-russia", "SRB", "051"), (praise.Source.Value, praise.Target!.Value.Value, praise.Coding.Cameo!.Value.Value));
        Assert.Equal(new Place("Belgrade, Central Serbia, Serbia", "SRB") { Latitude = 44.8186, Longitude = 20.4681 }, praise.Location);
        var citation = praise.Citations.Single();
        Assert.Equal(("b92-net", new LocalDate(2013, 8, 1)), (citation.Source.Value, citation.Published.Earliest));
        Assert.IsType<SanctionsAction>(chronicle.GetEvent("gdelt-290000004"));
    }

    [Fact]
    public async Task A_GDELT_1_0_row_of_another_width_than_its_file_is_rejected_with_its_line()
    {
        await using var events = Fixtures.Open(Fixtures.GdeltVersion1Events);
        var (_, summary) = await ChronicleImporter.ImportGdeltAsync(events);

        var rejected = Assert.Single(summary.Rejections);
        Assert.Equal((5L, ImportIssueKind.Malformed, "290000005"), (rejected.Line, rejected.Kind, rejected.RecordId));
        Assert.Contains("58", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GDELT_1_0_backfile_of_57_columns_has_no_url_and_cites_the_day_it_was_added()
    {
        await using var events = Fixtures.Open(Fixtures.GdeltVersion1Backfile);
        var (chronicle, summary) = await ChronicleImporter.ImportGdeltAsync(events);

        Assert.Equal((2L, 2L, 0L), (summary.Read, summary.Imported, summary.Rejected));
        var citation = chronicle.GetEvent("gdelt-190000002").Citations.Single();
        Assert.Equal(("unknown-publisher", new LocalDate(2012, 3, 15), (Uri?)null), (citation.Source.Value, citation.Published.Earliest, citation.Url));
        Assert.Equal(new LocalDate(2012, 3, 15), chronicle.GetEvent("gdelt-190000002").When.Earliest);
    }

    [Fact]
    public async Task A_row_of_no_GDELT_width_is_rejected_and_the_next_sets_the_version()
    {
        var good = File.ReadLines(Fixtures.PathTo(Fixtures.GdeltVersion1Backfile)).First();
        var text = string.Join('\t', good.Split('\t')[..40]) + "\n" + good + "\n";
        var records = await Fixtures.ReadAllAsync(GdeltReader.ReadEventsAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));

        Assert.Equal(ImportIssueKind.Malformed, records[0].Rejection?.Kind);
        Assert.Contains("57 or 58 (1.0) or 61 (2.0)", records[0].Rejection!.Message, StringComparison.Ordinal);
        Assert.Null(records[1].Rejection);
    }

    [Fact]
    public async Task The_citation_is_the_source_urls_outlet_on_the_day_it_was_added()
    {
        var (chronicle, _) = await ImportAsync(withMentions: false);

        var citation = chronicle.GetEvent("gdelt-1180000001").Citations.Single();
        Assert.Equal(("reuters-com", new LocalDate(2024, 7, 1)), (citation.Source.Value, citation.Published.Earliest));
        Assert.Equal("https://www.reuters.com/world/us-russia-talks-2024-07-01/", citation.Url!.OriginalString);
        Assert.Equal(OrganizationKind.NewsOutlet, chronicle.GetActor<Organization>("reuters-com").Kind);
    }

    [Fact]
    public async Task Mentions_add_citations_to_their_events_and_are_counted_as_merged()
    {
        var (chronicle, summary) = await ImportAsync();

        Assert.Equal((11L, 4L, 3L, 4L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        var talks = chronicle.GetEvent("gdelt-1180000001");
        Assert.Equal(["reuters-com", "bbc-co-uk"], talks.Citations.Select(c => c.Source.Value));
        Assert.Equal(new LocalDate(2024, 7, 2), talks.Citations[1].Published.Earliest);
        var monitoring = chronicle.GetEvent("gdelt-1180000002").Citations[1];
        Assert.Equal(("bbc-monitoring", "BBC Monitoring Europe, 1 July 2024", (Uri?)null), (monitoring.Source.Value, monitoring.Title, monitoring.Url));
    }

    [Fact]
    public async Task A_mention_of_an_event_not_imported_is_rejected_with_its_line()
    {
        var (_, summary) = await ImportAsync();

        var unknown = summary.Rejections.Single(r => r.Kind == ImportIssueKind.UnknownEvent);
        Assert.Equal((4L, "1180000005"), (unknown.Line, unknown.RecordId));
        Assert.Contains(summary.Rejections, r => r.Kind == ImportIssueKind.Malformed && r.Line == 5 && r.Message.Contains("16", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_first_articles_mention_is_not_a_second_citation()
    {
        var (chronicle, _) = await ImportAsync();

        Assert.Equal(2, chronicle.GetEvent("gdelt-1180000001").Citations.Count);
        Assert.Equal(chronicle.GetEvent("gdelt-1180000001").FirstKnown, new LocalDate(2024, 7, 1));
    }
}
