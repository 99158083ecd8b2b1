using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Parquet.Tests;

/// <summary>The SQL over Parquet, run by DuckDB, gives the same answers and evidence as the chronicle in memory.</summary>
public class AgreementProperties
{
    private static readonly Arbitrary<(Chronicle Chronicle, LocalDate Day)> Cases =
        (from chronicle in ModelGenerators.Chronicles(30)
         from day in ModelGenerators.Dates
         select (chronicle, day.Earliest.Year < 1 ? day.Latest : day.Earliest)).ToArbitrary();

    [Fact]
    public void Every_question_agrees_on_generated_chronicles_and_their_views()
    {
        var property = Prop.ForAll(Cases, c =>
        {
            using var directory = new TempDirectory();
            ChronicleParquet.WriteAsync(c.Chronicle, directory.Path).GetAwaiter().GetResult();
            using var duck = DuckDbChronicle.Open(directory.Path, new DuckDbOptions { MemoryLimit = "256MB", Threads = 1 });
            AssertAgree(c.Chronicle, duck, c.Day);
            AssertAgree(c.Chronicle.AsKnownAt(c.Day), duck.AsKnownAt(c.Day), c.Day);
            AssertAgree(c.Chronicle.AsKnownAt(c.Day, KnownBy.Release), duck.AsKnownAt(c.Day, KnownBy.Release), c.Day);
            AssertAgree(c.Chronicle.AsOf(c.Day), duck.AsOf(c.Day), c.Day);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(8), property);
    }

    [Fact]
    public void Every_question_agrees_when_answers_are_assembled_a_few_events_at_a_time()
    {
        // Answers larger than a batch are copied into DuckDB and made into records batch by batch.
        var property = Prop.ForAll(Cases, c =>
        {
            using var directory = new TempDirectory();
            ChronicleParquet.WriteAsync(c.Chronicle, directory.Path).GetAwaiter().GetResult();
            using var duck = DuckDbChronicle.Open(directory.Path, new DuckDbOptions { MemoryLimit = "256MB", Threads = 1, AssemblyBatch = 3 });
            AssertAgree(c.Chronicle, duck, c.Day);
            AssertAgree(c.Chronicle.AsKnownAt(c.Day), duck.AsKnownAt(c.Day), c.Day);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(4), property);
    }

    internal static void AssertAgree(Chronicle memory, DuckDbChronicle duck, LocalDate day)
    {
        var actors = memory.Actors.Select(a => a.Id).ToArray();
        var period = new DateInterval(day, day.Year >= 9998 ? day : day.PlusDays(400));
        Assert.Equal(memory.Events.Count, duck.CountEvents());
        foreach (var actor in actors)
        {
            Assert.Equal(memory.EventsInvolving(actor), duck.EventsInvolving(actor));
            Assert.Equal(memory.EventsInvolving(actor, period), duck.EventsInvolving(actor, period));
            Assert.Equal(memory.TradeOffs(actor), duck.TradeOffs(actor));
            Assert.Equal(memory.TradeOffs(actor, ConsiderationKind.Materiel), duck.TradeOffs(actor, ConsiderationKind.Materiel));
            Assert.Equal(memory.RoleOf(actor, day), duck.RoleOf(actor, day));
            var filter = new TimelineFilter { Actor = actor, Kinds = [EventKind.Meeting, EventKind.CodedEvent, EventKind.PublicReaction], Period = period };
            Assert.Equal(memory.Timeline(filter), duck.Timeline(filter));
        }

        foreach (var (first, second) in actors.Zip(actors.Skip(1)))
        {
            Assert.Equal(memory.EventsBetween(first, second), duck.EventsBetween(first, second));
            Assert.Equal(memory.EventsBetween(first, second, period), duck.EventsBetween(first, second, period));
        }

        foreach (var quad in Enum.GetValues<QuadClass>())
        {
            var filter = new TimelineFilter { QuadClass = quad };
            Assert.Equal(memory.Timeline(filter), duck.Timeline(filter));
        }

        Assert.Equal(memory.Timeline(), duck.Timeline());
        foreach (var step in memory.EventsOf<SanctionsAction>())
        {
            foreach (var at in new[] { day, step.When.Earliest, step.When.Latest })
            {
                Assert.Equal(memory.SanctionsStance(step.Imposer, step.Target, at), duck.SanctionsStance(step.Imposer, step.Target, at));
            }
        }
    }
}
