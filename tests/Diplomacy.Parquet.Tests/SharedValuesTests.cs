using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Parquet.Tests;

/// <summary>Events assembled from rows share equal values, so that a large answer holds each once.</summary>
public class SharedValuesTests
{
    [Fact]
    public async Task Events_of_one_answer_share_equal_citations_and_codings_across_batches()
    {
        var coding = new Coding(QuadClass.VerbalCooperation) { Cameo = new CameoCode("040") };
        var chronicle = SampleWorld.Build().With(
        [
            new CodedEvent("c-1", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], Serbia, coding) { Target = Russia },
            new CodedEvent("c-2", Day(2024, 7, 2), [Cite(Vreme, "2024-07-08")], Serbia, coding) { Target = Russia },
            new CodedEvent("c-3", Day(2024, 7, 3), [Cite(Vreme, "2024-07-08")], Serbia, coding) { Target = Russia },
        ]);
        using var directory = new TempDirectory();
        await ChronicleParquet.WriteAsync(chronicle, directory.Path);
        using var duck = DuckDbChronicle.Open(directory.Path, new DuckDbOptions { MemoryLimit = "256MB", Threads = 1, AssemblyBatch = 2 });

        var coded = duck.EventsBetween(Serbia, Russia).OfType<CodedEvent>().ToArray();

        Assert.Equal(3, coded.Length);
        Assert.Equal(chronicle.EventsBetween(Serbia, Russia), duck.EventsBetween(Serbia, Russia));
        Assert.All(coded, e => Assert.Same(coded[0].Citations[0], e.Citations[0]));
        Assert.All(coded, e => Assert.Same(coded[0].Coding, e.Coding));
        Assert.All(coded, e => Assert.Same(coded[0].Source.Value, e.Source.Value));
    }
}
