using Diplomacy.Reliability.Fuzzing;
using Diplomacy.Reliability.Stress;

namespace Diplomacy.Reliability;

/// <summary>Short runs of the fuzzer and the stress program, so that a change that breaks them fails the tests.</summary>
public class SmokeTests
{
    public static TheoryData<string> Targets() => new(FuzzTargets.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_short_fuzz_of_the_reader_finds_no_crash(string target)
    {
        var output = Directory.CreateTempSubdirectory("diplomacy-fuzz-");
        try
        {
            var report = new Fuzzer(FuzzTargets.Named(target), output.FullName, TimeSpan.FromMinutes(1), 4L << 30)
                .Run(executions: 300, budget: TimeSpan.FromMinutes(5), seed: 15, TextWriter.Null);

            Assert.Equal(300, report.Executions);
            Assert.Empty(report.Crashes);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_short_stress_run_loses_no_append_and_shows_no_partial_chronicle()
    {
        var report = StoreStress.Run(TimeSpan.Zero, writers: 3, readers: 4, batchesPerWriter: 40, TextWriter.Null);

        Assert.Equal(120, report.Appends);
        Assert.Empty(report.Failures);
    }
}
