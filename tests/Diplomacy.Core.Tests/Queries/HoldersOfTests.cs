using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class HoldersOfTests
{
    [Fact]
    public void The_office_changes_hands_on_the_day_of_the_change()
    {
        Assert.Equal([Shoigu], Article.HoldersOf(Day(2024, 5, 11), "Minister of Defence").Select(h => h.Person));
        Assert.Empty(Article.HoldersOf(Day(2024, 5, 12), "Minister of Defence"));
        Assert.Equal([Patrushev], Article.HoldersOf(Day(2024, 5, 11), body: SecurityCouncil).Select(h => h.Person));
        Assert.Equal([Shoigu], Article.HoldersOf(Day(2024, 5, 12), body: SecurityCouncil).Select(h => h.Person));
    }

    [Fact]
    public void The_title_is_compared_ignoring_case_and_surrounding_spaces()
    {
        var held = Assert.Single(Article.HoldersOf(Day(2020, 1, 1), "  secretary of the security council "));
        Assert.Equal((Patrushev, "Secretary of the Security Council", Certainty.Certain), (held.Person, held.Office, held.Certainty));
    }

    [Fact]
    public void An_outgoing_and_an_incoming_holder_dated_to_the_month_are_both_possible()
    {
        var chronicle = With(
            new OfficeChange("vulin-in", Day(2020, 1, 1), Cited("2020"), Vulin, "Minister of Supply", OfficeChangeKind.Appointed),
            new OfficeChange("vulin-out", On("2024-05"), Cited("2024-05"), Vulin, "Minister of Supply", OfficeChangeKind.Removed),
            new OfficeChange("kolokoltsev-in", On("2024-05"), Cited("2024-05"), Kolokoltsev, "Minister of Supply", OfficeChangeKind.Appointed));

        var held = chronicle.HoldersOf(Day(2024, 5, 10), "Minister of Supply");

        Assert.Equal([Vulin, Kolokoltsev], held.Select(h => h.Person));
        Assert.All(held, h => Assert.Equal(Certainty.Possible, h.Certainty));
        Assert.Equal([Kolokoltsev], chronicle.HoldersOf(Day(2024, 6, 1), "Minister of Supply").Select(h => h.Person));
        Assert.Equal([Vulin], chronicle.HoldersOf(Day(2024, 4, 30), "Minister of Supply").Select(h => h.Person));
    }

    [Fact]
    public void Asking_about_nothing_in_particular_is_refused_with_a_reason()
    {
        var neither = Assert.Throws<ArgumentException>(() => Article.HoldersOf(Day(2024, 1, 1)));
        Assert.Contains("Name an office, a body, or both", neither.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Article.HoldersOf(Day(2024, 1, 1), " "));
        Assert.Throws<ArgumentException>(() => Article.HoldersOf(Day(2024, 1, 1), body: default(ActorId)));
    }

    [Fact]
    public void Holders_of_an_office_are_the_people_whose_roles_that_day_include_it()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(40).ToArbitrary(),
            QueryProperties.Days.ToArbitrary(),
            (chronicle, day) =>
            {
                var changes = chronicle.EventsOf<OfficeChange>();
                foreach (var office in changes.Select(o => o.Office.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var expected = changes.Select(o => o.Person).Distinct()
                        .SelectMany(p => chronicle.RoleOf(p, day))
                        .Where(h => string.Equals(h.Office, office, StringComparison.OrdinalIgnoreCase))
                        .Select(h => (h.Person, h.Office, h.Since, h.Certainty))
                        .ToHashSet();
                    var actual = chronicle.HoldersOf(day, office).Select(h => (h.Person, h.Office, h.Since, h.Certainty)).ToHashSet();
                    if (!expected.SetEquals(actual))
                    {
                        return false;
                    }
                }

                return true;
            });
        Check.QuickThrowOnFailure(property);
    }
}
