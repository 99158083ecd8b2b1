using NodaTime;

namespace Diplomacy.TestKit;

/// <summary>
/// An article-like chronicle for acceptance tests and benchmarks: the facts of the Vreme analysis of 8 July 2024
/// (Serbian arms reaching Ukraine, Russia's muted reaction, the partners Russia traded away, sanctions stances, and
/// Vulin's channels to Moscow), encoded as events.
/// </summary>
/// <remarks>
/// Where the article gives no date, events carry the span it allows (from the invasion to the article) or, for
/// Vulin's three trips in "the next five months", illustrative months (December, February, April). Offices of the
/// Russian officials and CSTO membership dates are from public record, not the article. This is test data, not the
/// seed data set.
/// </remarks>
public static class ArticleFixture
{
    public static readonly ActorId Serbia = "SRB";
    public static readonly ActorId Russia = "RUS";
    public static readonly ActorId Ukraine = "UKR";
    public static readonly ActorId UnitedStates = "USA";
    public static readonly ActorId Czechia = "CZE";
    public static readonly ActorId Israel = "ISR";
    public static readonly ActorId SouthKorea = "KOR";
    public static readonly ActorId NorthKorea = "PRK";
    public static readonly ActorId Iran = "IRN";
    public static readonly ActorId Armenia = "ARM";
    public static readonly ActorId Belarus = "BLR";

    public static readonly ActorId Vucic = "aleksandar-vucic";
    public static readonly ActorId Vulin = "aleksandar-vulin";
    public static readonly ActorId Patrushev = "nikolai-patrushev";
    public static readonly ActorId Naryshkin = "sergei-naryshkin";
    public static readonly ActorId Bortnikov = "alexander-bortnikov";
    public static readonly ActorId Shoigu = "sergei-shoigu";
    public static readonly ActorId Kolokoltsev = "vladimir-kolokoltsev";
    public static readonly ActorId Grushko = "alexander-grushko";
    public static readonly ActorId Peskov = "dmitry-peskov";
    public static readonly ActorId Zakharova = "maria-zakharova";

    public static readonly ActorId Bia = "bia";
    public static readonly ActorId SerbianGovernment = "serbian-government";
    public static readonly ActorId Yugoimport = "yugoimport";
    public static readonly ActorId SecurityCouncil = "russian-security-council";
    public static readonly ActorId Svr = "svr";
    public static readonly ActorId Fsb = "fsb";
    public static readonly ActorId InteriorMinistry = "russian-interior-ministry";
    public static readonly ActorId RussianEmbassy = "russian-embassy-belgrade";
    public static readonly ActorId Csto = "csto";

    public static readonly ActorId FinancialTimes = "financial-times";
    public static readonly ActorId Vreme = "vreme";
    public static readonly ActorId BalkanInsight = "balkan-insight";
    public static readonly ActorId Reuters = "reuters";

    /// <summary>The day of the article.</summary>
    public static readonly LocalDate ArticleDay = new(2024, 7, 8);

    /// <summary>The day of the invasion of Ukraine.</summary>
    public static readonly LocalDate InvasionDay = new(2022, 2, 24);

    /// <summary>The transfers by which Serbian arms reached Ukraine (via the United States; via the Czech Republic, passed on).</summary>
    public static readonly EventId[] SerbianArmsToUkraine = ["arms-via-usa", "arms-via-czechia", "czechia-passes-on"];

    private static readonly Place Moscow = new("Moscow", Russia);
    private static readonly Place Belgrade = new("Belgrade", Serbia);

    public static Actor[] Actors { get; } =
    [
        new State(Serbia, "Serbia"),
        new State(Russia, "Russia") { Aliases = ["Russian Federation"] },
        new State(Ukraine, "Ukraine"),
        new State(UnitedStates, "United States"),
        new State(Czechia, "Czech Republic") { Aliases = ["Czechia"] },
        new State(Israel, "Israel"),
        new State(SouthKorea, "South Korea"),
        new State(NorthKorea, "North Korea"),
        new State(Iran, "Iran"),
        new State(Armenia, "Armenia"),
        new State(Belarus, "Belarus"),
        new Person(Vucic, "Aleksandar Vučić", Serbia),
        new Person(Vulin, "Aleksandar Vulin", Serbia),
        new Person(Patrushev, "Nikolai Patrushev", Russia),
        new Person(Naryshkin, "Sergei Naryshkin", Russia),
        new Person(Bortnikov, "Alexander Bortnikov", Russia),
        new Person(Shoigu, "Sergei Shoigu", Russia),
        new Person(Kolokoltsev, "Vladimir Kolokoltsev", Russia),
        new Person(Grushko, "Alexander Grushko", Russia),
        new Person(Peskov, "Dmitry Peskov", Russia),
        new Person(Zakharova, "Maria Zakharova", Russia),
        new Organization(Bia, "Security Intelligence Agency (BIA)", OrganizationKind.Agency, Serbia),
        new Organization(SerbianGovernment, "Government of Serbia", OrganizationKind.GovernmentBody, Serbia),
        new Organization(Yugoimport, "Yugoimport SDPR", OrganizationKind.StateOwnedCompany, Serbia),
        new Organization(SecurityCouncil, "Security Council of Russia", OrganizationKind.GovernmentBody, Russia),
        new Organization(Svr, "Foreign Intelligence Service (SVR)", OrganizationKind.Agency, Russia),
        new Organization(Fsb, "Federal Security Service (FSB)", OrganizationKind.Agency, Russia),
        new Organization(InteriorMinistry, "Ministry of Internal Affairs of Russia", OrganizationKind.GovernmentBody, Russia),
        new Organization(RussianEmbassy, "Embassy of Russia in Belgrade", OrganizationKind.GovernmentBody, Russia),
        new Organization(FinancialTimes, "Financial Times", OrganizationKind.NewsOutlet),
        new Organization(Vreme, "Vreme", OrganizationKind.NewsOutlet, Serbia),
        new Organization(BalkanInsight, "Balkan Insight", OrganizationKind.NewsOutlet),
        new Organization(Reuters, "Reuters", OrganizationKind.NewsOutlet),
        new Alliance(Csto, "Collective Security Treaty Organization", AllianceObligations.Defense | AllianceObligations.Consultation),
    ];

    private static Citation Cite(ActorId source, string published) => new(source, FuzzyDate.Parse(published));

    private static FuzzyDate Date(string edtf) => FuzzyDate.Parse(edtf);

    private static FuzzyDate SinceInvasion => FuzzyDate.Between(InvasionDay, ArticleDay);

    private static readonly Citation VremeArticle = Cite(Vreme, "2024-07-08");
    private static readonly Citation BalkanInsightArticle = Cite(BalkanInsight, "2024-07");
    private static readonly Citation FtRevelation = Cite(FinancialTimes, "2024-06");
    private static readonly Citation PentagonLeak = Cite(Reuters, "2023-04");

    public static DiplomaticEvent[] Events { get; } =
    [
        // The war, and what Russia traded away since.
        new RelationshipChange("russia-invades-ukraine", InvasionDay, [Cite(Reuters, "2022-02-24")], Russia, Ukraine, RelationshipKind.War, RelationshipChangeKind.Formed),
        new RelationshipChange("russia-abandons-armenia", SinceInvasion, [BalkanInsightArticle, VremeArticle], Russia, Armenia, RelationshipKind.Alliance, RelationshipChangeKind.Abandoned)
        {
            InExchangeFor = new Consideration(ConsiderationKind.Forces) { Description = "forces kept for the Ukrainian front" },
        },
        new RelationshipChange("russia-ends-israel-partnership", SinceInvasion, [BalkanInsightArticle, VremeArticle], Russia, Israel, RelationshipKind.Partnership, RelationshipChangeKind.Ended)
        {
            InExchangeFor = new Consideration(ConsiderationKind.Materiel, Iran) { Description = "drones" },
        },
        new RelationshipChange("russia-sacrifices-south-korea", SinceInvasion, [BalkanInsightArticle, VremeArticle], Russia, SouthKorea, RelationshipKind.Friendship, RelationshipChangeKind.Sacrificed)
        {
            InExchangeFor = new Consideration(ConsiderationKind.Materiel, NorthKorea) { Description = "ammunition" },
        },

        // Sanctions stances.
        new SanctionsAction("serbia-refuses-sanctions", Date("2022-03"), [Cite(Vreme, "2022-03")], Serbia, Russia, SanctionsActionKind.Refuse),
        new SanctionsAction("serbia-still-refuses", ArticleDay, [VremeArticle], Serbia, Russia, SanctionsActionKind.Refuse),
        new SanctionsAction("south-korea-delays-sanctions", Date("2022"), [BalkanInsightArticle, VremeArticle], SouthKorea, Russia, SanctionsActionKind.Delay),
        new SanctionsAction("us-sanctions-vulin", Date("2023-07"), [Cite(Reuters, "2023-07"), VremeArticle], UnitedStates, Vulin, SanctionsActionKind.Impose)
        {
            Measures = ["asset freeze"],
        },

        // Offices.
        new OfficeChange("vulin-heads-bia", new LocalDate(2022, 12, 1), [Cite(Vreme, "2022-12-01")], Vulin, "Director of the Security Intelligence Agency", OfficeChangeKind.Appointed) { Body = Bia },
        new OfficeChange("vulin-leaves-bia", Date("2023-11"), [Cite(Vreme, "2023-11"), VremeArticle], Vulin, "Director of the Security Intelligence Agency", OfficeChangeKind.Removed) { Body = Bia },
        new OfficeChange("vulin-deputy-prime-minister", new LocalDate(2024, 5, 2), [Cite(Vreme, "2024-05"), VremeArticle], Vulin, "Deputy Prime Minister", OfficeChangeKind.Appointed) { Body = SerbianGovernment },
        new OfficeChange("patrushev-security-council", new LocalDate(2008, 5, 12), [Cite(Reuters, "2008-05-12")], Patrushev, "Secretary of the Security Council", OfficeChangeKind.Appointed) { Body = SecurityCouncil },
        new OfficeChange("patrushev-leaves-security-council", new LocalDate(2024, 5, 12), [Cite(Reuters, "2024-05-12")], Patrushev, "Secretary of the Security Council", OfficeChangeKind.Removed) { Body = SecurityCouncil },
        new OfficeChange("shoigu-defence-minister", new LocalDate(2012, 11, 6), [Cite(Reuters, "2012-11-06")], Shoigu, "Minister of Defence", OfficeChangeKind.Appointed),
        new OfficeChange("shoigu-leaves-defence", new LocalDate(2024, 5, 12), [Cite(Reuters, "2024-05-12")], Shoigu, "Minister of Defence", OfficeChangeKind.Removed),
        new OfficeChange("shoigu-security-council", new LocalDate(2024, 5, 12), [Cite(Reuters, "2024-05-12")], Shoigu, "Secretary of the Security Council", OfficeChangeKind.Appointed) { Body = SecurityCouncil },
        new OfficeChange("naryshkin-svr", new LocalDate(2016, 10, 5), [Cite(Reuters, "2016-10-05")], Naryshkin, "Director of the SVR", OfficeChangeKind.Appointed) { Body = Svr },
        new OfficeChange("bortnikov-fsb", new LocalDate(2008, 5, 12), [Cite(Reuters, "2008-05-12")], Bortnikov, "Director of the FSB", OfficeChangeKind.Appointed) { Body = Fsb },
        new OfficeChange("kolokoltsev-interior", new LocalDate(2012, 5, 21), [Cite(Reuters, "2012-05-21")], Kolokoltsev, "Minister of Internal Affairs", OfficeChangeKind.Appointed) { Body = InteriorMinistry },

        // Vulin's trips to Moscow as a private citizen, then as deputy prime minister.
        Trip("vulin-patrushev-1", "2023-12", Patrushev),
        Trip("vulin-naryshkin-1", "2023-12", Naryshkin),
        Trip("vulin-patrushev-2", "2024-02", Patrushev),
        Trip("vulin-bortnikov", "2024-02", Bortnikov),
        Trip("vulin-naryshkin-2", "2024-04", Naryshkin),
        Trip("vulin-shoigu", "2024-05-02/2024-07-08", Shoigu),
        Trip("vulin-kolokoltsev", "2024-05-02/2024-07-08", Kolokoltsev),
        new PublicReaction("vulin-flatters-moscow", Date("2023-12/2024-07-08"), [BalkanInsightArticle], Vulin, ReactionTone.Praise) { About = Russia },

        // Serbian arms for Ukraine.
        new Commitment("serbia-agrees-to-supply-weapons", FuzzyDate.Between(InvasionDay, new LocalDate(2023, 3, 31)), [PentagonLeak, VremeArticle], Serbia, CommitmentDecision.Agreed, "supply weapons") { Toward = Ukraine },
        new Commitment("serbia-refuses-to-train-soldiers", FuzzyDate.Between(InvasionDay, new LocalDate(2023, 3, 31)), [PentagonLeak, VremeArticle], Serbia, CommitmentDecision.Refused, "train Ukrainian soldiers") { Toward = Ukraine },
        new ArmsTransfer("arms-via-usa", FuzzyDate.Between(InvasionDay, new LocalDate(2024, 6, 30)), [PentagonLeak, FtRevelation, VremeArticle], Serbia, UnitedStates)
        {
            EndUser = Ukraine,
            Items = [new ArmsItem(WeaponCategory.Ammunition)],
            Terms = TransferTerms.Commercial,
            EndUserClause = EndUserClause.NotRespected,
        },
        new ArmsTransfer("arms-via-czechia", FuzzyDate.Between(InvasionDay, new LocalDate(2024, 6, 30)), [PentagonLeak, FtRevelation, VremeArticle], Serbia, Czechia)
        {
            Items = [new ArmsItem(WeaponCategory.Ammunition, Designation: "shells")],
            Terms = TransferTerms.Commercial,
            EndUserClause = EndUserClause.NotRespected,
        },
        new ArmsTransfer("czechia-passes-on", FuzzyDate.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), [FtRevelation, VremeArticle], Czechia, Ukraine)
        {
            Continues = "arms-via-czechia",
            Items = [new ArmsItem(WeaponCategory.Ammunition, Designation: "shells")],
        },
        new ArmsTransfer("sipri-us-imports", Date("2023"), [VremeArticle], Serbia, UnitedStates)
        {
            Items = [new ArmsItem(WeaponCategory.Artillery, 267), new ArmsItem(WeaponCategory.Rockets, 3_200), new ArmsItem(WeaponCategory.ArmouredVehicles, 5)],
            Terms = TransferTerms.Commercial,
        },
        new ArmsTransfer("yugoimport-rounds", Date("2023"), [VremeArticle], Yugoimport, UnitedStates)
        {
            Items = [new ArmsItem(WeaponCategory.SmallCalibreAmmunition, 16_000_000) { IsApproximate = true }],
            Terms = TransferTerms.Commercial,
        },

        // Disclosures, and the reactions to them.
        new Disclosure("pentagon-leak", Date("2023-04"), [PentagonLeak], Reuters, DisclosureMethod.Leak)
        {
            About = ["serbia-agrees-to-supply-weapons", "serbia-refuses-to-train-soldiers", "arms-via-usa", "arms-via-czechia"],
            Concerning = [Serbia],
            Summary = "The first leaked data: a confidential Pentagon document on European aid to Ukraine",
        },
        new PublicReaction("russia-promises-inquiry", Date("2023-04/2023-12"), [BalkanInsightArticle], Russia, ReactionTone.Neutral)
        {
            About = Serbia,
            InResponseTo = ["pentagon-leak"],
            Summary = "Moscow promises to investigate",
        },
        new Disclosure("ft-revelation", Date("2024-06"), [FtRevelation], FinancialTimes, DisclosureMethod.Report)
        {
            About = SerbianArmsToUkraine,
            Concerning = [Serbia],
            Summary = "Serbian arms worth about EUR 800 million reached Ukraine indirectly",
        },
        new PublicReaction("vucic-confirms", Date("2024-06/2024-07-08"), [VremeArticle], Vucic, ReactionTone.Confirmation) { InResponseTo = ["ft-revelation"] },
        new PublicReaction("peskov-our-serbian-friends", Date("2024-06/2024-07-08"), [BalkanInsightArticle], Peskov, ReactionTone.Evasive)
        {
            About = Serbia,
            InResponseTo = ["ft-revelation"],
            Quote = "our Serbian friends",
        },
        new PublicReaction("zakharova-silent", Date("2024-06/2024-07-08"), [BalkanInsightArticle], Zakharova, ReactionTone.Silent) { InResponseTo = ["ft-revelation"] },
        new Meeting("grushko-in-belgrade", Date("2024-07-01/2024-07-02"), [VremeArticle], [Grushko, Serbia]) { Host = Serbia, Place = Belgrade },
        new PublicReaction("grushko-silent", Date("2024-07-01/2024-07-02"), [VremeArticle], Grushko, ReactionTone.Silent) { About = Serbia, InResponseTo = ["ft-revelation"] },
        new PublicReaction("embassy-denies-dispute", Date("2024-07-01/2024-07-08"), [VremeArticle], RussianEmbassy, ReactionTone.Denial)
        {
            About = Serbia,
            InResponseTo = ["grushko-in-belgrade"],
        },
        new PublicReaction("russia-praises-vucic", Date("2023-04/2024-07-08"), [BalkanInsightArticle], Russia, ReactionTone.Praise)
        {
            About = Vucic,
            Quote = "a dear friend and reliable partner",
        },

        // CSTO.
        new MembershipChange("russia-in-csto", new LocalDate(2002, 10, 7), [Cite(Reuters, "2002-10-07")], Russia, Csto, MembershipChangeKind.Joined),
        new MembershipChange("armenia-in-csto", new LocalDate(2002, 10, 7), [Cite(Reuters, "2002-10-07")], Armenia, Csto, MembershipChangeKind.Joined),
        new MembershipChange("belarus-in-csto", new LocalDate(2002, 10, 7), [Cite(Reuters, "2002-10-07")], Belarus, Csto, MembershipChangeKind.Joined),
        new MembershipChange("armenia-freezes-csto", Date("2024-02"), [Cite(Reuters, "2024-02")], Armenia, Csto, MembershipChangeKind.Suspended),
    ];

    /// <summary>Builds the chronicle.</summary>
    public static Chronicle Build() => new ChronicleBuilder().AddActors(Actors).AddEvents(Events).Build();

    private static Meeting Trip(string id, string when, ActorId counterpart) =>
        new(id, Date(when), [BalkanInsightArticle, VremeArticle], [Vulin, counterpart]) { Host = Russia, Place = Moscow };
}
