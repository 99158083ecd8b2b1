using System.Text;
using Diplomacy.Interop;
using NodaTime;

namespace Diplomacy.Interop.Tests;

/// <summary>
/// The typed-lifting table (docs/interop.md, "Typed lifting"), row by row over each reader that carries the row's codes,
/// on small synthetic files: Aleksandar Vučić (Serbia) and Vladimir Putin (Russia) for meetings, the United States and
/// Russia for sanctions.
/// </summary>
public class TypedLiftingTests
{
    private static readonly LocalDate Day = new(2024, 7, 1);

    // ICEWS and GDELT carry CAMEO codes; POLECAT and PLOVER records carry PLOVER types and modes.
    public static TheoryData<string, string> MeetingRows => new()
    {
        { "icews", "042" }, { "icews", "043" }, { "icews", "044" },
        { "gdelt", "042" }, { "gdelt", "043" }, { "gdelt", "044" },
        { "polecat", "CONSULT visit" }, { "polecat", "CONSULT third-party" }, { "polecat", "CONSULT multilateral" },
        { "plover", "CONSULT visit" }, { "plover", "CONSULT third-party" }, { "plover", "CONSULT multilateral" },
    };

    public static TheoryData<string, string> SanctionsRows => new()
    {
        { "icews", "163" }, { "gdelt", "163" }, { "polecat", "SANCTION discontinue" }, { "plover", "SANCTION discontinue" },
    };

    public static TheoryData<string, string> RowsThatSayLess => new()
    {
        { "icews", "040" }, { "icews", "041" }, { "icews", "046" }, { "icews", "1621" }, { "gdelt", "045" },
        { "polecat", "CONSULT None" }, { "polecat", "CONSULT phone" }, { "polecat", "SANCTION expel" },
        { "plover", "CONSULT phone" }, { "plover", "SANCTION withdraw" }, { "plover", "CONSULT" },
    };

    [Theory]
    [MemberData(nameof(MeetingRows))]
    public async Task A_meeting_code_lifts_to_a_meeting_that_Contacts_finds(string reader, string code)
    {
        var (chronicle, summary) = await ImportAsync(reader, code, sanctions: false);

        Assert.Equal(0, summary.Rejected);
        var meeting = Assert.Single(chronicle.EventsOf<Meeting>());
        if (reader == "gdelt")
        {
            // GDELT's actor codes name states and their agencies, never persons: the meeting is between the states.
            Assert.Equal(["SRB", "RUS"], meeting.Participants.Select(p => p.Value));
        }
        else
        {
            var channel = Assert.Single(chronicle.Contacts("SRB", "RUS"));
            Assert.Equal(("aleksandar-vucic", "vladimir-putin"), (channel.Person.Value, channel.Counterpart.Value));
            Assert.Equal(meeting, channel.Meetings.Single().Meeting);
        }

        Assert.StartsWith("Moscow", meeting.Place?.Name, StringComparison.Ordinal);
    }

    [Theory]
    // Between the United States and Russia (the sanctions pair), both states.
    [InlineData("icews", "042", "RUS")]
    [InlineData("icews", "043", "USA")]
    [InlineData("icews", "044", null)]
    [InlineData("polecat", "CONSULT visit", "RUS")]
    [InlineData("polecat", "CONSULT third-party", null)]
    public async Task The_host_is_the_side_the_code_says_hosts_when_it_is_a_state(string reader, string code, string? host)
    {
        var (chronicle, _) = await ImportAsync(reader, code, sanctions: true);

        Assert.Equal(host, chronicle.EventsOf<Meeting>().Single().Host?.Value);
    }

    [Theory]
    [InlineData("icews", "042")]
    [InlineData("plover", "CONSULT visit")]
    public async Task A_person_who_receives_a_visit_takes_part_but_does_not_host_it(string reader, string code)
    {
        var (chronicle, _) = await ImportAsync(reader, code, sanctions: false);

        Assert.Null(chronicle.EventsOf<Meeting>().Single().Host);
    }

    [Theory]
    [InlineData("polecat")]
    [InlineData("plover")]
    public async Task A_meeting_of_actors_acting_on_each_other_is_one_meeting_not_one_a_direction(string reader)
    {
        // PLOVER's reciprocal form: two actors and no recipient code A→B and B→A; a meeting has no direction.
        Task<ImportResult> Import(ImportOptions? options) => reader == "polecat"
            ? ChronicleImporter.ImportPolecatAsync(Stream(PolecatHeader + "7002\t2024-07-01\tCONSULT\tmultilateral\tAleksandar Vucic; Vladimir Putin\tSRB; RUS\tPresident; President\tNone\tNone\tNone\tMoscow\tRUS\t55.75\t37.62\t524901\tTanjug\t2024-07-01\n"), options)
            : ChronicleImporter.ImportPloverAsync(Stream("""{"id": "p-7002", "date": "2024-07-01", "event": ["CONSULT"], "mode": "multilateral", "actor": [{"code": "SRB", "entity_text": "Aleksandar Vucic", "actor_id": "aleksandar-vucic", "actor_type": "person"}, {"code": "RUS", "entity_text": "Vladimir Putin", "actor_id": "vladimir-putin", "actor_type": "person"}], "recipient": [], "cite_info": {"publication": "Tanjug", "published": "2024-07-01"}}""" + "\n"), options);

        var (lifted, summary) = await Import(null);
        var (coded, _) = await Import(new ImportOptions { LiftTypedEvents = false });

        Assert.Equal(0, summary.Rejected);
        var meeting = Assert.Single(lifted.Events.OfType<Meeting>());
        Assert.Equal(["aleksandar-vucic", "vladimir-putin"], meeting.Participants.Select(p => p.Value).Order());
        Assert.Single(Assert.Single(lifted.Contacts("SRB", "RUS")).Meetings);
        Assert.Equal(2, coded.Events.Count); // as coded events the two directions stay
    }

    [Theory]
    [MemberData(nameof(SanctionsRows))]
    public async Task A_sanctions_code_lifts_to_a_sanctions_action_that_SanctionsStance_finds(string reader, string code)
    {
        var (chronicle, summary) = await ImportAsync(reader, code, sanctions: true);

        Assert.Equal(0, summary.Rejected);
        var action = Assert.Single(chronicle.EventsOf<SanctionsAction>());
        var stance = chronicle.SanctionsStance("USA", "RUS", Day.PlusDays(1));
        Assert.Equal(SanctionsPosture.Imposing, stance.Posture);
        Assert.Equal(action, Assert.Single(stance.Actions));
    }

    [Theory]
    [InlineData("polecat")]
    [InlineData("icews")]
    public async Task A_bloc_named_without_a_sector_imposes_sanctions_as_the_intergovernmental_body_it_is(string reader)
    {
        var (chronicle, summary) = reader == "polecat"
            ? await ChronicleImporter.ImportPolecatAsync(Stream(PolecatHeader + "7003\t2024-07-01\tSANCTION\tdiscontinue\tEuropean Union\tNone\tNone\tRussia\tRUS\tNone\tBrussels\tBEL\t50.85\t4.35\t2800866\tReuters\t2024-07-01\n"))
            : await ChronicleImporter.ImportIcewsAsync(Stream(IcewsHeader + "7003\t2024-07-01\tEuropean Union\t\t\tEvent\t163\t1\tRussia\t\tRussian Federation\t9\t1\tReuters\tBrussels\tNA\tBrussels\tBelgium\t50.85\t4.35\n"));

        Assert.Equal(0, summary.Rejected);
        Assert.True(chronicle.TryGetActor("european-union", out var eu));
        Assert.Equal(OrganizationKind.IntergovernmentalBody, Assert.IsType<Organization>(eu).Kind);
        Assert.Equal(SanctionsPosture.Imposing, chronicle.SanctionsStance("european-union", "RUS", Day.PlusDays(1)).Posture);
    }

    [Theory]
    [MemberData(nameof(RowsThatSayLess))]
    public async Task A_code_that_says_less_stays_a_coded_event(string reader, string code)
    {
        var (chronicle, summary) = await ImportAsync(reader, code, sanctions: code.Contains("SANCTION", StringComparison.Ordinal) || code.StartsWith("16", StringComparison.Ordinal));

        Assert.Equal(0, summary.Rejected);
        Assert.IsType<CodedEvent>(Assert.Single(chronicle.Events));
    }

    [Theory]
    [MemberData(nameof(MeetingRows))]
    [MemberData(nameof(SanctionsRows))]
    public async Task The_lifted_event_keeps_its_coding_and_citations(string reader, string code)
    {
        var sanctions = SanctionsRows.Any(row => (string)row[0] == reader && (string)row[1] == code);
        var (lifted, _) = await ImportAsync(reader, code, sanctions);
        var (coded, _) = await ImportAsync(reader, code, sanctions, new ImportOptions { LiftTypedEvents = false });

        var original = Assert.IsType<CodedEvent>(Assert.Single(coded.Events));
        var typed = Assert.Single(lifted.Events);
        Assert.NotEqual(EventKind.CodedEvent, typed.Kind);
        Assert.Equal((original.Id, original.When, original.Coding, original.Summary), (typed.Id, typed.When, typed.Coding, typed.Summary));
        Assert.Equal(original.Citations, typed.Citations);
    }

    [Theory]
    [MemberData(nameof(MeetingRows))]
    [MemberData(nameof(SanctionsRows))]
    public async Task No_lift_happens_when_the_option_is_off(string reader, string code)
    {
        var sanctions = SanctionsRows.Any(row => (string)row[0] == reader && (string)row[1] == code);

        var (chronicle, _) = await ImportAsync(reader, code, sanctions, new ImportOptions { LiftTypedEvents = false });

        Assert.IsType<CodedEvent>(Assert.Single(chronicle.Events));
    }

    [Fact]
    public async Task RecognizeSanctions_false_still_keeps_sanctions_coded_while_meetings_lift()
    {
        var options = new ImportOptions { RecognizeSanctions = false };

        var (sanctions, _) = await ImportAsync("icews", "163", sanctions: true, options);
        var (meetings, _) = await ImportAsync("icews", "042", sanctions: false, options);

        Assert.IsType<CodedEvent>(Assert.Single(sanctions.Events));
        Assert.IsType<Meeting>(Assert.Single(meetings.Events));
    }

    [Fact]
    public async Task Sanctions_by_a_person_stay_coded_because_only_states_and_bodies_impose_them()
    {
        // Vučić "imposing sanctions" on Putin: the catalogue's imposer rule (a state, an alliance or an
        // intergovernmental body) refuses it, so the record stays coded.
        var (chronicle, _) = await ImportAsync("polecat", "SANCTION discontinue", sanctions: false);

        Assert.IsType<CodedEvent>(Assert.Single(chronicle.Events));
    }

    [Fact]
    public async Task A_meeting_of_an_actor_with_itself_stays_coded()
    {
        var text = IcewsHeader + $"1\t2024-07-01\tSerbia\t\tSerbia\tConsult\t042\t1.9\tSerbia\t\tSerbia\t9\t1\tTanjug\tMoscow\tNA\tNA\tRussia\t55.75\t37.62\n";

        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(Stream(text));

        Assert.IsType<CodedEvent>(Assert.Single(chronicle.Events));
    }

    // ---- synthetic files, one record each ----

    /// <summary>
    /// One record of <paramref name="code"/> (a CAMEO code, or a PLOVER type and mode) between Vučić and Putin, or, for
    /// <paramref name="sanctions"/>, from the United States to Russia, in the reader's format.
    /// </summary>
    internal static Task<ImportResult> ImportAsync(string reader, string code, bool sanctions, ImportOptions? options = null)
    {
        var (actor, actorCountry, recipient, recipientCountry) = sanctions
            ? ("United States", "USA", "Russia", "RUS")
            : ("Aleksandar Vucic", "SRB", "Vladimir Putin", "RUS");
        var parts = code.Split(' ');
        var (type, mode) = (parts[0], parts.Length > 1 ? parts[1] : "None");
        return reader switch
        {
            "icews" => ChronicleImporter.ImportIcewsAsync(Stream(IcewsHeader + $"7001\t2024-07-01\t{actor}\t\t{CountryName(actorCountry)}\tEvent\t{code}\t1\t{recipient}\t\t{CountryName(recipientCountry)}\t9\t1\tTanjug\tMoscow\tNA\tMoskva\tRussian Federation\t55.75\t37.62\n"), options),
            "gdelt" => ChronicleImporter.ImportGdeltAsync(Stream(GdeltRow(code, sanctions ? "USA" : "SRB", "RUS")), options: options),
            "polecat" => ChronicleImporter.ImportPolecatAsync(Stream(PolecatHeader + $"7001\t2024-07-01\t{type}\t{mode}\t{actor}\t{actorCountry}\t{(sanctions ? "None" : "President")}\t{recipient}\t{recipientCountry}\t{(sanctions ? "None" : "President")}\tMoscow\tRUS\t55.75\t37.62\t524901\tTanjug\t2024-07-01\n"), options),
            "plover" => ChronicleImporter.ImportPloverAsync(Stream(PloverRecord(type, mode, sanctions, actor, actorCountry, recipient, recipientCountry)), options),
            _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
        };
    }

    internal const string IcewsHeader = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

    internal const string PolecatHeader = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tActor Name\tActor Country\tActor Title\tRecipient Name\tRecipient Country\tRecipient Title\tPlacename\tCountry\tLatitude\tLongitude\tGeoNames ID\tSource\tPublication Date\n";

    private static string CountryName(string alpha3) => Countries.Resolve(alpha3).Name;

    private static string GdeltRow(string code, string actor1, string actor2)
    {
        var columns = new string[GdeltReader.EventColumns];
        Array.Fill(columns, string.Empty);
        (columns[0], columns[1], columns[2], columns[3], columns[4]) = ("7001", "20240701", "202407", "2024", "2024.4959");
        (columns[5], columns[6], columns[7]) = (actor1, Countries.Resolve(actor1).Name.ToUpperInvariant(), actor1);
        (columns[15], columns[16], columns[17]) = (actor2, Countries.Resolve(actor2).Name.ToUpperInvariant(), actor2);
        (columns[25], columns[26], columns[27], columns[28]) = ("1", code, code, code[..2]);
        (columns[51], columns[52], columns[53], columns[56], columns[57]) = ("4", "Moscow, Moskva, Russia", "RS", "55.7522", "37.6156");
        (columns[59], columns[60]) = ("20240701120000", "https://www.tanjug.rs/visit");
        return string.Join('\t', columns) + "\n";
    }

    private static string PloverRecord(string type, string mode, bool sanctions, string actor, string actorCountry, string recipient, string recipientCountry)
    {
        string Entity(string name, string country) => sanctions
            ? $$"""{"code": "{{country}}", "entity_text": "{{name}}"}"""
            : $$"""{"code": "{{country}}", "entity_text": "{{name}}", "actor_id": "{{name.ToLowerInvariant().Replace(' ', '-')}}", "actor_type": "person"}""";
        var modeField = mode == "None" ? string.Empty : $", \"mode\": \"{mode}\"";
        return $$$"""{"id": "p-7001", "date": "2024-07-01", "event": ["{{{type}}}"]{{{modeField}}}, "actor": [{{{Entity(actor, actorCountry)}}}], "recipient": [{{{Entity(recipient, recipientCountry)}}}], "event_text": "They met.", "event_loc": {"resolved_place": "Moscow", "geonameid": 524901, "lat": 55.75, "lon": 37.62, "country_code": "RUS"}, "cite_info": {"publication": "Tanjug", "published": "2024-07-01"}}""" + "\n";
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
