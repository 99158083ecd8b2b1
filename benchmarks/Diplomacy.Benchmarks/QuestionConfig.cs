using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;

namespace Diplomacy.Benchmarks;

/// <summary>
/// The job the questions run with: one process per case, 3 warm-up and 10 measured iterations of about a quarter
/// of a second each, so that a case takes seconds and a full run a few minutes on a 2-core machine.
/// </summary>
public sealed class QuestionConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public QuestionConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Question"));
        AddColumn(StatisticColumn.Median);
    }
}
