using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.TestKit;

/// <summary>
/// FsCheck generators for every actor and event kind, and for whole valid chronicles whose references all resolve.
/// Names include non-ASCII letters (Vučić, Đokić) and optional fields are sometimes empty.
/// </summary>
public static class ModelGenerators
{
    private static readonly string[] Names =
    [
        "Aleksandar Vučić", "Katarina Đokić", "Nikolai Patrushev", "Сергей Шойгу", "Ana Brnabić", "Jean-Luc Mélenchon",
        "Zoë O'Neil", "Łukasz Żółw", "Kim", "Ünal Çelik", "名前",
    ];

    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "x1", "z9", "vulin", "ft"];

    /// <summary>Dates of every precision over years 1..9999, sometimes qualified or open-ended.</summary>
    public static Gen<FuzzyDate> Dates { get; } = FuzzyDateGenerators.Any;

    /// <summary>Three-letter state codes.</summary>
    public static Gen<ActorId> StateCodes { get; } =
        from a in Gen.Choose('A', 'Z')
        from b in Gen.Choose('A', 'Z')
        from c in Gen.Choose('A', 'Z')
        select new ActorId(new string([(char)a, (char)b, (char)c]));

    /// <summary>Lower-case slugs of one to three words.</summary>
    public static Gen<ActorId> Slugs { get; } =
        from parts in Gen.Elements(Words).Between(1, 3)
        select new ActorId(string.Join('-', parts));

    /// <summary>Display names, including non-ASCII ones.</summary>
    public static Gen<string> DisplayNames { get; } = Gen.Elements(Names);

    /// <summary>A place's GeoNames id, or none.</summary>
    public static Gen<long?> GeoNamesIds { get; } = Gen.OneOf(Gen.Constant<long?>(null), Gen.Choose(1, 12_000_000).Select(id => (long?)id));

    /// <summary>Short optional text, sometimes null, sometimes non-ASCII.</summary>
    public static Gen<string?> OptionalText { get; } = Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(Names).Select(s => (string?)s), Gen.Constant<string?>(""));

    /// <summary>Codings made from codebook codes, sometimes with PLOVER fields set by hand.</summary>
    public static Gen<Coding> Codings { get; } =
        Gen.OneOf(
            Gen.Elements(CameoCodebook.All.ToArray()).Select(e => Coding.FromCameo(e.Code)),
            from quad in Gen.Elements(Enum.GetValues<QuadClass>())
            from goldstein in Gen.Choose(-100, 100)
            from category in Gen.Elements(Enum.GetValues<PloverCategory>())
            from contexts in Gen.Elements("military", "economic", "diplomatic").Between(0, 2)
            select new Coding(quad) { Goldstein = goldstein / 10.0, PloverCategory = category, PloverMode = "mode", PloverContexts = contexts });

    /// <summary>No release (half the time), or a release of one of two data sets on a day from 1990 to 2030.</summary>
    public static Gen<DataRelease?> Releases { get; } = Gen.OneOf(
        Gen.Constant<DataRelease?>(null),
        from dataSet in Gen.Elements("POLECAT", "ICEWS")
        from number in Gen.Choose(1, 999)
        from day in Gen.Choose(0, 40 * 365)
        select (DataRelease?)new DataRelease(dataSet, "Release " + number, new LocalDate(1990, 1, 1).PlusDays(day)));

    /// <summary>Citations whose sources are drawn from <paramref name="sources"/>.</summary>
    public static Gen<Citation> CitationsFrom(IReadOnlyList<ActorId> sources) =>
        from source in Gen.Elements(sources.ToArray())
        from published in Dates
        from title in OptionalText
        from quote in OptionalText
        from hasUrl in Gen.Elements(true, false)
        from basis in Gen.Elements<EvidenceBasis?>(null, null, EvidenceBasis.Inferred, EvidenceBasis.Confirmed)
        from release in Releases
        select new Citation(source, published)
        {
            Release = release,
            Basis = basis,
            Title = title,
            Quote = quote,
            Url = hasUrl ? new Uri("https://example.org/news/" + Uri.EscapeDataString(title ?? "x")) : null,
        };

    /// <summary>A valid set of actors: distinct states, persons, organisations (at least one outlet) and alliances.</summary>
    public static Gen<Actor[]> Actors { get; } =
        from stateCodes in StateCodes.Between(1, 7).Select(a => a.Distinct().ToArray())
        from stateNames in Gen.Elements(Names).ArrayOf(stateCodes.Length)
        from slugs in Slugs.Between(2, 9).Select(a => a.Distinct().ToArray()).Where(a => a.Length > 1)
        from personNames in Gen.Elements(Names).ArrayOf(slugs.Length)
        from kinds in Gen.Elements(Enum.GetValues<OrganizationKind>()).ArrayOf(slugs.Length)
        from roles in Gen.Choose(0, 2).ArrayOf(slugs.Length)
        from homes in Gen.Elements(stateCodes).ArrayOf(slugs.Length)
        from aliases in Gen.Elements(Names).Between(0, 2)
        select BuildActors(stateCodes, stateNames, slugs, personNames, kinds, roles, homes, aliases);

    private static Actor[] BuildActors(ActorId[] stateCodes, string[] stateNames, ActorId[] slugs, string[] names, OrganizationKind[] kinds, int[] roles, ActorId[] homes, string[] aliases)
    {
        var actors = new List<Actor>();
        for (var i = 0; i < stateCodes.Length; i++)
        {
            actors.Add(new State(stateCodes[i], stateNames[i]) { Aliases = i == 0 ? aliases : [] });
        }

        for (var i = 0; i < slugs.Length; i++)
        {
            // The first slug is always an outlet, so that every chronicle has a source to cite.
            actors.Add((i == 0 ? 1 : roles[i]) switch
            {
                0 => new Person(slugs[i], names[i], i % 2 == 0 ? homes[i] : (ActorId?)null) { IsPrivate = i % 5 == 2 },
                1 => new Organization(slugs[i], names[i], i == 0 ? OrganizationKind.NewsOutlet : kinds[i], i % 3 == 0 ? (ActorId?)null : homes[i]),
                _ => new Alliance(slugs[i], names[i], (AllianceObligations)(i % 32)),
            });
        }

        return [.. actors];
    }

    /// <summary>One event of any kind, with every reference drawn from <paramref name="actors"/> and <paramref name="earlierEvents"/>.</summary>
    public static Gen<DiplomaticEvent> EventsFor(Actor[] actors, IReadOnlyList<EventId> earlierEvents, EventId id)
    {
        var ids = actors.Select(a => a.Id).ToArray();
        var persons = actors.OfType<Person>().Select(p => p.Id).ToArray();
        var sources = actors.OfType<Organization>().Select(o => o.Id).ToArray();
        var anyActor = Gen.Elements(ids);
        var optionalActor = Gen.OneOf(Gen.Constant<ActorId?>(null), anyActor.Select(a => (ActorId?)a));
        // An office's body is an organisation or a state (EventCatalog.Of(EventKind.OfficeChange).RequiredActorTypes).
        var organizations = actors.Where(a => a is Organization or Alliance).Select(a => a.Id).ToArray();
        var optionalBody = Gen.OneOf(Gen.Constant<ActorId?>(null), Gen.Elements(actors.Where(a => a is not Person).Select(a => (ActorId?)a.Id).ToArray()));
        var citations = CitationsFrom(sources).Between(1, 3).Select(a => (IReadOnlyList<Citation>)a);
        var eventRefs = earlierEvents.Count == 0
            ? Gen.Constant(Array.Empty<EventId>())
            : Gen.Elements(earlierEvents.ToArray()).Between(0, 2).Select(a => a.Distinct().ToArray());
        var optionalCoding = Gen.OneOf(Gen.Constant<Coding?>(null), Codings.Select(c => (Coding?)c));
        var two = from a in anyActor from b in anyActor where a != b select (a, b);
        var money = from amount in Gen.Choose(0, int.MaxValue)
                    from cents in Gen.Choose(0, 99)
                    from currency in Gen.Elements("EUR", "USD", "RSD")
                    from approx in Gen.Elements(true, false)
                    select new Money(amount * 1_000m + (cents / 100m), currency, approx);
        var items = from category in Gen.Elements(Enum.GetValues<WeaponCategory>())
                    from quantity in Gen.OneOf(Gen.Constant<long?>(null), Gen.Choose(0, int.MaxValue).Select(q => (long?)q * 7))
                    from designation in OptionalText
                    from approx in Gen.Elements(true, false)
                    select new ArmsItem(category, quantity, designation) { IsApproximate = approx };

        var kinds = new List<Gen<DiplomaticEvent>>
        {
            from when in Dates
            from c in citations
            from pair in two
            from intermediaries in anyActor.Between(0, 2)
            from endUser in optionalActor
            from its in items.Between(0, 3)
            from value in Gen.OneOf(Gen.Constant<Money?>(null), money.Select(m => (Money?)m))
            from terms in Gen.Elements(Enum.GetValues<TransferTerms>())
            from clause in Gen.Elements(Enum.GetValues<EndUserClause>())
            select (DiplomaticEvent)new ArmsTransfer(id, when, c, pair.a, pair.b)
            {
                Intermediaries = intermediaries, EndUser = endUser, Items = its, Value = value, Terms = terms, EndUserClause = clause,
            },
            from when in Dates
            from c in citations
            from participants in anyActor.Between(1, 4)
            from host in optionalActor
            from place in Gen.OneOf(Gen.Constant<Place?>(null), from n in DisplayNames from country in optionalActor from geo in GeoNamesIds select (Place?)new Place(n, country) { Latitude = 44.8, Longitude = 20.46, GeoNamesId = geo })
            from coding in optionalCoding
            select WithCoding(new Meeting(id, when, c, participants) { Host = host, Place = place }, coding),
            from when in Dates
            from c in citations
            from speaker in anyActor
            from tone in Gen.Elements(Enum.GetValues<ReactionTone>())
            from about in optionalActor
            from responds in eventRefs
            from quote in OptionalText
            select (DiplomaticEvent)new PublicReaction(id, when, c, speaker, tone) { About = about, InResponseTo = responds, Quote = quote },
            from when in Dates
            from c in citations
            from pair in two
            from action in Gen.Elements(Enum.GetValues<SanctionsActionKind>())
            from programme in OptionalText
            from measures in Gen.Elements("asset freeze", "visa ban", "arms embargo").Between(0, 2)
            select (DiplomaticEvent)new SanctionsAction(id, when, c, pair.a, pair.b, action) { Programme = programme, Measures = measures },
            from when in Dates
            from c in citations
            from pair in two
            from relationship in Gen.Elements(Enum.GetValues<RelationshipKind>())
            from change in Gen.Elements(Enum.GetValues<RelationshipChangeKind>())
            from consideration in Gen.OneOf(
                Gen.Constant<Consideration?>(null),
                from kind in Gen.Elements(Enum.GetValues<ConsiderationKind>())
                from source in optionalActor
                from description in OptionalText
                select (Consideration?)new Consideration(kind, source) { Description = description })
            select (DiplomaticEvent)new RelationshipChange(id, when, c, pair.a, pair.b, relationship, change) { InExchangeFor = consideration },
            from when in Dates
            from c in citations
            from member in anyActor
            from organization in Gen.Elements(organizations)
            where member != organization
            from change in Gen.Elements(Enum.GetValues<MembershipChangeKind>())
            from decidedBy in Gen.Frequency((3, Gen.Constant<ActorId?>(null)), (1, Gen.Constant<ActorId?>(organization)), (1, optionalActor))
            where decidedBy != member
            select (DiplomaticEvent)new MembershipChange(id, when, c, member, organization, change) { DecidedBy = decidedBy },
            from when in Dates
            from c in citations
            from discloser in anyActor
            from method in Gen.Elements(Enum.GetValues<DisclosureMethod>())
            from about in eventRefs
            from concerning in anyActor.Between(0, 2)
            from summary in OptionalText
            select (DiplomaticEvent)new Disclosure(id, when, c, discloser, method) { About = about, Concerning = concerning, Summary = summary },
            from when in Dates
            from c in citations
            from actor in anyActor
            from decision in Gen.Elements(Enum.GetValues<CommitmentDecision>())
            from undertaking in DisplayNames
            from toward in optionalActor
            select (DiplomaticEvent)new Commitment(id, when, c, actor, decision, undertaking) { Toward = toward },
            from when in Dates
            from c in citations
            from source in anyActor
            from target in optionalActor
            from coding in Codings
            from location in Gen.OneOf(Gen.Constant<Place?>(null), from n in DisplayNames from geo in GeoNamesIds select (Place?)new Place(n) { GeoNamesId = geo })
            select (DiplomaticEvent)new CodedEvent(id, when, c, source, coding) { Target = target, Location = location },
        };

        if (persons.Length > 0)
        {
            // Each office is named after the event, so every person's changes to it are trivially in order.
            kinds.Add(
                from when in Dates
                from c in citations
                from person in Gen.Elements(persons)
                from body in optionalBody
                select (DiplomaticEvent)new OfficeChange(id, when, c, person, "Office " + id, OfficeChangeKind.Appointed) { Body = body });
        }

        return from e in Gen.OneOf(kinds)
               from basis in Gen.Elements(EvidenceBasis.Reported, EvidenceBasis.Reported, EvidenceBasis.Inferred, EvidenceBasis.Background, EvidenceBasis.Confirmed)
               select basis == EvidenceBasis.Reported ? e : e with { Basis = basis };
    }

    /// <summary>Arrays of <paramref name="min"/> to <paramref name="max"/> elements.</summary>
    public static Gen<T[]> Between<T>(this Gen<T> gen, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => gen.ArrayOf(n));

    private static DiplomaticEvent WithCoding(DiplomaticEvent e, Coding? coding) => coding is null ? e : e with { Coding = coding };

    /// <summary>Valid actors and events, up to <paramref name="maxEvents"/> events.</summary>
    public static Gen<(Actor[] Actors, DiplomaticEvent[] Events)> Worlds(int maxEvents = 25) =>
        from actors in Actors
        from count in Gen.Choose(0, maxEvents)
        from events in EventSequence(actors, count)
        select (actors, events);

    private static Gen<DiplomaticEvent[]> EventSequence(Actor[] actors, int count)
    {
        Gen<DiplomaticEvent[]> gen = Gen.Constant(Array.Empty<DiplomaticEvent>());
        for (var i = 0; i < count; i++)
        {
            var index = i;
            gen = from earlier in gen
                  from id in EventIds(index)
                  from next in EventsFor(actors, earlier.Select(e => e.Id).ToArray(), id)
                  select (DiplomaticEvent[])[.. earlier, next];
        }

        return gen;
    }

    /// <summary>
    /// A distinct id for the event at <paramref name="index"/>, in the shapes storage tells apart: a prefix and a
    /// number (packed), a number with a leading zero or text after the number (kept as text), a bare number.
    /// </summary>
    private static Gen<EventId> EventIds(int index) =>
        Gen.Elements($"event-{index}", $"event-{index:D3}", $"ev-{index}-x", $"{index}").Select(text => new EventId(text));

    /// <summary>Valid chronicles of up to <paramref name="maxEvents"/> events.</summary>
    public static Gen<Chronicle> Chronicles(int maxEvents = 25) =>
        Worlds(maxEvents).Select(w => new ChronicleBuilder().AddActors(w.Actors).AddEvents(w.Events).Build());

    /// <summary>Arbitrary chronicles (no shrinking), for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<Chronicle> ArbitraryChronicle() => Chronicles().ToArbitrary();
}
