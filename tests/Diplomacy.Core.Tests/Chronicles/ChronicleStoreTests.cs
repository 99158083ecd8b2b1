using Diplomacy.TestKit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

public class ChronicleStoreTests
{
    [Fact]
    public void Append_makes_a_new_current_chronicle()
    {
        var store = new ChronicleStore(SampleWorld.Build());
        var before = store.Current;
        var after = store.Append([new Meeting("m-new", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin])]);
        Assert.Same(after, store.Current);
        Assert.False(before.ContainsEvent("m-new"));
        Assert.True(after.ContainsEvent("m-new"));
    }

    [Fact]
    public void A_failed_append_leaves_the_current_chronicle_in_place()
    {
        var store = new ChronicleStore(SampleWorld.Build());
        var before = store.Current;
        Assert.Throws<ChronicleValidationException>(() => store.Append([new Meeting("bad", Day(2024, 7, 1), [], [Vulin])]));
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Append_can_bring_new_actors()
    {
        var store = new ChronicleStore(SampleWorld.Build());
        var grushko = new Person("alexander-grushko", "Alexander Grushko", Russia);
        store.Append([new Meeting("grushko-belgrade", FuzzyDate.Parse("2024-07-01/2024-07-02"), [Cite(Vreme, "2024-07-08")], [grushko.Id])], [grushko]);
        Assert.True(store.Current.ContainsActor(grushko.Id));
    }

    [Fact]
    public async Task Concurrent_readers_see_only_whole_chronicles_during_appends()
    {
        var store = new ChronicleStore(SampleWorld.Build());
        var baseCount = store.Current.Events.Count;
        const int appends = 60;
        using var done = new CancellationTokenSource();
        var torn = 0;
        var reads = 0;

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            do
            {
                var snapshot = store.Current;
                var n = snapshot.Events.Count - baseCount;

                // Appends add pairs of events a-i and b-i together: a whole chronicle holds both or neither.
                for (var i = 0; i < n / 2; i++)
                {
                    if (snapshot.ContainsEvent($"a-{i}") != snapshot.ContainsEvent($"b-{i}"))
                    {
                        Interlocked.Increment(ref torn);
                    }
                }

                if (n % 2 != 0)
                {
                    Interlocked.Increment(ref torn);
                }

                Interlocked.Increment(ref reads);
            }
            while (!done.IsCancellationRequested);
        })).ToArray();

        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            for (var i = w; i < appends; i += 2)
            {
                store.Append(
                [
                    new Meeting($"a-{i}", Day(2024, 1, 1 + (i % 28)), [Cite(Vreme, "2024")], [Vulin]),
                    new Meeting($"b-{i}", Day(2024, 2, 1 + (i % 28)), [Cite(Vreme, "2024")], [Patrushev]),
                ]);
            }
        })).ToArray();

        await Task.WhenAll(writers);
        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(0, torn);
        Assert.True(reads > 0);
        Assert.Equal(baseCount + (2 * appends), store.Current.Events.Count);
    }
}
