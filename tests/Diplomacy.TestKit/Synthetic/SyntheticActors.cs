using System.Globalization;

namespace Diplomacy.TestKit.Synthetic;

/// <summary>
/// The actors of a synthetic chronicle, each kind ordered by activity rank (index 0 acts most): states with
/// ISO-like codes, persons with a nationality, organisations with a home state, and the news outlets events cite.
/// </summary>
internal sealed class SyntheticActors
{
    // The most active states in event data, roughly; the rest get made-up codes and names.
    private static readonly (string Code, string Name)[] RealStates =
    [
        ("USA", "United States"), ("RUS", "Russia"), ("CHN", "China"), ("UKR", "Ukraine"), ("GBR", "United Kingdom"),
        ("FRA", "France"), ("DEU", "Germany"), ("ISR", "Israel"), ("IRN", "Iran"), ("TUR", "Türkiye"),
        ("IND", "India"), ("JPN", "Japan"), ("PAK", "Pakistan"), ("SYR", "Syria"), ("IRQ", "Iraq"),
        ("AFG", "Afghanistan"), ("KOR", "South Korea"), ("PRK", "North Korea"), ("SAU", "Saudi Arabia"), ("EGY", "Egypt"),
        ("SRB", "Serbia"), ("POL", "Poland"), ("BRA", "Brazil"), ("NGA", "Nigeria"), ("ZAF", "South Africa"),
        ("ITA", "Italy"), ("CAN", "Canada"), ("AUS", "Australia"), ("MEX", "Mexico"), ("IDN", "Indonesia"),
        ("ARM", "Armenia"), ("AZE", "Azerbaijan"), ("GEO", "Georgia"), ("BLR", "Belarus"), ("CZE", "Czech Republic"),
        ("HUN", "Hungary"), ("VEN", "Venezuela"), ("LBN", "Lebanon"), ("YEM", "Yemen"), ("ETH", "Ethiopia"),
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mar", "ven", "dor", "sa", "ri", "tan", "bel", "nor", "os", "ta", "via", "ran", "kel", "mo", "zu", "ar",
    ];

    private static readonly string[] FirstNames =
    [
        "Aleksandar", "Đorđe", "Katarina", "Sergei", "Olena", "Zoë", "Łukasz", "Ünal", "Ana", "Jean-Luc", "Mei", "Kwame",
        "Ahmed", "Fatima", "Hiroshi", "Priya", "Carlos", "Ingrid", "Nikolai", "Amina", "David", "Leyla", "Tomás", "Sun-hee",
        "Omar", "Elena", "Pierre", "Nour", "Viktor", "Maria",
    ];

    private static readonly string[] LastNames =
    [
        "Vučić", "Petrović", "Ivanov", "Kim", "Smith", "Nakamura", "Okafor", "Haddad", "Kowalski", "Müller", "Dupont", "Rossi",
        "Chen", "Singh", "García", "Nielsen", "Öztürk", "Mensah", "Kovalenko", "Aliyev", "Sargsyan", "Novák", "Horváth",
        "Rahman", "Cohen", "Tanaka", "Silva", "Brown", "Popescu", "Đokić", "Khan", "Yilmaz", "Park", "Mahmoud", "Schmidt",
        "Lebedev", "Nowak", "Jensen", "Costa", "Abdullah",
    ];

    private static readonly string[] OrganizationNames =
    [
        "Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Finance", "Presidential Administration",
        "Security Council", "Intelligence Agency", "Customs Service", "Export Control Agency", "Defence Industries",
        "National Oil Company", "Arms Exporter", "Shipping Company", "Institute for International Affairs",
        "Border Police", "Central Bank", "Parliament",
    ];

    private static readonly OrganizationKind[] OrganizationKinds =
    [
        OrganizationKind.GovernmentBody, OrganizationKind.GovernmentBody, OrganizationKind.GovernmentBody, OrganizationKind.GovernmentBody,
        OrganizationKind.GovernmentBody, OrganizationKind.Agency, OrganizationKind.Agency, OrganizationKind.Agency,
        OrganizationKind.StateOwnedCompany, OrganizationKind.StateOwnedCompany, OrganizationKind.StateOwnedCompany,
        OrganizationKind.Company, OrganizationKind.ResearchInstitute, OrganizationKind.Agency, OrganizationKind.Other,
        OrganizationKind.GovernmentBody,
    ];

    private static readonly string[] RealOutlets =
    [
        "Reuters", "Agence France-Presse", "Associated Press", "BBC Monitoring", "Xinhua", "TASS", "Financial Times",
        "Vreme", "Balkan Insight", "Al Jazeera", "Yonhap", "Kyiv Independent", "Deutsche Welle", "Anadolu Agency",
    ];

    private static readonly string[] OutletWords = ["Daily", "Morning", "Evening", "National", "Free", "Weekly", "Independent", "Global"];

    private static readonly string[] OutletNouns = ["Courier", "Herald", "Observer", "Gazette", "Telegraph", "Review", "Tribune", "Monitor", "Post", "Chronicle"];

    public SyntheticActors(SyntheticOptions options, SyntheticRandom random)
    {
        var taken = new HashSet<ActorId>();
        States = MakeStates(options.StateCount, random, taken);
        var stateRank = WeightedSampler.Zipf(States.Length, 1.0);
        Persons = new Person[options.PersonCount];
        for (var i = 0; i < Persons.Length; i++)
        {
            var nationality = States[stateRank.Sample(random)];
            var name = Unique(taken, random, r => $"{r.Pick(FirstNames)} {(char)('A' + r.Next(26))}. {r.Pick(LastNames)}");
            Persons[i] = new Person(ActorId.FromName(name), name, nationality.Id);
        }

        Organizations = new Organization[options.OrganizationCount];
        for (var i = 0; i < Organizations.Length; i++)
        {
            // A few intergovernmental bodies without a home state; the rest belong to a state.
            if (i % 60 == 7)
            {
                var bodyName = Unique(taken, random, r => $"{Capitalized(r, 2)} {r.Pick(["Council", "Union", "Treaty Organisation", "Commission"])}");
                Organizations[i] = new Organization(ActorId.FromName(bodyName), bodyName, OrganizationKind.IntergovernmentalBody);
                continue;
            }

            var home = States[stateRank.Sample(random)];
            var template = random.Next(OrganizationNames.Length);
            var name = Unique(taken, random, r => $"{OrganizationNames[template]} of {home.Name}", r => $"{OrganizationNames[template]} {r.Next(2, 100)} of {home.Name}");
            Organizations[i] = new Organization(ActorId.FromName(name), name, OrganizationKinds[template], home.Id);
        }

        Outlets = new Organization[options.NewsOutletCount];
        for (var i = 0; i < Outlets.Length; i++)
        {
            var name = i < RealOutlets.Length
                ? RealOutlets[i]
                : Unique(taken, random, r => $"The {r.Pick(OutletWords)} {r.Pick(OutletNouns)} of {Capitalized(r, 2)}");
            taken.Add(ActorId.FromName(name));
            ActorId? home = i < RealOutlets.Length && i < 6 ? default(ActorId?) : States[stateRank.Sample(random)].Id;
            Outlets[i] = new Organization(ActorId.FromName(name), name, OrganizationKind.NewsOutlet, home);
        }
    }

    /// <summary>States by activity rank.</summary>
    public State[] States { get; }

    /// <summary>Persons by activity rank.</summary>
    public Person[] Persons { get; }

    /// <summary>Acting organisations by activity rank.</summary>
    public Organization[] Organizations { get; }

    /// <summary>News outlets by how often they are cited.</summary>
    public Organization[] Outlets { get; }

    public IEnumerable<Actor> All => States.Cast<Actor>().Concat(Persons).Concat(Organizations).Concat(Outlets);

    private static State[] MakeStates(int count, SyntheticRandom random, HashSet<ActorId> taken)
    {
        var states = new State[count];
        for (var i = 0; i < count; i++)
        {
            if (i < RealStates.Length)
            {
                var (code, name) = RealStates[i];
                taken.Add(code);
                states[i] = new State(code, name);
                continue;
            }

            ActorId id;
            do
            {
                id = new ActorId(string.Create(3, random, static (span, r) =>
                {
                    for (var k = 0; k < span.Length; k++)
                    {
                        span[k] = (char)('A' + r.Next(26));
                    }
                }));
            }
            while (!taken.Add(id));

            states[i] = new State(id, Capitalized(random, 3));
        }

        return states;
    }

    private static string Capitalized(SyntheticRandom random, int syllables)
    {
        var text = string.Concat(Enumerable.Range(0, syllables).Select(_ => random.Pick(Syllables)));
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>A name whose slug is not taken yet: tries <paramref name="make"/>, then <paramref name="fallback"/>, until one is free.</summary>
    private static string Unique(HashSet<ActorId> taken, SyntheticRandom random, Func<SyntheticRandom, string> make, Func<SyntheticRandom, string>? fallback = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = attempt < 8 || fallback is null ? make(random) : fallback(random);
            if (taken.Add(ActorId.FromName(name)))
            {
                return name;
            }
        }
    }
}
