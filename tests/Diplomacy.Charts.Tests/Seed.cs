using Diplomacy.Serialization;
using Diplomacy.TestKit;

namespace Diplomacy.Charts.Tests;

/// <summary>The article's seed data set, loaded once from <c>seeds/</c> of the repository.</summary>
internal static class Seed
{
    private static readonly Lazy<Chronicle> Loaded = new(() =>
        ChronicleJson.Load(Path.Combine(
            SharedData.RepositoryRoot ?? throw new InvalidOperationException($"No folder holding Diplomacy.sln above {AppContext.BaseDirectory}."),
            "seeds",
            "serbia-arms-2024.json")));

    public static Chronicle Chronicle => Loaded.Value;

    /// <summary>A small chronicle whose names, summaries and quotes try to break out of the page and the pictures.</summary>
    public static Chronicle Hostile()
    {
        const string Evil = "<script>window.__pwned=1</script>\u0001\u0007\"'&<img src=x onerror=window.__pwned=2>";
        var citation = new Citation("evil-outlet", FuzzyDate.Parse("2024-01-02"))
        {
            Title = Evil,
            Quote = Evil,
            Url = new Uri("javascript:window.__pwned=3", UriKind.Absolute),
        };
        return new ChronicleBuilder()
            .AddActors([
                new State("AAA", "Aland " + Evil),
                new State("BBB", "Borduria </script><script>window.__pwned=4</script>"),
                new Organization("evil-outlet", "Outlet " + Evil, OrganizationKind.NewsOutlet),
            ])
            .AddEvent(new SanctionsAction("evil-1", FuzzyDate.Parse("2024-01-01"), [citation], "AAA", "BBB", SanctionsActionKind.Impose) { Summary = Evil, Measures = [Evil] })
            .AddEvent(new PublicReaction("evil-2", FuzzyDate.Parse("2024-01-01"), [citation], "BBB", ReactionTone.Criticism) { About = "AAA", Quote = Evil, Summary = Evil })
            .Build();
    }

    /// <summary>
    /// Aland imposes secondary sanctions on Borduria in 2010; its treasury, an agency, lifts them in 2016 and imposes
    /// them again in 2018: steps that are Aland's.
    /// </summary>
    public static Chronicle AgencyLiftsAndReimposes()
    {
        var cite = new Citation("vreme", FuzzyDate.Parse("2020-06-01"));
        return new ChronicleBuilder()
            .AddActors([
                new State("AAA", "Aland"),
                new State("BBB", "Borduria"),
                new Organization("aaa-treasury", "Aland Treasury", OrganizationKind.Agency, "AAA"),
                new Organization("vreme", "Vreme", OrganizationKind.NewsOutlet),
            ])
            .AddEvent(new SanctionsAction("impose", FuzzyDate.Parse("2010-07-01"), [cite], "AAA", "BBB", SanctionsActionKind.Impose) { Measures = ["secondary sanctions"] })
            .AddEvent(new SanctionsAction("lift", FuzzyDate.Parse("2016-01-16"), [cite], "aaa-treasury", "BBB", SanctionsActionKind.Lift) { Measures = ["secondary sanctions"] })
            .AddEvent(new SanctionsAction("reimpose", FuzzyDate.Parse("2018-11-05"), [cite], "aaa-treasury", "BBB", SanctionsActionKind.Impose) { Measures = ["secondary sanctions"] })
            .Build();
    }
}
