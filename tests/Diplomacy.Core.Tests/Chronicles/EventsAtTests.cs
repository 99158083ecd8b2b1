using Diplomacy.TestKit;

namespace Diplomacy.Core.Tests.Chronicles;

public class EventsAtTests
{
    private static readonly ActorId Serbia = new("SRB");
    private static readonly ActorId Outlet = new("vreme");

    private static (EventsAt Answer, List<int> Made) Answer(params int[] positions)
    {
        var made = new List<int>();
        var answer = new EventsAt(positions, position =>
        {
            lock (made)
            {
                made.Add(position);
            }

            return new CodedEvent(
                new EventId($"e{position}"),
                FuzzyDate.Parse("2024-07-01"),
                [new Citation(Outlet, FuzzyDate.Parse("2024-07-02"))],
                Serbia,
                Coding.FromCameo("042"));
        });
        return (answer, made);
    }

    [Fact]
    public void Counting_an_answer_makes_none_of_its_events_and_reading_one_makes_only_that_one_once()
    {
        var (answer, made) = Answer(3, 8, 20);
        Assert.Equal(3, answer.Count);
        Assert.Empty(made);

        var first = answer[1];
        Assert.Equal(new EventId("e8"), first.Id);
        Assert.Same(first, answer[1]);
        Assert.Equal([8], made);

        Assert.Equal(["e3", "e8", "e20"], answer.Select(e => e.Id.Value));
        Assert.Equal([8, 3, 20], made);
    }

    [Fact]
    public void An_index_outside_the_answer_is_refused_with_the_range()
    {
        var (answer, _) = Answer(3, 8);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => answer[2]);
        Assert.Contains("0 to 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => answer[-1]);
    }

    [Fact]
    public void Threads_reading_the_same_answer_all_get_the_instance_that_was_kept()
    {
        for (var round = 0; round < 50; round++)
        {
            var (answer, _) = Answer([.. Enumerable.Range(0, 64)]);
            var seen = new DiplomaticEvent[4][];
            Parallel.For(0, seen.Length, t => seen[t] = [.. answer]);
            for (var i = 0; i < answer.Count; i++)
            {
                Assert.All(seen, events => Assert.Same(answer[i], events[i]));
            }
        }
    }

    [Fact]
    public void A_chronicle_answer_reads_the_same_events_as_the_timeline_holds()
    {
        var chronicle = SampleWorld.Build();
        var answer = chronicle.EventsInvolving(SampleWorld.Serbia);
        Assert.NotEmpty(answer);
        Assert.Equal(chronicle.Events.Where(e => e.Actors.Contains(SampleWorld.Serbia)), answer);
        Assert.Same(answer[0], answer[0]);
    }
}
