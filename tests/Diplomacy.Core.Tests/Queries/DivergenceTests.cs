using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class DivergenceTests
{
    private static readonly RelationshipChange War = new("war", Day(2022, 2, 24), Cited("2022-02-24"), Russia, Ukraine, RelationshipKind.War, RelationshipChangeKind.Formed);

    [Fact]
    public void A_deed_by_someone_who_may_not_yet_hold_the_office_they_count_through_is_possible()
    {
        // Counting only through an office whose appointment is dated "2023-06", the envoy's act of 10 June may not
        // be Russia's; the one of 1 August is.
        ActorId envoy = "stateless-envoy";
        var chronicle = WithActors(
            [new Person(envoy, "An Envoy")],
            new OfficeChange("envoy-in", On("2023-06"), Cited("2023-06"), envoy, "Special Envoy", OfficeChangeKind.Appointed) { Body = RussianEmbassy },
            new CodedEvent("june", On("2023-06-10"), Cited("2023-06"), envoy, Diplomacy.Coding.FromCameo("163")) { Target = Serbia },
            new CodedEvent("august", On("2023-08-01"), Cited("2023-08"), envoy, Diplomacy.Coding.FromCameo("163")) { Target = Serbia });
        var divergence = chronicle.Divergence(Russia, Serbia);
        Assert.Equal([("june", Certainty.Possible), ("august", Certainty.Certain)], divergence.Material.Select(s => (s.Event.Id.Value, s.Certainty)));
        Assert.Equal(Certainty.Possible, divergence.Certainty);
        Assert.Equal(Certainty.Certain, chronicle.Divergence(Russia, Serbia, new NodaTime.DateInterval(new(2023, 7, 1), new(2023, 12, 31))).Certainty);
    }

    [Fact]
    public void Arms_to_a_state_that_may_not_yet_be_an_enemy_are_possibly_material_conflict()
    {
        var chronicle = With(
            new RelationshipChange("war-2022", On("2022"), Cited("2022"), Russia, Ukraine, RelationshipKind.War, RelationshipChangeKind.Formed),
            new ArmsTransfer("early", On("2022-03-01"), Cited("2022-03"), Serbia, Ukraine),
            new ArmsTransfer("late", On("2023-03-01"), Cited("2023-03"), Serbia, Ukraine));
        var divergence = chronicle.Divergence(Serbia, Russia);
        Assert.Equal([("early", Certainty.Possible), ("late", Certainty.Certain)], divergence.Material.Select(s => (s.Event.Id.Value, s.Certainty)));
    }

    [Fact]
    public void No_events_give_no_scores()
    {
        var divergence = Article.Divergence(Israel, Serbia);
        Assert.Null(divergence.VerbalScore);
        Assert.Null(divergence.MaterialScore);
        Assert.Null(divergence.Gap);
        Assert.Empty(divergence.Evidence);
    }

    [Fact]
    public void Arms_to_the_other_side_itself_are_material_cooperation()
    {
        var chronicle = With(new ArmsTransfer("to-russia", On("2023"), Cited("2023"), Serbia, Russia));
        var scored = Assert.Single(chronicle.Divergence(Serbia, Russia).Material);
        Assert.Equal((QuadClass.MaterialCooperation, 7.4, (ActorId?)null), (scored.QuadClass, scored.Goldstein, scored.Enemy));
    }

    [Fact]
    public void Arms_to_an_enemy_along_a_chain_are_material_conflict()
    {
        var chronicle = With(
            War,
            new ArmsTransfer("out", On("2023-01"), Cited("2023"), Yugoimport, Czechia) { Terms = TransferTerms.Aid },
            new ArmsTransfer("on", On("2023-06"), Cited("2023"), Czechia, Ukraine) { Continues = "out" });
        var divergence = chronicle.Divergence(Serbia, Russia);
        var scored = Assert.Single(divergence.Material);
        Assert.Equal(("out", QuadClass.MaterialConflict, -8.3, (ActorId?)Ukraine), (scored.Event.Id.Value, scored.QuadClass, scored.Goldstein, scored.Enemy));
        Assert.Equal(["war", "out", "on"], divergence.Evidence.Ids());
        Assert.Equal(-7.4, chronicle.Divergence(Czechia, Russia).MaterialScore); // its own transfer: commercial, 062
    }

    [Fact]
    public void Arms_that_reach_the_other_side_only_through_an_inferred_resale_rest_on_it_and_name_it()
    {
        var chronicle = With(
            War,
            new ArmsTransfer("sold", On("2019-07"), Cited("2019-07"), Russia, Czechia),
            new ArmsTransfer("resold", On("2022-10"), Cited("2022-10"), Czechia, Ukraine) { Continues = "sold", Basis = EvidenceBasis.Inferred });
        var window = new NodaTime.DateInterval(new(2019, 1, 1), new(2019, 12, 31));

        var divergence = chronicle.Divergence(Russia, Ukraine, window);

        var scored = Assert.Single(divergence.Material);
        Assert.Equal(("sold", QuadClass.MaterialCooperation), (scored.Event.Id.Value, scored.QuadClass));
        Assert.Equal(["sold", "resold"], divergence.Evidence.Ids());
        Assert.Equal(EvidenceBasis.Inferred, divergence.WeakestBasis);
        Assert.Empty(chronicle.WithBasisAtLeast(EvidenceBasis.Reported).Divergence(Russia, Ukraine, window).Material);
    }

    [Fact]
    public void A_transfer_is_its_suppliers_deed_not_that_of_a_recipient_who_passes_it_on()
    {
        var chronicle = With(War, new ArmsTransfer("via-czechia", On("2023-03-01"), Cited("2023-03"), Serbia, Czechia) { EndUser = Ukraine });

        Assert.Empty(chronicle.Divergence(Czechia, Russia).Material);
        Assert.Empty(chronicle.Divergence(Czechia, Ukraine).Material);
        Assert.Equal((ActorId?)Ukraine, Assert.Single(chronicle.Divergence(Serbia, Russia).Material).Enemy);
    }

    [Fact]
    public void Arms_to_an_enemys_official_body_arm_the_enemy()
    {
        var chronicle = WithActors([UkrainianMinistry], War, new ArmsTransfer("to-ministry", On("2023-01"), Cited("2023"), Serbia, UkrainianMinistry.Id));
        var scored = Assert.Single(chronicle.Divergence(Serbia, Russia).Material);
        Assert.Equal(("to-ministry", QuadClass.MaterialConflict, -7.4, (ActorId?)Ukraine), (scored.Event.Id.Value, scored.QuadClass, scored.Goldstein, scored.Enemy));
    }

    [Fact]
    public void Arms_passed_among_the_actors_own_bodies_do_not_arm_an_enemy_that_is_the_actor()
    {
        // Ukraine's enemy is Russia: North Korean shells delivered to one Russian body and carried on by another are
        // not Russia arming Ukraine's enemy.
        var chronicle = With(War, new ArmsTransfer("carried-on", On("2023-01"), Cited("2023"), NorthKorea, InteriorMinistry) { Intermediaries = [Svr] });
        Assert.Equal(["war"], chronicle.Divergence(Russia, Ukraine).Material.Select(m => m.Event).Ids());
        Assert.Equal((ActorId?)Russia, Assert.Single(chronicle.Divergence(NorthKorea, Ukraine).Material).Enemy);
    }

    [Fact]
    public void The_other_sides_words_and_deeds_do_not_count_for_the_actor()
    {
        var chronicle = With(new PublicReaction("praise", On("2023"), Cited("2023"), Peskov, ReactionTone.Praise) { About = Serbia });
        Assert.Empty(chronicle.Divergence(Serbia, Russia).Verbal);
        Assert.Equal(3.4, chronicle.Divergence(Russia, Serbia).VerbalScore);
    }

    [Fact]
    public void Events_without_a_Goldstein_score_are_left_out()
    {
        var chronicle = With(new CodedEvent("unscored", On("2023"), Cited("2023"), Serbia, new Diplomacy.Coding(QuadClass.VerbalConflict)) { Target = Russia });
        Assert.Empty(chronicle.Divergence(Serbia, Russia).Evidence);
    }

    [Fact]
    public void A_refusal_to_sanction_counts_as_verbal_cooperation_whatever_its_coding()
    {
        var chronicle = With(new SanctionsAction("refuse", On("2022-03"), Cited("2022-03"), Serbia, Russia, SanctionsActionKind.Refuse)
        {
            Coding = Diplomacy.Coding.FromCameo("120"),
        });
        var scored = Assert.Single(chronicle.Divergence(Serbia, Russia).Verbal);
        Assert.Equal((QuadClass.VerbalCooperation, -4.0), (scored.QuadClass, scored.Goldstein));
    }

    [Fact]
    public void The_period_selects_events()
    {
        var divergence = Article.Divergence(Serbia, Russia, Between(Day(2022, 3, 1), Day(2022, 3, 31)));
        Assert.Equal(["serbia-refuses-sanctions"], divergence.Verbal.Select(s => s.Event).Ids());
        Assert.Equal(["arms-via-czechia", "arms-via-usa"], divergence.Material.Select(s => s.Event).Ids());
    }

    [Fact]
    public void Meetings_between_officials_count_as_words()
    {
        var meetings = Article.Divergence(Serbia, Russia).Verbal.Where(s => s.Event is Meeting).Select(s => s.Event.Id.Value).ToArray();
        Assert.Contains("vulin-patrushev-1", meetings);
        Assert.Contains("grushko-in-belgrade", meetings);
    }

    [Fact]
    public void An_actors_divergence_from_itself_is_refused_with_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => Article.Divergence(Russia, Russia));
        Assert.Contains("two different actors; both are 'RUS'", error.Message, StringComparison.Ordinal);
        Assert.Equal("toward", error.ParamName);
    }
}
