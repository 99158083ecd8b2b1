using NodaTime;

namespace Diplomacy.Serialization.Tests;

/// <summary>A small chronicle at the edges: Unicode names, extreme dates, the largest amounts, every coding case.</summary>
internal static class EdgeWorld
{
    public static readonly ActorId Serbia = "SRB";
    public static readonly ActorId Russia = "RUS";
    public static readonly ActorId Ukraine = "UKR";
    public static readonly ActorId Vucic = ActorId.FromName("Aleksandar Vučić");
    public static readonly ActorId Djokic = ActorId.FromName("Katarina Đokić");
    public static readonly ActorId Outlet = "financial-times";
    public static readonly ActorId Csto = "csto";

    public static Citation Cite(string published) => new(Outlet, FuzzyDate.Parse(published));

    public static Actor[] Actors { get; } =
    [
        new State(Serbia, "Serbia") { Aliases = ["Republic of Serbia", "Србија"] },
        new State(Russia, "Russia"),
        new State(Ukraine, "Ukraine"),
        new Person(Vucic, "Aleksandar Vučić", Serbia),
        new Person(Djokic, "Katarina Đokić"),
        new Organization(Outlet, "Financial Times", OrganizationKind.NewsOutlet),
        new Alliance(Csto, "Collective Security Treaty Organization", AllianceObligations.Defense | AllianceObligations.Consultation),
    ];

    public static DiplomaticEvent[] Events { get; } =
    [
        new ArmsTransfer("earliest", FuzzyDate.FromDate(new LocalDate(1, 1, 1)), [Cite("9999-12-31")], Serbia, Russia)
        {
            Items = [new ArmsItem(WeaponCategory.SmallCalibreAmmunition, long.MaxValue, "7.62 mm") { IsApproximate = true }],
            Value = new Money(decimal.MaxValue, "EUR", isApproximate: true),
            Terms = TransferTerms.Aid,
            EndUserClause = EndUserClause.NotRespected,
            Intermediaries = [Ukraine],
            EndUser = Ukraine,
            Summary = "Đokić: “shells”",
        },
        new ArmsTransfer("onward", FuzzyDate.Since(new LocalDate(2022, 2, 24)), [Cite("../2024-01-01")], Russia, Ukraine) { Continues = "earliest" },
        new Meeting("overridden-coding", FuzzyDate.Parse("2023-21~"), [Cite("2023")], [Vucic, Djokic]) { Coding = Coding.FromCameo("019") },
        new PublicReaction("custom-coding", FuzzyDate.Parse("2023-33?"), [Cite("2023-40")], Vucic, ReactionTone.Praise)
        {
            About = Russia,
            Quote = "dear friend",
            Coding = new Coding(QuadClass.VerbalCooperation) { Goldstein = 3.4, PloverCategory = PloverCategory.Support, PloverContexts = ["diplomatic"] },
        },
        new CodedEvent("latest", FuzzyDate.FromDate(new LocalDate(9999, 12, 31)), [Cite("9999")], Serbia, new Coding(QuadClass.VerbalCooperation) { Cameo = "0311", Goldstein = 5.2 }),
    ];

    public static Chronicle Build() => new ChronicleBuilder().AddActors(Actors).AddEvents(Events).Build();
}
