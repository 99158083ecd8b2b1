using NodaTime;

namespace Diplomacy.Core.Tests;

/// <summary>The package README's example, kept here so that it cannot rot: if this stops compiling, fix both.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_core_package_readme_example_builds_and_means_what_it_says()
    {
        var chronicle = new ChronicleBuilder()
            .AddActors([
                new State("SRB", "Serbia"),
                new State("RUS", "Russia"),
                new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet, HomeState: "SRB"),
            ])
            .AddEvent(new SanctionsAction("serbia-refuses-sanctions", FuzzyDate.Parse("2022-03"),
                [new Citation("vreme", FuzzyDate.Parse("2024-07-08"))], "SRB", "RUS", SanctionsActionKind.Refuse))
            .Build();

        var known = chronicle.AsKnownAt(new LocalDate(2024, 1, 1)); // nothing published yet: no events

        Assert.Single(chronicle.Events);
        Assert.Empty(known.Events);
    }
}
