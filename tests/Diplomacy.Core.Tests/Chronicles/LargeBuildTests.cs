using Diplomacy.TestKit.Synthetic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Core.Tests.Chronicles;

/// <summary>
/// Chronicles large enough that <see cref="ChronicleBuilder.Build"/> validates beside sorting and builds the event
/// columns beside the postings (<see cref="Concurrently"/>): the result and the problems are those of the one-thread
/// path.
/// </summary>
public class LargeBuildTests
{
    private static readonly SyntheticChronicle World = SyntheticChronicle.Generate(new SyntheticOptions { EventCount = 2 * Concurrently.Threshold + 123 });

    [Fact]
    public void A_large_build_on_two_threads_equals_the_build_on_one()
    {
        Assert.True(Concurrently.Pays(World.Events.Count) || Environment.ProcessorCount == 1);
        var builder = new ChronicleBuilder().AddActors(World.Actors).AddEvents(World.Events);

        var concurrent = builder.Build();
        var sequential = builder.Assemble(concurrently: false);

        var period = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2012, 6, 30));
        Assert.True(AppendTests.SameAnswers(sequential, concurrent, new LocalDate(2011, 3, 1), period));
        Assert.True(AppendTests.SameAnswers(sequential, concurrent, new LocalDate(2020, 1, 1), null));
    }

    [Fact]
    public void Ids_padded_with_zeros_are_kept_as_text_and_every_event_reads_back_equal()
    {
        var world = SyntheticChronicle.Generate(new SyntheticOptions { EventCount = Concurrently.Threshold + 77, PaddedIds = true });
        var builder = new ChronicleBuilder().AddActors(world.Actors).AddEvents(world.Events);

        var chronicle = builder.Build();

        var rows = new EventRows([.. world.Events], new ActorTable([.. world.Actors]));
        Assert.Contains(rows.Columns.Prefixes, p => p == EventColumns.TextPrefix);
        Assert.DoesNotContain(rows.Objects, e => e.GetType() == typeof(CodedEvent));
        Assert.All(world.Events, e => Assert.Equal(e, chronicle.GetEvent(e.Id)));
        Assert.True(AppendTests.SameAnswers(builder.Assemble(concurrently: false), chronicle, new LocalDate(2011, 3, 1), null));
    }

    [Fact]
    public void Large_invalid_input_is_refused_with_every_problem_the_one_thread_check_finds()
    {
        var events = World.Events.ToList();
        var copied = events[^1];
        var stranger = events.OfType<CodedEvent>().First() with { Id = new EventId("stranger"), Source = new ActorId("nobody-known") };
        events.Insert(events.Count / 2, copied);
        events.Add(stranger);
        var builder = new ChronicleBuilder().AddActors(World.Actors).AddEvents(events);

        var error = Assert.Throws<ChronicleValidationException>(builder.Build);

        Assert.Equal(builder.Validate(), error.Problems);
        Assert.Contains(error.Problems, p => p.Kind == ChronicleProblemKind.DuplicateId && p.Subject == $"event '{copied.Id}'");
        Assert.Contains(error.Problems, p => p.Kind == ChronicleProblemKind.UnknownActor && p.Subject.Contains("stranger", StringComparison.Ordinal));
    }

    /// <summary>
    /// Reading a large input checks its plain coded events on the way and sends only the others through the
    /// validator: whatever mix of defects (and of valid references into the coded events) the input has, it builds
    /// exactly when a full check finds nothing, and otherwise reports what the full check reports.
    /// </summary>
    [Fact]
    public void Large_input_builds_exactly_when_the_full_check_passes_and_reports_what_it_reports()
    {
        var coded = World.Events.OfType<CodedEvent>().ToArray();
        var reaction = World.Events.OfType<PublicReaction>().First();
        var outlet = new ActorId("ghost-outlet");
        var defects = new Func<int, int, DiplomaticEvent>[]
        {
            (k, _) => coded[k] with { Citations = [new Citation(outlet, coded[k].When)] },
            (k, _) => coded[k] with { Citations = [] },
            (k, _) => coded[k] with { Target = new ActorId("ghost-target") },
            (k, _) => coded[k] with { Location = new Place("Atlantis", new ActorId("atlantis")) },
            (k, i) => reaction with { Id = coded[k].Id },
            (k, i) => coded[(k + 1) % coded.Length] with { Id = coded[k].Id, When = FuzzyDate.FromYear(1990 + (i % 20)) },
            (k, i) => reaction with { Id = new EventId($"reply-{i}"), InResponseTo = [new EventId($"missing-{i}")] },
            (k, i) => reaction with { Id = new EventId($"reply-{i}"), InResponseTo = [coded[k].Id] },
            (k, i) => coded[k] with { Location = new Place("Somewhere", coded[k].Source) },
        };
        var property = Prop.ForAll(
            Gen.Zip(Gen.Choose(0, defects.Length - 1), Gen.Choose(0, coded.Length - 1)).ArrayOf().Resize(6).ToArbitrary(),
            picks =>
            {
                var events = World.Events.ToList();
                var replaced = new HashSet<int>();
                for (var i = 0; i < picks.Length; i++)
                {
                    var (defect, k) = picks[i];
                    var changed = defects[defect](k, i);
                    var at = events.IndexOf(coded[k]);
                    if (changed.Id == coded[k].Id && changed.GetType() == typeof(CodedEvent) && at >= 0 && replaced.Add(at))
                    {
                        events[at] = changed;
                    }
                    else
                    {
                        events.Add(changed);
                    }
                }

                var builder = new ChronicleBuilder().AddActors(World.Actors).AddEvents(events);
                var expected = builder.Validate();
                try
                {
                    var built = builder.Build();
                    return expected.Count == 0 && built.Events.Count == events.Count;
                }
                catch (ChronicleValidationException error)
                {
                    return expected.Count > 0 && expected.SequenceEqual(error.Problems);
                }
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }
}
