using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace Diplomacy.Parquet.Tests;

/// <summary>Nothing is lost on the way through Parquet.</summary>
public class RoundTripProperties
{
    private static readonly Arbitrary<Chronicle> AnyChronicle = ModelGenerators.Chronicles().ToArbitrary();

    [Fact]
    public void Reading_what_was_written_gives_an_equal_chronicle_of_every_kind()
    {
        var property = Prop.ForAll(AnyChronicle, chronicle =>
        {
            using var directory = new TempDirectory();
            ChronicleParquet.WriteAsync(chronicle, directory.Path).GetAwaiter().GetResult();
            var read = ChronicleParquet.ReadAsync(directory.Path).GetAwaiter().GetResult();
            Assert.Equal(chronicle.Actors, read.Actors);
            Assert.Equal(chronicle.Events, read.Events);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), property);
    }

    [Fact]
    public void Generated_chronicles_cover_every_event_kind()
    {
        var kinds = ModelGenerators.Chronicles().Sample(60).SelectMany(c => c.Events).Select(e => e.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<EventKind>().ToHashSet(), kinds);
    }
}
