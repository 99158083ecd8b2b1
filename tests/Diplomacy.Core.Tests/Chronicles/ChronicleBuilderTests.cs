using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

public class ChronicleBuilderTests
{
    private static ChronicleValidationException BuildFails(IEnumerable<Actor> actors, params DiplomaticEvent[] events) =>
        Assert.Throws<ChronicleValidationException>(() => new ChronicleBuilder().AddActors(actors).AddEvents(events).Build());

    [Fact]
    public void Builds_a_valid_chronicle()
    {
        var chronicle = SampleWorld.Build();
        Assert.Equal(SampleWorld.Actors.Length, chronicle.Actors.Count);
        Assert.Equal(SampleWorld.Events.Length, chronicle.Events.Count);
    }

    [Fact]
    public void Reports_an_unknown_actor_with_event_and_field()
    {
        var meeting = new Meeting("m1", Day(2024, 1, 1), [Cite(Vreme, "2024-01-02")], [Vulin, "nikolai-patrusev"]);
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, meeting).Problems);
        Assert.Equal(ChronicleProblemKind.UnknownActor, problem.Kind);
        Assert.Equal("event 'm1'", problem.Subject);
        Assert.Equal("Participants[1]", problem.Field);
        Assert.Contains("nikolai-patrusev", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_duplicate_event_ids()
    {
        var a = new Meeting("same", Day(2024, 1, 1), [Cite(Vreme, "2024-01-02")], [Vulin]);
        var b = a with { When = Day(2024, 2, 1) };
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, a, b).Problems);
        Assert.Equal(ChronicleProblemKind.DuplicateId, problem.Kind);
    }

    [Fact]
    public void Reports_duplicate_actor_ids()
    {
        var problem = Assert.Single(BuildFails([.. SampleWorld.Actors, new State(Serbia, "Serbia again")]).Problems);
        Assert.Equal(ChronicleProblemKind.DuplicateId, problem.Kind);
        Assert.Equal("actor 'SRB'", problem.Subject);
    }

    [Fact]
    public void Reports_an_event_without_citation()
    {
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, new Meeting("m1", Day(2024, 1, 1), [], [Vulin])).Problems);
        Assert.Equal(ChronicleProblemKind.MissingCitation, problem.Kind);
    }

    [Fact]
    public void Reports_an_unknown_citation_source()
    {
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, new Meeting("m1", Day(2024, 1, 1), [Cite("reuters", "2024")], [Vulin])).Problems);
        Assert.Equal("Citations[0].Source", problem.Field);
    }

    [Fact]
    public void Reports_a_reference_to_an_unknown_event()
    {
        var reaction = new PublicReaction("r1", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], Russia, ReactionTone.Evasive) { InResponseTo = ["no-such-event"] };
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, reaction).Problems);
        Assert.Equal(ChronicleProblemKind.UnknownEvent, problem.Kind);
        Assert.Equal("InResponseTo[0]", problem.Field);
    }

    [Fact]
    public void Reports_a_state_whose_id_is_not_an_alpha3_code()
    {
        var problem = Assert.Single(BuildFails([.. SampleWorld.Actors, new State("serbia", "Serbia")]).Problems);
        Assert.Equal(ChronicleProblemKind.InvalidValue, problem.Kind);
        Assert.Equal("Id", problem.Field);
    }

    [Fact]
    public void Reports_a_removal_from_an_office_never_taken_up()
    {
        var removal = new OfficeChange("x", Day(2020, 1, 1), [Cite(Vreme, "2020")], Vulin, "Minister of Defence", OfficeChangeKind.Removed);
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, removal).Problems);
        Assert.Equal(ChronicleProblemKind.OutOfOrder, problem.Kind);
        Assert.Equal("event 'x'", problem.Subject);
    }

    [Fact]
    public void A_reappointment_while_in_office_is_a_continuation_of_the_spell()
    {
        var first = new OfficeChange("a1", Day(2020, 1, 1), [Cite(Vreme, "2020")], Vulin, "Minister", OfficeChangeKind.Appointed);
        var reelected = new OfficeChange("a2", Day(2021, 1, 1), [Cite(Vreme, "2021")], Vulin, "Minister", OfficeChangeKind.Appointed);
        var removed = new OfficeChange("r1", Day(2022, 1, 1), [Cite(Vreme, "2022")], Vulin, "Minister", OfficeChangeKind.Removed);
        var chronicle = new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents([first, reelected, removed]).Build();
        var spell = Assert.Single(chronicle.OfficeSpells(Vulin));
        Assert.Equal(((FuzzyDate?)Day(2020, 1, 1), (FuzzyDate?)Day(2022, 1, 1)), (spell.Since, spell.Until));
        Assert.Equal(Day(2020, 1, 1), Assert.Single(chronicle.RoleOf(Vulin, new NodaTime.LocalDate(2021, 6, 1))).Since);
    }

    [Fact]
    public void Reports_a_reinstatement_while_already_in_office()
    {
        var first = new OfficeChange("a1", Day(2020, 1, 1), [Cite(Vreme, "2020")], Vulin, "Minister", OfficeChangeKind.Appointed);
        var second = new OfficeChange("a2", Day(2021, 1, 1), [Cite(Vreme, "2021")], Vulin, "Minister", OfficeChangeKind.Reinstated);
        var problem = Assert.Single(BuildFails(SampleWorld.Actors, first, second).Problems);
        Assert.Equal("event 'a2'", problem.Subject);
    }

    [Fact]
    public void Office_spells_in_order_are_valid()
    {
        OfficeChange Change(string id, int year, OfficeChangeKind kind) => new(id, FuzzyDate.FromYear(year), [Cite(Vreme, year.ToString(System.Globalization.CultureInfo.InvariantCulture))], Vulin, "Minister", kind);
        var chronicle = new ChronicleBuilder().AddActors(SampleWorld.Actors)
            .AddEvents([Change("c1", 2017, OfficeChangeKind.Appointed), Change("c2", 2018, OfficeChangeKind.Removed), Change("c3", 2019, OfficeChangeKind.Reinstated), Change("c4", 2020, OfficeChangeKind.Resigned)])
            .Build();
        Assert.Equal(4, chronicle.EventsOfKind(EventKind.OfficeChange).Count);
    }

    [Fact]
    public void Lists_every_problem_not_only_the_first()
    {
        var error = BuildFails(
            SampleWorld.Actors,
            new Meeting("m1", Day(2024, 1, 1), [], [Vulin]),
            new Meeting("m2", Day(2024, 1, 1), [Cite(Vreme, "2024")], ["nobody"]),
            new SanctionsAction("s1", Day(2024, 1, 1), [Cite(Vreme, "2024")], Serbia, Serbia, SanctionsActionKind.Impose));
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("m1", error.Message, StringComparison.Ordinal);
        Assert.Contains("m2", error.Message, StringComparison.Ordinal);
        Assert.Contains("s1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_returns_the_problems_without_throwing()
    {
        var builder = new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvent(new Meeting("m1", Day(2024, 1, 1), [], [Vulin]));
        Assert.Single(builder.Validate());
    }

    /// <summary>Each defect is independent of the others and of the world, so N of them give exactly N problems.</summary>
    [Fact]
    public void A_builder_given_N_independent_defects_reports_N_problems()
    {
        var defects = new Func<int, DiplomaticEvent>[]
        {
            i => new Meeting($"defect-{i}", Day(2024, 1, 1), [], [Vulin]),
            i => new Meeting($"defect-{i}", Day(2024, 1, 1), [Cite(Vreme, "2024")], [$"ghost-{i}"]),
            i => new PublicReaction($"defect-{i}", Day(2024, 1, 1), [Cite(Vreme, "2024")], Russia, ReactionTone.Silent) { InResponseTo = [$"missing-{i}"] },
            i => new Meeting($"defect-{i}", Day(2024, 1, 1), [Cite($"outlet-{i}", "2024")], [Vulin]),
            i => new SanctionsAction($"defect-{i}", Day(2024, 1, 1), [Cite(Vreme, "2024")], Serbia, Serbia, SanctionsActionKind.Refuse),
            i => new OfficeChange($"defect-{i}", Day(2024, 1, 1), [Cite(Vreme, "2024")], Vulin, $"Office {i}", OfficeChangeKind.Resigned),
        };
        var property = Prop.ForAll(
            Gen.Choose(0, defects.Length - 1).ArrayOf().ToArbitrary(),
            picks =>
            {
                var builder = new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvents(SampleWorld.Events);
                for (var i = 0; i < picks.Length; i++)
                {
                    builder.AddEvent(defects[picks[i]](i));
                }

                return builder.Validate().Count == picks.Length;
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Generated_worlds_are_valid()
    {
        var property = Prop.ForAll(
            ModelGenerators.Worlds().ToArbitrary(),
            world => new ChronicleBuilder().AddActors(world.Actors).AddEvents(world.Events).Validate().Count == 0);
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void An_open_ended_date_is_valid()
    {
        var open = FuzzyDate.Since(new LocalDate(2022, 2, 24));
        Assert.True(open.HasOpenEnd);
        Assert.Empty(new ChronicleBuilder().AddActors(SampleWorld.Actors).AddEvent(new Meeting("m", open, [Cite(Vreme, "2024")], [Vulin])).Validate());
    }
}
