using Diplomacy.Interop;
using Diplomacy.TestKit;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class IcewsReaderTests
{
    [Fact]
    public async Task Each_good_row_becomes_an_event_and_each_bad_row_is_reported_with_its_line()
    {
        var (chronicle, summary) = await Fixtures.IcewsAsync();

        Assert.Equal(10, summary.Read);
        Assert.Equal(7, summary.Imported);
        Assert.Equal(0, summary.Merged);
        Assert.Equal(3, summary.Rejected);
        Assert.Equal(7, chronicle.Events.Count);
        Assert.Collection(
            summary.Rejections,
            r => Assert.Equal((9L, ImportIssueKind.UnknownCode, "32891300"), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((10L, ImportIssueKind.InvalidValue, "32891301"), (r.Line, r.Kind, r.RecordId)),
            r => Assert.Equal((11L, ImportIssueKind.Malformed, "32891302"), (r.Line, r.Kind, r.RecordId)));
        Assert.Contains("'999'", summary.Rejections[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reciprocal_rows_sharing_a_story_stay_two_directed_events()
    {
        var (chronicle, summary) = await Fixtures.IcewsAsync();

        var there = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32889836"));
        var back = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32889837"));
        Assert.Equal((there.Source, there.Target), (back.Target!.Value, back.Source));
        Assert.Equal(2, chronicle.EventsBetween("foreign-affairs-bangladesh", "high-ranking-military-personnel-vietnam").Count);
        Assert.Equal(0, summary.Merged);
    }

    [Fact]
    public async Task Country_names_resolve_to_states_by_their_ISO_codes()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var e = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32891065"));
        Assert.Equal(("JPN", "VNM"), (e.Source.Value, e.Target!.Value.Value));
        Assert.Equal("Japan", chronicle.GetActor<State>("JPN").Name);
        Assert.Equal("RUS", chronicle.GetActor<Person>("vladimir-putin").Nationality!.Value.Value);
    }

    [Fact]
    public async Task A_sector_agent_becomes_an_organisation_of_its_state()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var ministry = chronicle.GetActor<Organization>("foreign-affairs-bangladesh");
        Assert.Equal(("Foreign Affairs (Bangladesh)", OrganizationKind.GovernmentBody, "BGD"), (ministry.Name, ministry.Kind, ministry.HomeState!.Value.Value));
        var military = chronicle.GetActor<Organization>("high-ranking-military-personnel-vietnam");
        Assert.Equal((OrganizationKind.Agency, "VNM"), (military.Kind, military.HomeState!.Value.Value));
        Assert.Equal(OrganizationKind.Other, chronicle.GetActor<Organization>("citizen-india").Kind);
    }

    [Fact]
    public async Task A_proper_name_becomes_a_person_of_the_rows_country_and_a_body_an_organisation()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        Assert.Equal(new Person("vladimir-putin", "Vladimir Putin", "RUS"), chronicle.GetActor("vladimir-putin"));
        var eu = chronicle.GetActor<Organization>("european-union");
        Assert.Equal((OrganizationKind.IntergovernmentalBody, (ActorId?)null), (eu.Kind, eu.HomeState));
    }

    [Fact]
    public async Task Sanctions_by_an_intergovernmental_body_become_a_sanctions_action_and_a_boycott_by_citizens_does_not()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var sanctions = Assert.IsType<SanctionsAction>(chronicle.GetEvent("icews-32891200"));
        Assert.Equal(("un-security-council", "SSD", SanctionsActionKind.Impose), (sanctions.Imposer.Value, sanctions.Target.Value, sanctions.Action));
        Assert.Equal("163", sanctions.Coding.Cameo!.Value.Value);
        var boycott = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32891201"));
        Assert.Equal("163", boycott.Coding.Cameo!.Value.Value);
    }

    [Fact]
    public async Task Sanctions_stay_coded_events_when_the_options_say_so()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync(new ImportOptions { RecognizeSanctions = false });

        Assert.Empty(chronicle.EventsOf<SanctionsAction>());
        Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32891200"));
    }

    [Fact]
    public async Task NA_means_missing_a_place_a_country_or_a_publisher()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var statement = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32891202"));
        Assert.Null(statement.Location);
        Assert.Equal("unknown-publisher", statement.Citations.Single().Source.Value);
        var japan = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32891065"));
        Assert.Equal(new Place("Japan", "JPN") { Latitude = 35.6149, Longitude = 139.581 }, japan.Location);
    }

    [Fact]
    public async Task The_place_is_the_most_precise_name_given_in_its_country()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var e = Assert.IsType<CodedEvent>(chronicle.GetEvent("icews-32889836"));
        Assert.Equal(new Place("Hanoi", "VNM") { Latitude = 21.0245, Longitude = 105.841 }, e.Location);
    }

    [Fact]
    public async Task The_coding_is_the_codebooks_with_the_rows_intensity_as_Goldstein_score()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        Assert.Same(Coding.FromCameo("040"), chronicle.GetEvent("icews-32889836").Coding);
        var praise = chronicle.GetEvent("icews-32891100").Coding;
        Assert.Equal(Coding.FromCameo("051") with { Goldstein = 3 }, praise);
    }

    [Fact]
    public async Task The_citation_is_the_publisher_on_the_event_date_and_repeats_are_equal()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var first = chronicle.GetEvent("icews-32889836");
        var second = chronicle.GetEvent("icews-32889837");
        Assert.Equal(new Citation("vietnam-news-agency-bulletin", new LocalDate(2018, 6, 1)), first.Citations.Single());
        Assert.Equal(first.Citations, second.Citations);
        Assert.Equal(OrganizationKind.NewsOutlet, chronicle.GetActor<Organization>("vietnam-news-agency-bulletin").Kind);
    }

    [Fact]
    public async Task Records_stream_in_file_order_with_the_actors_each_needs_first()
    {
        await using var stream = Fixtures.Open(Fixtures.Icews);
        var records = await Fixtures.ReadAllAsync(IcewsReader.ReadAsync(stream));

        Assert.Equal([2L, 3, 4, 5, 6, 7, 8, 9, 10, 11], records.Select(r => r.Line));
        Assert.Equal(["32889836", "32889837"], records.Take(2).Select(r => r.RecordId));
        var first = records[0];
        Assert.Equal(["BGD", "foreign-affairs-bangladesh", "VNM", "high-ranking-military-personnel-vietnam", "vietnam-news-agency-bulletin"], first.NewActors.Select(a => a.Id.Value));
        Assert.Empty(records[1].NewActors);
    }

    [Fact]
    public async Task A_file_without_the_ICEWS_columns_is_refused_naming_the_missing_column()
    {
        using var reader = new StringReader("Event ID\tEvent Date\n1\t2018-06-01\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Fixtures.ReadAllAsync(IcewsReader.ReadAsync(reader)));
        Assert.Contains("'Source Name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_imported_chronicle_answers_the_same_queries_as_any_other()
    {
        var (chronicle, _) = await Fixtures.IcewsAsync();

        var june2 = new DateInterval(new LocalDate(2018, 6, 2), new LocalDate(2018, 6, 2));
        Assert.Equal(3, chronicle.EventsDuring(june2).Count);
        Assert.Single(chronicle.EventsInvolving("SSD"));
        Assert.Empty(chronicle.AsKnownAt(new LocalDate(2018, 5, 31)).Events);
    }

    [SharedDataFact("icews/events.2018.sample.tab")]
    public async Task The_ICEWS_sample_imports_all_3705_rows_without_a_rejection()
    {
        var (chronicle, summary) = await ChronicleImporter.ImportIcewsAsync(SharedData.PathTo("icews/events.2018.sample.tab"));

        Assert.Equal((3705L, 3705L, 0L, 0L), (summary.Read, summary.Imported, summary.Merged, summary.Rejected));
        Assert.Empty(summary.Warnings);
        Assert.Equal(3705, chronicle.Events.Count);
        Assert.Equal("Russia", chronicle.GetActor<State>("RUS").Name);
        Assert.Equal("RUS", chronicle.GetActor<Person>("vladimir-putin").Nationality!.Value.Value);
        Assert.Equal("BGD", chronicle.GetActor<Organization>("foreign-affairs-bangladesh").HomeState!.Value.Value);
        Assert.Single(chronicle.EventsOf<SanctionsAction>());
        Assert.NotEmpty(chronicle.EventsBetween("USA", "PRK"));
    }
}
