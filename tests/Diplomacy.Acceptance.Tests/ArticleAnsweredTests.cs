using System.Text.Json;
using Diplomacy.Serialization;
using Json.Schema;
using NodaTime;

namespace Diplomacy.Acceptance.Tests;

/// <summary>
/// The seed data set (seeds/serbia-arms-2024.json) answers the article's questions, through the public API only.
/// </summary>
public class ArticleAnsweredTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "serbia-arms-2024.json");
    private static readonly Chronicle Seed = ChronicleJson.Load(SeedPath);
    private static readonly ActorId Russia = "RUS";
    private static readonly ActorId Serbia = "SRB";
    private static readonly ActorId Ukraine = "UKR";
    private static readonly ActorId Vulin = "aleksandar-vulin";

    private static EventSet SerbianArms(Chronicle chronicle) =>
        EventSet.Of(chronicle.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Select(t => t.Id));

    [Fact]
    public void The_seed_file_passes_the_json_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "chronicle-v1.schema.json")));
        using var document = JsonDocument.Parse(File.ReadAllText(SeedPath));
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Every_event_cites_a_source_and_every_reference_resolves() =>
        Assert.All(Seed.Events, e => Assert.NotEmpty(e.Citations)); // Load validated the references; a broken one would have thrown.

    [Fact]
    public void The_seed_round_trips_through_the_json_format()
    {
        var again = ChronicleJson.Deserialize(ChronicleJson.Serialize(Seed));
        Assert.Equal(Seed.Actors, again.Actors);
        Assert.Equal(Seed.Events, again.Events);
    }

    [Fact]
    public void Russia_traded_away_Israel_and_South_Korea_for_materiel()
    {
        var trades = Seed.TradeOffs(Russia, ConsiderationKind.Materiel);
        Assert.Equal(
            [("ISR", "IRN"), ("KOR", "PRK")],
            trades.Select(t => (t.Partner.Value, t.Gained.From?.Value)).OrderBy(p => p.Item1).ToArray());
        Assert.All(trades, t => Assert.Equal(ConsiderationKind.Materiel, t.Gained.Kind));
    }

    [Fact]
    public void Without_a_kind_Armenia_abandoned_for_forces_is_added()
    {
        var trades = Seed.TradeOffs(Russia);
        Assert.Equal(["ARM", "ISR", "KOR"], trades.Select(t => t.Partner.Value).Order());
        Assert.Equal(ConsiderationKind.Forces, Assert.Single(trades, t => t.Partner == "ARM").Gained.Kind);
    }

    [Fact]
    public void Serbia_refuses_to_sanction_Russia_on_the_day_of_the_article()
    {
        var stance = Seed.SanctionsStance(Serbia, Russia, new LocalDate(2024, 7, 8));
        Assert.Equal(SanctionsPosture.Refusing, stance.Posture);
        Assert.NotEmpty(stance.Evidence);
    }

    [Fact]
    public void The_US_sanctions_Vulin_from_July_2023()
    {
        Assert.Equal(SanctionsPosture.Imposing, Seed.SanctionsStance("USA", Vulin, new LocalDate(2023, 8, 15)).Posture);
        Assert.Equal(SanctionsPosture.None, Seed.SanctionsStance("USA", Vulin, new LocalDate(2023, 5, 15)).Posture);
    }

    [Fact]
    public void Serbian_arms_reach_Ukraine_through_the_United_States_and_the_Czech_Republic()
    {
        var routes = Seed.ArmsFlows(Serbia, Ukraine);
        bool IsAmerican(ActorId id) => id == "USA" || (Seed.GetActor(id) is Organization { HomeState: { } home } && home == "USA");
        Assert.Contains(routes, r => r.Via.Any(IsAmerican));
        Assert.Contains(routes, r => r.Via.Contains("CZE"));
        Assert.All(routes, r => Assert.Equal(Ukraine, r.Actors[^1]));
        Assert.Contains(routes, r => r.Values.Contains(new Money(800_000_000m, "EUR", isApproximate: true)));
    }

    [Fact]
    public void Russia_reacted_to_the_Serbian_arms_without_criticism()
    {
        var reactions = Seed.ReactionsTo(Russia, SerbianArms(Seed));
        Assert.NotEmpty(reactions);
        Assert.DoesNotContain(reactions, r => r.Tone.IsHostile());
        Assert.Contains(reactions, r => r.Speaker == "dmitry-peskov" && r.Tone == ReactionTone.Evasive);
        Assert.Contains(reactions, r => r.Speaker == "maria-zakharova" && r.Tone == ReactionTone.Silent);
    }

    [Fact]
    public void Russia_tolerated_the_Serbian_arms()
    {
        var tolerated = Seed.Tolerated(Russia);
        var serbianArms = SerbianArms(Seed);
        Assert.Contains(tolerated, t => t.Doer == Serbia && serbianArms.Contains(t.Act));
    }

    [Fact]
    public void The_embassy_denial_of_a_dispute_reads_as_a_reassurance_not_as_the_strongest_answer()
    {
        var tolerated = Seed.Tolerated(Russia);
        Assert.All(tolerated, t => Assert.NotEqual("embassy-denies-dispute", t.StrongestReaction?.Id.Value));
        Assert.Contains(tolerated, t => t.Ranked.Any(r => r.Reaction.Id == "embassy-denies-dispute" && r.Reading == ReactionReading.Reassurance));
    }

    [Fact]
    public void Serbia_speaks_warmly_of_Russia_and_arms_its_enemy()
    {
        var divergence = Seed.Divergence(Serbia, Russia);
        Assert.True(divergence.VerbalScore > 0, $"verbal score {divergence.VerbalScore}");
        Assert.True(divergence.MaterialScore < 0, $"material score {divergence.MaterialScore}");
    }

    [Fact]
    public void Vulin_met_Russian_security_chiefs_while_a_private_citizen()
    {
        var privateCitizen = new DateInterval(new LocalDate(2023, 11, 1), new LocalDate(2024, 5, 1));
        var channels = Seed.Contacts(Serbia, Russia, privateCitizen);
        Assert.Equal(
            [("alexander-bortnikov", 1), ("nikolai-patrushev", 2), ("sergei-naryshkin", 2)],
            channels.Select(c => (c.Counterpart.Value, c.Count)).OrderBy(p => p.Item1).ToArray());
        Assert.All(channels, c =>
        {
            Assert.Equal(Vulin, c.Person);
            Assert.Equal(c.Count, c.WithoutOffice);
        });
    }

    [Fact]
    public void After_his_return_Vulins_meetings_are_held_in_office()
    {
        var afterReturn = new DateInterval(new LocalDate(2024, 5, 2), new LocalDate(2024, 7, 8));
        var channels = Seed.Contacts(Serbia, Russia, afterReturn).Where(c => c.Counterpart == "sergei-shoigu" || c.Counterpart == "vladimir-kolokoltsev").ToArray();
        Assert.Equal(2, channels.Length);
        Assert.All(channels, c => Assert.Equal(0, c.WithoutOffice));
    }

    [Fact]
    public void At_the_end_of_2022_nothing_was_known_of_Serbian_arms_reaching_Ukraine()
    {
        var known = Seed.AsKnownAt(new LocalDate(2022, 12, 31));
        Assert.Empty(known.ArmsFlows(Serbia, Ukraine));
        Assert.Empty(known.ReactionsTo(Russia, EventSet.Where(e => e is ArmsTransfer)));
    }

    [Fact]
    public void By_the_day_of_the_article_the_routes_were_known()
    {
        Assert.NotEmpty(Seed.AsKnownAt(new LocalDate(2024, 7, 8)).ArmsFlows(Serbia, Ukraine));
    }

    [Fact]
    public void Vulin_held_no_office_in_early_2024_and_was_deputy_prime_minister_in_June()
    {
        Assert.Empty(Seed.RoleOf(Vulin, new LocalDate(2024, 2, 1)));
        Assert.Contains("BRICS", Assert.Single(Seed.RoleOf(Vulin, new LocalDate(2024, 6, 1))).Office, StringComparison.Ordinal);
    }
}
