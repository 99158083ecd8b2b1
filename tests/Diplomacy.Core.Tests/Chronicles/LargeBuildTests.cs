using Diplomacy.TestKit.Synthetic;
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
}
