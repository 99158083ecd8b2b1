using System.Globalization;
using Diplomacy.Interop;
using Diplomacy.TestKit;
using nietras.SeparatedValues;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class DyadYearsTests
{
    private static readonly ActorId Csto = "csto";
    private static readonly ActorId Armenia = "ARM";

    /// <summary>Russia and Serbia talk; Armenia and Russia share CSTO until Armenia leaves; the US sanctions Russia and a Serbian official.</summary>
    private static Chronicle World()
    {
        Citation Cite(string published) => SampleWorld.Cite(SampleWorld.Vreme, published);
        FuzzyDate Day(int y, int m, int d) => new LocalDate(y, m, d);

        return new ChronicleBuilder()
            .AddActors(SampleWorld.Actors)
            .AddActors([new State(Armenia, "Armenia"), new Alliance(Csto, "Collective Security Treaty Organization", AllianceObligations.Defense)])
            .AddEvents(
            [
                new MembershipChange("rus-joins", Day(1992, 5, 15), [Cite("1992-05-15")], SampleWorld.Russia, Csto, MembershipChangeKind.Joined),
                new MembershipChange("arm-joins", Day(1992, 5, 15), [Cite("1992-05-15")], Armenia, Csto, MembershipChangeKind.Joined),
                new MembershipChange("arm-suspends", FuzzyDate.FromYearMonth(new YearMonth(2024, 2)), [Cite("2024-02")], Armenia, Csto, MembershipChangeKind.Suspended),
                new MembershipChange("arm-leaves", Day(2025, 1, 10), [Cite("2025-01-10")], Armenia, Csto, MembershipChangeKind.Left),
                new SanctionsAction("us-sanctions-russia", Day(2022, 2, 24), [Cite("2022-02-24")], SampleWorld.UnitedStates, SampleWorld.Russia, SanctionsActionKind.Impose),
                new SanctionsAction("us-sanctions-vulin", Day(2023, 7, 11), [Cite("2023-07-11")], SampleWorld.UnitedStates, SampleWorld.Vulin, SanctionsActionKind.Impose),
                new SanctionsAction("serbia-refuses", FuzzyDate.FromYearMonth(new YearMonth(2022, 3)), [Cite("2022-03")], SampleWorld.Serbia, SampleWorld.Russia, SanctionsActionKind.Refuse),
                new CodedEvent("praise-1", Day(2023, 5, 1), [Cite("2023-05-01")], SampleWorld.Russia, Coding.FromCameo("051")) { Target = SampleWorld.Serbia },
                new CodedEvent("praise-2", Day(2023, 6, 1), [Cite("2023-06-01")], SampleWorld.Patrushev, Coding.FromCameo("051") with { Goldstein = 2.4 }) { Target = SampleWorld.Serbia },
                new CodedEvent("domestic", Day(2023, 6, 2), [Cite("2023-06-02")], SampleWorld.Vulin, Coding.FromCameo("010")) { Target = SampleWorld.Serbia },
                new Meeting("vulin-patrushev", Day(2024, 2, 20), [Cite("2024-02-21")], [SampleWorld.Vulin, SampleWorld.Patrushev]),
                new ArmsTransfer("shells", FuzzyDate.Between(new LocalDate(2022, 3, 1), new LocalDate(2024, 6, 30)), [Cite("2024-06-23")], SampleWorld.Serbia, SampleWorld.UnitedStates),
            ])
            .Build();
    }

    private static DyadYear Row(IReadOnlyList<DyadYear> rows, string source, string target, int year) =>
        Assert.Single(rows, r => r.Source.Value == source && r.Target.Value == target && r.Year == year);

    [Fact]
    public void Events_are_counted_per_quad_class_for_each_directed_pair_of_states_and_year()
    {
        var rows = DyadYears.Compute(World());

        var praise = Row(rows, "RUS", "SRB", 2023);
        Assert.Equal((2, 0, 0, 0), (praise.VerbalCooperation, praise.MaterialCooperation, praise.VerbalConflict, praise.MaterialConflict));
        Assert.Equal((3.4 + 2.4) / 2, praise.MeanGoldstein!.Value, 9);
        Assert.Equal(1, Row(rows, "SRB", "RUS", 2024).VerbalCooperation);
        Assert.Equal(1, Row(rows, "RUS", "SRB", 2024).VerbalCooperation);
        Assert.Equal(1, Row(rows, "SRB", "RUS", 2022).VerbalCooperation);
        Assert.DoesNotContain(rows, r => r.Source == r.Target);
    }

    [Fact]
    public void Members_of_one_alliance_share_it_every_year_both_are_in_it_suspension_included()
    {
        var rows = DyadYears.Compute(World(), new DyadYearOptions { FirstYear = 2022, LastYear = 2025 });

        Assert.True(Row(rows, "ARM", "RUS", 2022).SharedAlliance);
        Assert.True(Row(rows, "RUS", "ARM", 2024).SharedAlliance);
        Assert.True(Row(rows, "ARM", "RUS", 2025).SharedAlliance);
        Assert.Equal(0, Row(rows, "ARM", "RUS", 2024).Events);
    }

    [Fact]
    public void Sanctions_are_in_force_from_their_imposition_and_count_for_the_state_of_a_sanctioned_official()
    {
        var rows = DyadYears.Compute(World());

        var russia = Row(rows, "USA", "RUS", 2022);
        Assert.Equal((true, 1), (russia.SanctionsInForce, russia.MaterialConflict));
        Assert.True(Row(rows, "USA", "RUS", 2024).SanctionsInForce);
        Assert.True(Row(rows, "USA", "SRB", 2023).SanctionsInForce);
        Assert.False(Row(rows, "SRB", "RUS", 2022).SanctionsInForce);
        Assert.DoesNotContain(rows, r => r.Source.Value == "USA" && r.Target.Value == "SRB" && r.Year == 2022);
    }

    [Fact]
    public void At_actor_level_nothing_is_rolled_up()
    {
        var rows = DyadYears.Compute(World(), new DyadYearOptions { AggregateToStates = false });

        Assert.Equal(1, Row(rows, "nikolai-patrushev", "SRB", 2023).Events);
        Assert.Equal(1, Row(rows, "aleksandar-vulin", "SRB", 2023).Events);
        Assert.True(Row(rows, "USA", "aleksandar-vulin", 2024).SanctionsInForce);
    }

    [Fact]
    public void A_full_panel_has_every_ordered_pair_of_states_in_every_year()
    {
        var chronicle = World();
        var rows = DyadYears.Compute(chronicle, new DyadYearOptions { IncludeAllStatePairs = true, FirstYear = 2022, LastYear = 2024 });

        var states = chronicle.Actors.OfType<State>().Count();
        Assert.Equal(states * (states - 1) * 3, rows.Count);
    }

    [Fact]
    public async Task The_CSV_has_a_header_and_one_row_per_dyad_year_and_an_event_spanning_years_is_listed_as_skipped()
    {
        var chronicle = World();
        using var writer = new StringWriter();

        var summary = await DyadYears.WriteCsvAsync(chronicle, writer);

        var rows = DyadYears.Compute(chronicle);
        Assert.Equal(rows.Count, summary.RecordsWritten);
        Assert.Equal("shells", Assert.Single(summary.Skipped).Event.Value);
        using var reader = Sep.Reader().FromText(writer.ToString());
        Assert.Equal(
            ["source", "target", "year", "ccode1", "ccode2", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "events", "goldstein_mean", "alliance", "sanctions"],
            reader.Header.ColNames);
        var read = new List<DyadYear>();
        foreach (var row in reader)
        {
            var mean = row["goldstein_mean"].Span;
            read.Add(new DyadYear(
                row["source"].ToString(),
                row["target"].ToString(),
                row["year"].Parse<int>(),
                row["verbal_cooperation"].Parse<int>(),
                row["material_cooperation"].Parse<int>(),
                row["verbal_conflict"].Parse<int>(),
                row["material_conflict"].Parse<int>(),
                mean.IsEmpty ? null : double.Parse(mean, CultureInfo.InvariantCulture),
                row["alliance"].Span is "1",
                row["sanctions"].Span is "1"));
            Assert.Equal(read[^1].Events, row["events"].Parse<int>());
            if (read[^1] is { Source.Value: "RUS", Target.Value: "SRB", Year: 2023 })
            {
                Assert.Equal(("365", "345"), (row["ccode1"].ToString(), row["ccode2"].ToString()));
            }
        }

        Assert.Equal(rows, read);
    }

    [Fact]
    public void A_lift_that_names_some_measures_leaves_the_others_in_force_as_the_stance_does()
    {
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Actors)
            .AddEvents(
            [
                new SanctionsAction("impose", new LocalDate(2022, 2, 24), [SampleWorld.Cite(SampleWorld.Vreme, "2022-02-24")], SampleWorld.UnitedStates, SampleWorld.Russia, SanctionsActionKind.Impose) { Measures = ["asset-freeze", "export-ban"] },
                new SanctionsAction("lift-one", new LocalDate(2023, 3, 1), [SampleWorld.Cite(SampleWorld.Vreme, "2023-03-01")], SampleWorld.UnitedStates, SampleWorld.Russia, SanctionsActionKind.Lift) { Measures = ["export-ban"] },
            ])
            .Build();

        var rows = DyadYears.Compute(chronicle, new DyadYearOptions { LastYear = 2024 });

        Assert.Equal(["asset-freeze"], chronicle.SanctionsStance(SampleWorld.UnitedStates, SampleWorld.Russia, new LocalDate(2024, 6, 1)).Measures);
        Assert.True(Row(rows, "USA", "RUS", 2024).SanctionsInForce);
    }

    [Fact]
    public void Sanctions_whose_step_waits_for_a_later_dated_one_are_in_force_from_that_ones_day_as_the_stance_reads_them()
    {
        // An extension makes sense only once something is imposed, so the replay takes the refusal first: the stance
        // counts the extension only from the refusal's day, though its own date opens in 2020.
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Actors)
            .AddEvents(
            [
                new SanctionsAction("extend", FuzzyDate.Parse("2020/.."), [SampleWorld.Cite(SampleWorld.Vreme, "2020-01-01")], SampleWorld.UnitedStates, SampleWorld.Russia, SanctionsActionKind.Extend) { Measures = ["visa-ban"] },
                new SanctionsAction("refuse", new LocalDate(2023, 5, 1), [SampleWorld.Cite(SampleWorld.Vreme, "2023-05-01")], SampleWorld.UnitedStates, SampleWorld.Russia, SanctionsActionKind.Refuse),
            ])
            .Build();

        var rows = DyadYears.Compute(chronicle, new DyadYearOptions { FirstYear = 2019, LastYear = 2024 });
        bool InForce(int year) => rows.Any(r => r.Source == SampleWorld.UnitedStates && r.Target == SampleWorld.Russia && r.Year == year && r.SanctionsInForce);

        Assert.Equal(
            [(SanctionsPosture.Refusing, new LocalDate(2023, 5, 1)), (SanctionsPosture.Imposing, new LocalDate(2023, 5, 1))],
            chronicle.SanctionsSpells(SampleWorld.UnitedStates, SampleWorld.Russia).Select(s => (s.Posture, s.FirstDay)));
        Assert.Equal(SanctionsPosture.None, chronicle.SanctionsStance(SampleWorld.UnitedStates, SampleWorld.Russia, new LocalDate(2021, 6, 1)).Posture);
        Assert.Equal(SanctionsPosture.Imposing, chronicle.SanctionsStance(SampleWorld.UnitedStates, SampleWorld.Russia, new LocalDate(2023, 6, 1)).Posture);
        Assert.Equal([false, false, false, false, true, true], Enumerable.Range(2019, 6).Select(InForce));
    }

    [Fact]
    public void A_leave_known_only_as_before_a_day_ends_the_membership_at_the_start_of_the_calendar_without_failing()
    {
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Actors)
            .AddActors([new State(Armenia, "Armenia"), new Alliance(Csto, "Collective Security Treaty Organization", AllianceObligations.Defense)])
            .AddEvents(
            [
                new MembershipChange("rus-joins", new LocalDate(1992, 5, 15), [SampleWorld.Cite(SampleWorld.Vreme, "1992-05-15")], SampleWorld.Russia, Csto, MembershipChangeKind.Joined),
                new MembershipChange("arm-joins", new LocalDate(1992, 5, 15), [SampleWorld.Cite(SampleWorld.Vreme, "1992-05-15")], Armenia, Csto, MembershipChangeKind.Joined),
                new MembershipChange("arm-leaves", FuzzyDate.Until(new LocalDate(2025, 1, 10)), [SampleWorld.Cite(SampleWorld.Vreme, "2025-01-10")], Armenia, Csto, MembershipChangeKind.Left),
            ])
            .Build();

        var rows = DyadYears.Compute(chronicle, new DyadYearOptions { FirstYear = 1992, LastYear = 2025, IncludeAllStatePairs = true });

        // The leave may have come on any day before 10 January 2025, so the export, like the stance, counts no year
        // in which Armenia shared the alliance for certain... and no year at all: its earliest day is the calendar's first.
        Assert.DoesNotContain(rows, r => r.SharedAlliance && (r.Source == Armenia || r.Target == Armenia));
        Assert.Contains(chronicle.MembersOf(Csto, new LocalDate(2000, 1, 1)), m => m.Member == Armenia && m.Certainty == Certainty.Possible);
    }

    [SharedDataFact("icews/events.2018.sample.tab")]
    public async Task The_ICEWS_samples_dyad_years_agree_with_a_count_made_row_by_row()
    {
        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(SharedData.PathTo("icews/events.2018.sample.tab"), new ImportOptions { LiftTypedEvents = false });

        var expected = new Dictionary<(ActorId, ActorId), int[]>();
        foreach (var e in chronicle.Events)
        {
            var (source, target) = e switch
            {
                CodedEvent c => (c.Source, c.Target),
                SanctionsAction s => (s.Imposer, (ActorId?)s.Target),
                _ => throw new InvalidOperationException(e.Kind.ToString()),
            };
            if (target is null || StateOf(chronicle, source) is not { } a || StateOf(chronicle, target.Value) is not { } b || a == b)
            {
                continue;
            }

            var counts = expected.TryGetValue((a, b), out var c2) ? c2 : expected[(a, b)] = new int[4];
            counts[(int)e.Coding.QuadClass - 1]++;
        }

        var rows = DyadYears.Compute(chronicle);
        Assert.All(rows, r => Assert.Equal(2018, r.Year));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(expected[(row.Source, row.Target)], new[] { row.VerbalCooperation, row.MaterialCooperation, row.VerbalConflict, row.MaterialConflict });
        }
    }

    private static ActorId? StateOf(Chronicle chronicle, ActorId id) => chronicle.GetActor(id) switch
    {
        State => id,
        Person p => p.Nationality,
        Organization o => o.HomeState,
        _ => null,
    };

    [Fact]
    public async Task The_CSV_can_be_written_with_a_cancellable_token()
    {
        using var cancellation = new CancellationTokenSource();
        using var writer = new StringWriter();

        var summary = await DyadYears.WriteCsvAsync(World(), writer, null, cancellation.Token);

        Assert.Equal(DyadYears.Compute(World()).Count, summary.RecordsWritten);
    }
}
