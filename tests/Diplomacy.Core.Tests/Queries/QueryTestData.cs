using Diplomacy.TestKit;
using NodaTime;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>Small chronicles for query tests: the article's actors plus whatever events a test needs.</summary>
internal static class QueryTestData
{
    public static readonly Chronicle Article = ArticleFixture.Build();

    /// <summary>Ukraine's Ministry of Defence, an official body of Ukraine that the article's actors lack.</summary>
    public static readonly Organization UkrainianMinistry = new("ukrainian-ministry-of-defence", "Ministry of Defence of Ukraine", OrganizationKind.GovernmentBody, ArticleFixture.Ukraine);

    public static Chronicle With(params DiplomaticEvent[] events) =>
        new ChronicleBuilder().AddActors(ArticleFixture.Actors).AddEvents(events).Build();

    public static Chronicle WithActors(IEnumerable<Actor> extra, params DiplomaticEvent[] events) =>
        new ChronicleBuilder().AddActors(ArticleFixture.Actors).AddActors(extra).AddEvents(events).Build();

    public static IReadOnlyList<Citation> Cited(string published = "2024-07-08") => [new Citation(ArticleFixture.Vreme, FuzzyDate.Parse(published))];

    public static FuzzyDate On(string edtf) => FuzzyDate.Parse(edtf);

    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    public static DateInterval Between(LocalDate start, LocalDate end) => new(start, end);

    public static string[] Ids(this IEnumerable<DiplomaticEvent> events) => events.Select(e => e.Id.Value).ToArray();
}
