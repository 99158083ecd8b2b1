using NodaTime;

namespace Diplomacy.TestKit;

/// <summary>A small hand-made world for example tests: a few states, people, outlets and dated, cited events.</summary>
public static class SampleWorld
{
    public static readonly ActorId Serbia = "SRB";
    public static readonly ActorId Russia = "RUS";
    public static readonly ActorId Ukraine = "UKR";
    public static readonly ActorId UnitedStates = "USA";
    public static readonly ActorId Czechia = "CZE";
    public static readonly ActorId Vulin = "aleksandar-vulin";
    public static readonly ActorId Patrushev = "nikolai-patrushev";
    public static readonly ActorId FinancialTimes = "financial-times";
    public static readonly ActorId Vreme = "vreme";

    public static Actor[] Actors { get; } =
    [
        new State(Serbia, "Serbia"),
        new State(Russia, "Russia") { Aliases = ["Russian Federation"] },
        new State(Ukraine, "Ukraine"),
        new State(UnitedStates, "United States"),
        new State(Czechia, "Czech Republic") { Aliases = ["Czechia"] },
        new Person(Vulin, "Aleksandar Vulin", Serbia),
        new Person(Patrushev, "Nikolai Patrushev", Russia),
        new Organization(FinancialTimes, "Financial Times", OrganizationKind.NewsOutlet),
        new Organization(Vreme, "Vreme", OrganizationKind.NewsOutlet, Serbia),
    ];

    public static Citation Cite(ActorId source, string published) => new(source, FuzzyDate.Parse(published));

    public static FuzzyDate Day(int year, int month, int day) => new LocalDate(year, month, day);

    /// <summary>Dated events: a 2022 day, a range, a month, a year, and reports published later than they happened.</summary>
    public static DiplomaticEvent[] Events { get; } =
    [
        new RelationshipChange("war-begins", Day(2022, 2, 24), [Cite(FinancialTimes, "2022-02-24")], Russia, Ukraine, RelationshipKind.War, RelationshipChangeKind.Formed),
        new SanctionsAction("serbia-refuses", FuzzyDate.FromYearMonth(new YearMonth(2022, 3)), [Cite(Vreme, "2022-03")], Serbia, Russia, SanctionsActionKind.Refuse),
        new ArmsTransfer("shells-via-usa", FuzzyDate.Between(new LocalDate(2022, 3, 1), new LocalDate(2024, 6, 30)), [Cite(FinancialTimes, "2024-06-23")], Serbia, UnitedStates)
        {
            EndUser = Ukraine,
            Value = new Money(800_000_000m, "EUR", isApproximate: true),
            Items = [new ArmsItem(WeaponCategory.Ammunition)],
            Terms = TransferTerms.Commercial,
        },
        new OfficeChange("vulin-bia", Day(2022, 12, 1), [Cite(Vreme, "2022-12-01")], Vulin, "Director of BIA", OfficeChangeKind.Appointed),
        new OfficeChange("vulin-removed", FuzzyDate.FromYearMonth(new YearMonth(2023, 11)), [Cite(Vreme, "2023-11")], Vulin, "Director of BIA", OfficeChangeKind.Removed),
        new Meeting("vulin-patrushev", FuzzyDate.FromYear(2024), [Cite(Vreme, "2024-07-08")], [Vulin, Patrushev]) { Host = Russia },
    ];

    public static Chronicle Build() => new ChronicleBuilder().AddActors(Actors).AddEvents(Events).Build();
}
