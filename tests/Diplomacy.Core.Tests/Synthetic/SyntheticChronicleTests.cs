using Diplomacy.TestKit.Synthetic;

namespace Diplomacy.Core.Tests.Synthetic;

public class SyntheticChronicleTests
{
    private const int Size = 3_000;

    [Fact]
    public void The_same_seed_gives_the_same_actors_and_events()
    {
        var first = SyntheticChronicle.Generate(Size, seed: 7);
        var second = SyntheticChronicle.Generate(Size, seed: 7);

        Assert.Equal(first.Actors, second.Actors);
        Assert.Equal(first.Events, second.Events);
    }

    [Fact]
    public void Another_seed_gives_other_events()
    {
        var first = SyntheticChronicle.Generate(Size, seed: 7);
        var second = SyntheticChronicle.Generate(Size, seed: 8);

        Assert.NotEqual(first.Events, second.Events);
    }

    [Fact]
    public void The_records_make_a_valid_chronicle_with_every_event()
    {
        var synthetic = SyntheticChronicle.Generate(Size);

        var problems = new ChronicleBuilder().AddActors(synthetic.Actors).AddEvents(synthetic.Events).Validate();
        var chronicle = synthetic.Build();

        Assert.Empty(problems);
        Assert.Equal(Size, chronicle.Events.Count);
    }

    [Fact]
    public void The_shape_is_that_of_event_data()
    {
        var synthetic = SyntheticChronicle.Generate(20_000);
        var events = synthetic.Events;

        Assert.Equal(250, synthetic.States.Count);
        Assert.True(synthetic.Actors.OfType<Person>().Count() >= 1_000);
        Assert.True(synthetic.Actors.OfType<Organization>().Count(o => o.Kind == OrganizationKind.NewsOutlet) >= 100);

        // Mostly coded events, and every typed kind the benchmarks need.
        Assert.InRange(events.Count(e => e is CodedEvent) / (double)events.Count, 0.9, 0.97);
        foreach (var kind in new[] { EventKind.Meeting, EventKind.PublicReaction, EventKind.SanctionsAction, EventKind.RelationshipChange, EventKind.OfficeChange, EventKind.ArmsTransfer })
        {
            Assert.Contains(events, e => e.Kind == kind);
        }

        Assert.Contains(events.OfType<RelationshipChange>(), r => r.InExchangeFor is not null);

        // A few states take part in most events.
        var top = synthetic.States.Take(5).Select(s => s.Id).ToHashSet();
        Assert.True(events.Count(e => e.Actors.Any(top.Contains)) > events.Count / 2);

        // Mixed precision, mostly days.
        var days = events.Count(e => e.When.Precision == DatePrecision.Day);
        Assert.InRange(days / (double)events.Count, 0.75, 0.95);
        Assert.Contains(events, e => e.When.Precision == DatePrecision.Month);
        Assert.Contains(events, e => e.When.Precision == DatePrecision.Year);
        Assert.Contains(events, e => e.When.Precision == DatePrecision.Range);
    }

    [Fact]
    public void Each_event_has_one_to_three_citations_published_on_or_after_it()
    {
        var synthetic = SyntheticChronicle.Generate(Size);

        Assert.All(synthetic.Events, e =>
        {
            Assert.InRange(e.Citations.Count, 1, 3);
            var reported = e.When.HasOpenEnd ? e.When.Earliest : e.When.Latest;
            Assert.All(e.Citations, c => Assert.True(c.Published.Earliest >= reported, $"{e} is cited before it happened: {c}"));
        });
    }

    [Fact]
    public void Repeated_values_are_shared_instances()
    {
        var synthetic = SyntheticChronicle.Generate(Size);
        var coded = synthetic.Events.OfType<CodedEvent>().ToList();

        var codings = coded.Select(e => e.Coding).Distinct(ReferenceEqualityComparer.Instance).Count();
        var lists = synthetic.Events.Select(e => e.Citations).Distinct(ReferenceEqualityComparer.Instance).Count();

        Assert.True(codings <= CameoCodebook.All.Count);
        Assert.True(lists < synthetic.Events.Count * 0.8, $"{lists} citation lists for {synthetic.Events.Count} events");
        Assert.Equal(lists, synthetic.CitationListCount);
    }
}
