using Diplomacy.Interop;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Interop.Tests;

public class DuplicateMergeTests
{
    private static readonly DuplicateStrategy[] Strategies =
    [
        DuplicateStrategy.SameId,
        DuplicateStrategy.SameDayDyadCode,
        DuplicateStrategy.OneADay,
        DuplicateStrategy.Custom("same kind and year", e => $"{e.Kind}|{e.When.Earliest.Year}"),
    ];

    private static Chronicle TwoReportsOfOneMeeting()
    {
        var day = FuzzyDate.FromDate(new LocalDate(2024, 7, 1));
        var coding = Coding.FromCameo("042");
        return new ChronicleBuilder()
            .AddActors([Countries.Resolve("SRB").ToState(), Countries.Resolve("RUS").ToState(), new Organization("wire-a", "Wire A", OrganizationKind.NewsOutlet), new Organization("wire-b", "Wire B", OrganizationKind.NewsOutlet)])
            .AddEvents(
            [
                new CodedEvent("gdelt-1", day, [new Citation("wire-a", day)], "SRB", coding) { Target = "RUS" },
                new CodedEvent("gdelt-2", day, [new Citation("wire-b", day)], "SRB", coding) { Target = "RUS" },
                new CodedEvent("gdelt-3", day, [new Citation("wire-b", day)], "SRB", Coding.FromCameo("043")) { Target = "RUS" },
                new CodedEvent("gdelt-4", day, [new Citation("wire-b", day)], "RUS", coding) { Target = "SRB" },
            ])
            .Build();
    }

    [Fact]
    public void Same_day_dyad_and_code_folds_the_second_report_into_the_first_keeping_both_citations()
    {
        var (merged, merges) = DuplicateMerge.Apply(TwoReportsOfOneMeeting(), DuplicateStrategy.SameDayDyadCode);

        Assert.Equal(["gdelt-1", "gdelt-3", "gdelt-4"], merged.Events.Select(e => e.Id.Value).Order());
        Assert.Equal(["wire-a", "wire-b"], merged.GetEvent("gdelt-1").Citations.Select(c => c.Source.Value));
        var merge = Assert.Single(merges);
        Assert.Equal(("gdelt-1", "gdelt-2"), (merge.Kept.Value, Assert.Single(merge.Folded).Value));
    }

    [Fact]
    public void One_a_day_folds_codes_of_the_same_root_but_keeps_directions_apart()
    {
        var (merged, _) = DuplicateMerge.Apply(TwoReportsOfOneMeeting(), DuplicateStrategy.OneADay);

        Assert.Equal(2, merged.Events.Count);
        Assert.Contains(merged.Events, e => e.Id == "gdelt-4");
    }

    [Fact]
    public void A_custom_key_that_is_null_never_merges()
    {
        var chronicle = TwoReportsOfOneMeeting();

        var (merged, merges) = DuplicateMerge.Apply(chronicle, DuplicateStrategy.Custom("never", _ => null));

        Assert.Same(chronicle, merged);
        Assert.Empty(merges);
    }

    [Fact]
    public void Merging_is_idempotent()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(25).ToArbitrary(),
            Gen.Elements(Strategies).ToArbitrary(),
            (chronicle, strategy) =>
            {
                var once = DuplicateMerge.Apply(chronicle, strategy).Chronicle;
                var twice = DuplicateMerge.Apply(once, strategy);
                return twice.Merges.Count == 0 && twice.Chronicle.Events.SequenceEqual(once.Events);
            });

        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Merging_loses_no_citation_and_reports_every_event_it_left_out()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(25).ToArbitrary(),
            Gen.Elements(Strategies).ToArbitrary(),
            (chronicle, strategy) =>
            {
                var (merged, merges) = DuplicateMerge.Apply(chronicle, strategy);
                var left = chronicle.Events.Select(e => e.Id).Except(merged.Events.Select(e => e.Id)).Order().ToArray();
                var reported = merges.SelectMany(m => m.Folded).Order().ToArray();
                var keptFor = merges.SelectMany(m => m.Folded.Select(f => (f, m.Kept))).ToDictionary(x => x.f, x => x.Kept);
                var citationsKept = chronicle.Events.All(e =>
                    e.Citations.All(c => CitationJoin.Holds(merged.GetEvent(keptFor.GetValueOrDefault(e.Id, e.Id)).Citations, c)));
                return left.SequenceEqual(reported) && citationsKept;
            });

        Check.QuickThrowOnFailure(property);
    }
}
