using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace Diplomacy.Serialization.Tests;

/// <summary>Nothing is lost: every chronicle the generators make comes back equal, however it travels.</summary>
public class RoundTripProperties
{
    private static readonly Arbitrary<Chronicle> AnyChronicle = ModelGenerators.Chronicles().ToArbitrary();

    [Fact]
    public void Deserialize_of_Serialize_gives_the_same_chronicle()
    {
        var property = Prop.ForAll(AnyChronicle, c => Chronicles.SameContent(c, ChronicleJson.Deserialize(ChronicleJson.Serialize(c))));
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Unindented_documents_round_trip_too()
    {
        var compact = new ChronicleJsonOptions { Indented = false };
        var property = Prop.ForAll(AnyChronicle, c =>
        {
            var text = ChronicleJson.Serialize(c, compact);
            return !text.Contains('\n', StringComparison.Ordinal) && Chronicles.SameContent(c, ChronicleJson.Deserialize(text, compact));
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Writing_is_stable_the_second_time_round()
    {
        var property = Prop.ForAll(AnyChronicle, c =>
        {
            var once = ChronicleJson.Serialize(c);
            return once == ChronicleJson.Serialize(ChronicleJson.Deserialize(once));
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Streams_round_trip()
    {
        var property = Prop.ForAll(AnyChronicle, c =>
        {
            using var stream = new MemoryStream();
            ChronicleJson.SaveAsync(c, stream).GetAwaiter().GetResult();
            stream.Position = 0;
            return Chronicles.SameContent(c, ChronicleJson.LoadAsync(stream).GetAwaiter().GetResult());
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Json_Lines_round_trip_the_same_events_in_the_same_order()
    {
        var property = Prop.ForAll(AnyChronicle, c =>
        {
            using var stream = new MemoryStream();
            var written = EventJsonLines.WriteAsync(c.Events, stream).GetAwaiter().GetResult();
            stream.Position = 0;
            var read = EventJsonLines.ReadAsync(stream).ToBlockingEnumerable().ToList();
            return written == c.Events.Count && read.SequenceEqual(c.Events);
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public async Task The_edge_cases_round_trip_both_ways()
    {
        var edge = EdgeWorld.Build();
        Chronicles.AssertSameContent(edge, ChronicleJson.Deserialize(ChronicleJson.Serialize(edge)));

        using var stream = new MemoryStream();
        await EventJsonLines.WriteAsync(edge.Events, stream);
        stream.Position = 0;
        Assert.Equal(edge.Events, await EventJsonLines.ReadAsync(stream).ToListAsync());
    }
}
