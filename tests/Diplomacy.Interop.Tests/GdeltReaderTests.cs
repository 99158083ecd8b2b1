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
    public async Task The_place_keeps_its_name_and_coordinates_but_not_its_FIPS_country()
    {
        var (chronicle, _) = await ImportAsync();

        var praise = Assert.IsType<CodedEvent>(chronicle.GetEvent("gdelt-1180000002"));
        Assert.Equal(new Place("Belgrade, Central Serbia, Serbia") { Latitude = 44.8186, Longitude = 20.4681 }, praise.Location);
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
