using Diplomacy.Core.Tests.Queries;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

/// <summary>Appends (<see cref="Chronicle.With(IEnumerable{Actor}, IEnumerable{DiplomaticEvent})"/>) that store new events beside the old.</summary>
public class AppendTests
{
    /// <summary>Merge policies small enough that generated chronicles get several segments and background merges.</summary>
    private static readonly Gen<ChronicleStorage.MergePolicy> Policies =
        from syncLimit in Gen.Choose(0, 12)
        from factor in Gen.Choose(1, 4)
        from maxSegments in Gen.Choose(2, 8)
        select new ChronicleStorage.MergePolicy(syncLimit, factor, maxSegments);

    /// <summary>A valid world cut into pieces: each piece's actors and events can be appended after the earlier pieces.</summary>
    private static readonly Gen<(Chronicle Whole, (Actor[] Actors, DiplomaticEvent[] Events)[] Pieces)> Split =
        from world in ModelGenerators.Worlds(30)
        from pieceCount in Gen.Choose(1, 6)
        from cuts in Gen.Choose(0, world.Events.Length).ArrayOf(pieceCount - 1)
        select (new ChronicleBuilder().AddActors(world.Actors).AddEvents(world.Events).Build(), Pieces(world.Actors, world.Events, [.. cuts.Order()]));

    private static (Actor[] Actors, DiplomaticEvent[] Events)[] Pieces(Actor[] actors, DiplomaticEvent[] events, int[] cuts)
    {
        // Events only refer to earlier events, so contiguous runs can be appended in order.
        var pieceOfEvent = new int[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            pieceOfEvent[i] = cuts.Count(c => c <= i);
        }

        // Each actor arrives with the first piece that needs it; a state with the first actor or event naming it.
        var last = cuts.Length;
        var pieceOfActor = actors.ToDictionary(a => a.Id, _ => last);
        for (var i = 0; i < events.Length; i++)
        {
            foreach (var id in events[i].ActorReferences().Select(r => r.Actor).Concat(events[i].Citations.Select(c => c.Source)))
            {
                pieceOfActor[id] = Math.Min(pieceOfActor[id], pieceOfEvent[i]);
            }
        }

        foreach (var actor in actors)
        {
            if (actor is Person { Nationality: { } n })
            {
                pieceOfActor[n] = Math.Min(pieceOfActor[n], pieceOfActor[actor.Id]);
            }
            else if (actor is Organization { HomeState: { } h })
            {
                pieceOfActor[h] = Math.Min(pieceOfActor[h], pieceOfActor[actor.Id]);
            }
        }

        return [.. Enumerable.Range(0, last + 1).Select(p => (
            actors.Where(a => pieceOfActor[a.Id] == p).ToArray(),
            events.Where((_, i) => pieceOfEvent[i] == p).ToArray()))];
    }

    private static Chronicle AppendAll((Actor[] Actors, DiplomaticEvent[] Events)[] pieces, ChronicleStorage.MergePolicy policy)
    {
        var chronicle = Chronicle.Empty.WithMergePolicy(policy);
        foreach (var (actors, events) in pieces)
        {
            chronicle = chronicle.With(actors, events);
        }

        return chronicle;
    }

    internal static bool SameAnswers(Chronicle expected, Chronicle actual, LocalDate day, DateInterval? period)
    {
        var actors = expected.Actors.Select(a => a.Id).Take(6).ToArray();
        return expected.Actors.SequenceEqual(actual.Actors)
            && expected.Events.SequenceEqual(actual.Events)
            && expected.Events.All(e => Equals(actual.GetEvent(e.Id), e))
            && actors.All(a => expected.EventsInvolving(a, period).SequenceEqual(actual.EventsInvolving(a, period))
                && actors.All(b => expected.EventsBetween(a, b, period).SequenceEqual(actual.EventsBetween(a, b, period))))
            && Enum.GetValues<EventKind>().All(k => expected.EventsOfKind(k, period).SequenceEqual(actual.EventsOfKind(k, period)))
            && QueryProperties.AskEverything(expected, day, period, actors).SequenceEqual(QueryProperties.AskEverything(actual, day, period, actors));
    }

    [Fact]
    public void Appending_in_pieces_gives_the_chronicle_built_at_once()
    {
        var questions = from day in QueryProperties.Days from period in QueryProperties.Periods select (day, period);
        var property = Prop.ForAll(
            Split.ToArbitrary(),
            Policies.ToArbitrary(),
            questions.ToArbitrary(),
            (split, policy, question) => SameAnswers(split.Whole, AppendAll(split.Pieces, policy), question.day, question.period));
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Views_of_an_appended_chronicle_equal_views_of_the_built_one()
    {
        var views = from kind in Gen.Choose(0, 2) from day in QueryProperties.Days from basis in Gen.Elements(Enum.GetValues<EvidenceBasis>())
                    from period in QueryProperties.Periods select (kind, day, basis, period);
        var property = Prop.ForAll(
            Split.ToArbitrary(),
            Policies.ToArbitrary(),
            views.ToArbitrary(),
            (split, policy, view) =>
            {
                Chronicle View(Chronicle c) => (view.kind switch { 1 => c.AsOf(view.day), 2 => c.AsKnownAt(view.day), _ => c }).WithBasisAtLeast(view.basis);
                return SameAnswers(View(split.Whole), View(AppendAll(split.Pieces, policy)), view.day, view.period);
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void An_append_that_repeats_an_existing_id_fails_with_the_problem_located()
    {
        var chronicle = SampleWorld.Build();
        var existing = chronicle.Events[0];
        var error = Assert.Throws<ChronicleValidationException>(() =>
            chronicle.With(new Meeting(existing.Id, Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin])));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(ChronicleProblemKind.DuplicateId, problem.Kind);
        Assert.Equal($"event '{existing.Id}'", problem.Subject);
    }

    [Fact]
    public void An_append_naming_an_unknown_actor_fails_and_leaves_the_chronicle_unchanged()
    {
        var chronicle = SampleWorld.Build();
        var before = chronicle.Events.ToArray();
        var error = Assert.Throws<ChronicleValidationException>(() =>
            chronicle.With(
                new Meeting("fine", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin]),
                new Meeting("bad", Day(2024, 7, 2), [Cite(Vreme, "2024-07-08")], [new ActorId("nobody")])));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(ChronicleProblemKind.UnknownActor, problem.Kind);
        Assert.Equal("event 'bad'", problem.Subject);
        Assert.Equal(before, chronicle.Events);
        Assert.False(chronicle.ContainsEvent("fine"));
    }

    [Fact]
    public void An_append_gives_the_same_problems_as_building_everything_at_once()
    {
        var chronicle = SampleWorld.Build();
        DiplomaticEvent[] bad =
        [
            new Meeting("m-1", Day(2024, 7, 1), [], [Vulin]),
            new Meeting("m-2", Day(2024, 7, 1), [Cite(new ActorId("no-outlet"), "2024-07-08")], [Vulin, Vulin]),
            new Meeting(chronicle.Events[^1].Id, Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin]),
        ];
        var fromAppend = Assert.Throws<ChronicleValidationException>(() => chronicle.With(bad)).Problems;
        var fromBuild = chronicle.ToBuilder().AddEvents(bad).Validate();
        Assert.Equal(fromBuild.OrderBy(p => p.ToString()), fromAppend.OrderBy(p => p.ToString()));
    }

    [Fact]
    public void An_appended_office_change_is_checked_against_the_existing_ones_of_the_person()
    {
        var chronicle = SampleWorld.Build();
        var held = chronicle.Events.OfType<OfficeChange>().First(o => o.Change == OfficeChangeKind.Appointed);
        var again = new OfficeChange("again", held.When, [Cite(Vreme, "2024-07-08")], held.Person, held.Office, OfficeChangeKind.Reinstated);
        var fromAppend = Assert.Throws<ChronicleValidationException>(() => chronicle.With(again)).Problems;
        Assert.Equal(chronicle.ToBuilder().AddEvent(again).Validate(), fromAppend);
        Assert.Contains(fromAppend, p => p.Kind == ChronicleProblemKind.OutOfOrder);
    }

    [Fact]
    public void An_append_leaves_the_old_chronicle_as_it_was()
    {
        var chronicle = SampleWorld.Build();
        var appended = chronicle.With(new Meeting("m-new", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin]));
        Assert.False(chronicle.ContainsEvent("m-new"));
        Assert.True(appended.ContainsEvent("m-new"));
        Assert.Equal(chronicle.Events.Count + 1, appended.Events.Count);
    }

    [Fact]
    public void Appends_store_new_events_beside_the_existing_segment()
    {
        var chronicle = SampleWorld.Build().WithMergePolicy(new(0, 4, 16));
        var before = chronicle.Storage.Segments[0];
        var appended = chronicle.With(new Meeting("m-new", Day(2024, 7, 1), [Cite(Vreme, "2024-07-08")], [Vulin]));
        Assert.Same(before, appended.Storage.Segments[0]);
        Assert.Equal(2, appended.Storage.Segments.Length);
    }

    [Fact]
    public void A_finished_background_merge_is_taken_up_by_the_next_append()
    {
        // No merge during appends: merging the built segment with 20 new events runs in the background.
        var chronicle = SampleWorld.Build().WithMergePolicy(new(0, 4, 16));
        var count = chronicle.Events.Count;
        var appended = chronicle.With(Enumerable.Range(0, Math.Max(20, count)).Select(i =>
            new Meeting($"m-{i}", Day(2024, 7, 1 + (i % 28)), [Cite(Vreme, "2024-08-01")], [Vulin])));
        appended.Storage.WaitForMerge();
        var next = appended.With(new Meeting("m-last", Day(2024, 9, 1), [Cite(Vreme, "2024-09-02")], [Vulin]));
        Assert.Equal(2, appended.Storage.Segments.Length);
        Assert.Equal(appended.Events.Count, next.Storage.Segments[0].Events.Count);
        Assert.Equal(appended.Events, next.Events.Where(e => e.Id != "m-last"));
    }

    [Fact]
    public void An_append_of_actors_alone_adds_them()
    {
        var chronicle = SampleWorld.Build();
        var grushko = new Person("alexander-grushko", "Alexander Grushko", Russia);
        var appended = chronicle.With([grushko], []);
        Assert.True(appended.ContainsActor(grushko.Id));
        Assert.Equal(chronicle.Events, appended.Events);
    }

    [Fact]
    public async Task Readers_querying_during_appends_and_background_merges_see_whole_chronicles()
    {
        // A merge policy with no merges during appends: every merge of two segments runs in the background.
        var store = new ChronicleStore(SampleWorld.Build().WithMergePolicy(new(0, 2, 4)));
        var baseCount = store.Current.Events.Count;
        const int appends = 80;
        using var done = new CancellationTokenSource();
        var torn = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            do
            {
                var snapshot = store.Current;
                var pairs = snapshot.EventsBetween(Vulin, Patrushev).Count(e => e.Id.Value.StartsWith("both-", StringComparison.Ordinal));
                var singles = snapshot.EventsInvolving(Vulin).Count(e => e.Id.Value.StartsWith("one-", StringComparison.Ordinal));
                if (pairs != singles || (snapshot.Events.Count - baseCount) != 2 * pairs)
                {
                    Interlocked.Increment(ref torn);
                }
            }
            while (!done.IsCancellationRequested);
        })).ToArray();

        for (var i = 0; i < appends; i++)
        {
            store.Append(
            [
                new Meeting($"both-{i}", Day(2024, 1, 1 + (i % 28)), [Cite(Vreme, "2024")], [Vulin, Patrushev]),
                new Meeting($"one-{i}", Day(2024, 2, 1 + (i % 28)), [Cite(Vreme, "2024")], [Vulin]),
            ]);
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(0, torn);
        Assert.Equal(baseCount + (2 * appends), store.Current.Events.Count);
    }
}
