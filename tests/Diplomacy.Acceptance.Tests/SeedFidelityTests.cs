using Diplomacy.Serialization;
using NodaTime;

namespace Diplomacy.Acceptance.Tests;

/// <summary>
/// The seed says what its sources say, and on what basis (issue 16's fact check): each test pins one corrected fact,
/// asked through the public queries.
/// </summary>
public class SeedFidelityTests
{
    private static readonly Chronicle Seed = ChronicleJson.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "serbia-arms-2024.json"));
    private static readonly ActorId Russia = "RUS";
    private static readonly ActorId Serbia = "SRB";
    private static readonly ActorId Ukraine = "UKR";
    private static readonly ActorId Vulin = "aleksandar-vulin";

    [Fact]
    public void No_office_has_two_holders_at_once()
    {
        var changes = Seed.EventsOf<OfficeChange>();
        var people = changes.Select(c => c.Person).Distinct().ToArray();

        // The days on which any holding can begin or end: each change's first and last possible day, and the day after.
        var days = changes.SelectMany(c => new[] { c.When.Earliest, c.When.Latest, c.When.Latest.PlusDays(1) }).Distinct();
        foreach (var day in days)
        {
            var holders = people
                .SelectMany(p => Seed.RoleOf(p, day).Where(o => o.Certainty == Certainty.Certain))
                .GroupBy(o => (o.Office, o.Body))
                .Where(g => g.Select(o => o.Person).Distinct().Count() > 1)
                .Select(g => $"{g.Key.Office} ({g.Key.Body}) on {day}: {string.Join(", ", g.Select(o => o.Person))}");
            Assert.Empty(holders);
        }
    }

    [Fact]
    public void Patrushev_left_the_Security_Council_the_day_Shoigu_was_appointed()
    {
        var day = new LocalDate(2024, 5, 12);
        Assert.DoesNotContain(Seed.RoleOf("nikolai-patrushev", day), o => o.Office == "Secretary of the Security Council");
        Assert.Contains(Seed.RoleOf("sergei-shoigu", day), o => o.Office == "Secretary of the Security Council");
        var lastDay = Assert.Single(Seed.RoleOf("nikolai-patrushev", day.PlusDays(-1)), o => o.Office == "Secretary of the Security Council");
        Assert.Equal(day, lastDay.Until?.Earliest);
    }

    [Fact]
    public void The_US_designated_Vulin_under_the_Western_Balkans_order()
    {
        var stance = Seed.SanctionsStance("USA", Vulin, new LocalDate(2023, 8, 15));
        var action = Assert.Single(stance.Evidence.OfType<SanctionsAction>());
        Assert.Contains("14033", action.Programme, StringComparison.Ordinal);
    }

    [Fact]
    public void Vulin_resigned_from_the_BIA_on_3_November_2023()
    {
        var spell = Assert.Single(Seed.RoleOf(Vulin, new LocalDate(2023, 11, 2)));
        Assert.Equal(new LocalDate(2023, 11, 3), spell.Until?.Earliest);
        Assert.Contains(spell.Evidence.OfType<OfficeChange>(), c => c.Change == OfficeChangeKind.Resigned);
        Assert.Empty(Seed.RoleOf(Vulin, new LocalDate(2023, 11, 3)));
    }

    [Fact]
    public void Only_the_St_Petersburg_meeting_of_the_private_citizen_period_has_a_city()
    {
        var privateCitizen = new DateInterval(new LocalDate(2023, 11, 3), new LocalDate(2024, 5, 1));
        var meetings = Seed.Contacts(Serbia, Russia, privateCitizen).SelectMany(c => c.Meetings).ToArray();
        var placed = Assert.Single(meetings, m => m.Place is not null);
        Assert.Equal("Saint Petersburg", placed.Place!.Name);
        Assert.Contains("nikolai-patrushev", placed.Meeting.Participants);
        Assert.Equal(5, meetings.Length);
    }

    [Fact]
    public void Vulin_met_Shoigu_as_secretary_only_after_his_appointment()
    {
        var appointed = Assert.Single(Seed.EventsOf<OfficeChange>(), c => c.Person == "sergei-shoigu" && c.Office == "Secretary of the Security Council");
        var meeting = Assert.Single(Seed.Contacts(Serbia, Russia), c => c.Counterpart == "sergei-shoigu").Meetings.Single();
        Assert.True(meeting.When.Earliest >= appointed.When.Latest, $"meeting {meeting.When}, appointment {appointed.When}");
    }

    [Fact]
    public void South_Korea_no_longer_delays_sanctions_against_Russia_in_2024()
    {
        Assert.Equal(SanctionsPosture.Delaying, Seed.SanctionsStance("KOR", Russia, new LocalDate(2022, 2, 26)).Posture);
        Assert.Equal(SanctionsPosture.Imposing, Seed.SanctionsStance("KOR", Russia, new LocalDate(2024, 7, 8)).Posture);
    }

    [Fact]
    public void Moscows_commentators_do_not_speak_for_the_Russian_state()
    {
        var silence = Assert.Single(Seed.EventsOf<PublicReaction>(), r => r.Summary?.Contains("commentators", StringComparison.Ordinal) == true);
        Assert.NotEqual(Russia, silence.Speaker);
        Assert.False(Seed.GetActor(silence.Speaker) is Organization { Kind: OrganizationKind.GovernmentBody or OrganizationKind.Agency });
    }

    [Fact]
    public void No_event_cites_the_anonymous_leakers_as_a_published_source()
    {
        Assert.DoesNotContain(Seed.Events, e => e.Citations.Any(c => c.Source == "anonymous-online-sources"));
    }

    [Fact]
    public void Citations_from_outside_the_article_are_marked_as_background()
    {
        // The article and the sources it names for what it reports.
        var articleSources = new HashSet<ActorId> { "vreme", "balkan-insight", "financial-times", "serbian-chamber-of-commerce" };
        var outside = Seed.Events.SelectMany(e => e.Citations.Select(c => (Event: e, Citation: c))).Where(x => !articleSources.Contains(x.Citation.Source)).ToArray();
        Assert.NotEmpty(outside);
        Assert.All(outside, x => Assert.True(
            (x.Citation.Basis ?? x.Event.Basis) == EvidenceBasis.Background,
            $"{x.Event.Id} cites {x.Citation.Source} on the basis {x.Citation.Basis ?? x.Event.Basis}"));
    }

    [Fact]
    public void The_passing_on_by_US_importers_is_an_inference_and_reported_routes_remain_without_it()
    {
        var routes = Seed.ArmsFlows(Serbia, Ukraine);
        Assert.Contains(routes, r => r.Via.Contains("pentagon") && r.WeakestBasis == EvidenceBasis.Inferred);

        var reported = Seed.WithBasisAtLeast(EvidenceBasis.Reported).ArmsFlows(Serbia, Ukraine);
        Assert.DoesNotContain(reported, r => r.Via.Contains("pentagon"));
        Assert.Contains(reported, r => r.Via.Contains("CZE"));
        Assert.All(reported, r => Assert.True(r.WeakestBasis >= EvidenceBasis.Reported));
    }

    [Fact]
    public void The_deliveries_Vucic_confirmed_are_confirmed_and_carry_both_figures()
    {
        var confirmed = Seed.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Where(t => t.Basis == EvidenceBasis.Confirmed).Distinct().ToArray();
        var transfer = Assert.Single(confirmed);
        Assert.Equal(new Money(800_000_000m, "EUR", isApproximate: true), transfer.Value);
        Assert.Contains(transfer.Citations, c => c.Quote?.Contains("billion", StringComparison.Ordinal) == true);
        Assert.Contains(Seed.ReactionsTo(Serbia, EventSet.Of(transfer.Id)), r => r.Speaker == "aleksandar-vucic" && r.Tone == ReactionTone.Confirmation);
    }

    [Fact]
    public void The_figures_are_not_stored_as_SIPRI_data_for_2023()
    {
        var toImporters = Seed.EventsOf<ArmsTransfer>().Where(t => t.Recipient == "us-arms-importers").ToArray();
        Assert.NotEmpty(toImporters);
        Assert.All(toImporters, t =>
        {
            Assert.DoesNotContain(t.Citations, c => c.Source == "sipri");
            Assert.False(t.When.Earliest.Year == 2023 && t.When.Latest.Year == 2023, $"{t.Id} is dated {t.When}; the article gives no year");
        });
    }

    [Fact]
    public void No_transfer_claims_an_end_user_clause_was_broken_from_one_anonymous_remark()
    {
        Assert.DoesNotContain(Seed.EventsOf<ArmsTransfer>(), t => t.EndUserClause == EndUserClause.NotRespected);
    }

    [Fact]
    public void Serbian_deliveries_are_weapons_not_just_artillery_shells()
    {
        var transfer = Seed.ArmsFlows(Serbia, Ukraine).Single(r => r.Values.Count > 0).Transfers.First();
        Assert.DoesNotContain(transfer.Items, i => i.Designation == "artillery shells");
    }

    [Fact]
    public void Events_resting_only_on_reference_knowledge_are_background()
    {
        var reference = Seed.Events.Where(e => e.Citations.All(c => c.Source == "reference-background")).ToArray();
        Assert.NotEmpty(reference);
        Assert.All(reference, e => Assert.Equal(EvidenceBasis.Background, e.Basis));
    }
}
