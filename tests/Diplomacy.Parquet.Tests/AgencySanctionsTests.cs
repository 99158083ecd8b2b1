using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Parquet.Tests;

/// <summary>DuckDB replays a state's sanctions steps (with those its government bodies and agencies took) as memory does.</summary>
public class AgencySanctionsTests
{
    [Fact]
    public async Task A_lift_by_the_states_agency_ends_the_states_embargo_in_DuckDB_as_in_memory()
    {
        ActorId licensing = "serbian-licensing-agency";
        ActorId exporter = "serbian-arms-exporter";
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Build().Actors)
            .AddActors([new Organization(licensing, "Licensing agency", OrganizationKind.Agency, Serbia), new Organization(exporter, "Arms exporter", OrganizationKind.Company, Serbia)])
            .AddEvents([
                new SanctionsAction("embargo", Day(2019, 10, 14), [Cite(Vreme, "2019-10-14")], Serbia, Ukraine, SanctionsActionKind.Impose) { Measures = ["arms embargo"] },
                new SanctionsAction("agency-lifts", Day(2022, 9, 30), [Cite(Vreme, "2022-09-30")], licensing, Ukraine, SanctionsActionKind.Lift) { Measures = ["arms embargo"] },
                new SanctionsAction("company-imposes", Day(2023, 1, 10), [Cite(Vreme, "2023-01-10")], exporter, Ukraine, SanctionsActionKind.Impose) { Measures = ["own boycott"] },
            ])
            .Build();
        using var directory = new TempDirectory();
        await ChronicleParquet.WriteAsync(chronicle, directory.Path);
        using var duck = DuckDbChronicle.Open(directory.Path, new DuckDbOptions { MemoryLimit = "256MB", Threads = 1 });

        var day = Day(2023, 6, 1).Earliest;
        var inMemory = chronicle.SanctionsStance(Serbia, Ukraine, day);

        Assert.Equal(SanctionsPosture.Lifted, inMemory.Posture);
        Assert.Equal(inMemory, duck.SanctionsStance(Serbia, Ukraine, day));
    }

    [Fact]
    public async Task An_extension_the_replay_puts_after_a_later_imposition_does_not_count_before_it_in_DuckDB_as_in_memory()
    {
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Build().Actors)
            .AddEvents([
                new SanctionsAction("extend", FuzzyDate.Parse("2020-03-01/.."), [Cite(Vreme, "2020-03-01")], Serbia, Russia, SanctionsActionKind.Extend) { Measures = ["arms embargo"] },
                new SanctionsAction("impose", FuzzyDate.Parse("2021"), [Cite(Vreme, "2021")], Serbia, Russia, SanctionsActionKind.Impose),
            ])
            .Build();
        using var directory = new TempDirectory();
        await ChronicleParquet.WriteAsync(chronicle, directory.Path);
        using var duck = DuckDbChronicle.Open(directory.Path, new DuckDbOptions { MemoryLimit = "256MB", Threads = 1 });

        foreach (var day in new[] { new NodaTime.LocalDate(2020, 6, 1), new NodaTime.LocalDate(2021, 6, 1) })
        {
            Assert.Equal(chronicle.SanctionsStance(Serbia, Russia, day), duck.SanctionsStance(Serbia, Russia, day));
        }

        Assert.Equal(SanctionsPosture.None, duck.SanctionsStance(Serbia, Russia, new NodaTime.LocalDate(2020, 6, 1)).Posture);
    }
}
