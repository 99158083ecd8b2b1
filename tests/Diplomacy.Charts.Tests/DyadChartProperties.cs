using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Diplomacy.Charts.Tests;

/// <summary>Laws of the dyad chart's monthly counts.</summary>
public class DyadChartProperties
{
    private static readonly Gen<FuzzyDate[]> Dates =
        FuzzyDateGenerators.InYears(2000, 2030).Where(d => !d.HasOpenStart && !d.HasOpenEnd).ArrayOf();

    private static Chronicle PairWith(FuzzyDate[] dates) =>
        new ChronicleBuilder()
            .AddActors([new State("AAA", "A"), new State("BBB", "B"), new Organization("news", "News", OrganizationKind.NewsOutlet)])
            .AddEvents(dates.Select((d, i) => new Meeting($"m{i}", d, [new Citation("news", d)], ["AAA", "BBB"])))
            .Build();

    [Property]
    public Property Monthly_counts_add_up_to_the_events_charted() =>
        Prop.ForAll(Dates.ToArbitrary(), dates =>
        {
            var chart = DyadChart.Create(PairWith(dates), "AAA", "BBB");
            return Math.Abs(chart.Months.Sum(m => m.Total) - dates.Length) < 1e-6;
        });

    [Property]
    public Property Months_run_without_gaps_from_the_first_to_the_last() =>
        Prop.ForAll(Dates.ToArbitrary(), dates =>
        {
            var months = DyadChart.Create(PairWith(dates), "AAA", "BBB").Months;
            return months.Zip(months.Skip(1)).All(p => p.Second.Month == p.First.Month.PlusMonths(1));
        });

    [Property]
    public Property Mean_score_stays_on_the_goldstein_scale() =>
        Prop.ForAll(Dates.ToArbitrary(), dates =>
            DyadChart.Create(PairWith(dates), "AAA", "BBB").Months.All(m => m.MeanGoldstein is null or (>= -10 and <= 10)));
}
