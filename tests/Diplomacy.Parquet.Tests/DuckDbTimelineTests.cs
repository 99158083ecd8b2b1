using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Parquet.Tests;

/// <summary>DuckDB answers a timeline as memory does, or refuses what its SQL does not read.</summary>
public class DuckDbTimelineTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_timeline_that_reads_who_counts_for_a_side_is_refused_rather_than_answered_without_it(bool includeAffiliated, bool actsBetween)
    {
        var chronicle = new ChronicleBuilder()
            .AddActors(SampleWorld.Build().Actors)
            .AddEvents([new Meeting("vulin-patrushev", Day(2023, 11, 1), [Cite(Vreme, "2023-11-02")], [Vulin, Patrushev])])
            .Build();
        using var directory = new TempDirectory();
        await ChronicleParquet.WriteAsync(chronicle, directory.Path);
        using var duck = DuckDbChronicle.Open(directory.Path, new DuckDbOptions { MemoryLimit = "256MB", Threads = 1 });
        var filter = new TimelineFilter { Actor = Serbia, Counterpart = Russia, IncludeAffiliated = includeAffiliated, ActsBetween = actsBetween };

        // In memory, the two states' officials' meeting is between the states when affiliation is read.
        Assert.Equal(includeAffiliated ? 1 : 0, chronicle.Timeline(filter).Count);
        var refused = Assert.Throws<NotSupportedException>(() => duck.Timeline(filter));
        Assert.Contains("in-memory chronicle", refused.Message, StringComparison.Ordinal);
    }
}
