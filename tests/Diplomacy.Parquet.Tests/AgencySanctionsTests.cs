using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Parquet.Tests;

/// <summary>DuckDB replays a state's sanctions steps with those its government bodies and agencies took, as memory does.</summary>
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
}
