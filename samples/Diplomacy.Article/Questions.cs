using System.Globalization;
using NodaTime;

namespace Diplomacy.Article;

/// <summary>The questions of the design guide (section 1) and of the article, asked of a chronicle with the library's queries.</summary>
internal static class Questions
{
    private static readonly ActorId Russia = "RUS";
    private static readonly ActorId Serbia = "SRB";
    private static readonly ActorId Ukraine = "UKR";
    private static readonly ActorId UnitedStates = "USA";
    private static readonly ActorId Vulin = "aleksandar-vulin";

    /// <summary>The question of the section that answers whether the Serbian authorities know where their arms end up.</summary>
    public const string AuthoritiesKnowQuestion = "Do the Serbian authorities know where their arms end up?";

    /// <summary>The question of the section that sets the reported figures for the deliveries side by side.</summary>
    public const string FiguresQuestion = "How much: the EUR 800 million, and the nearly a billion euros Vučić largely confirmed?";

    /// <summary>The question of the section that puts the answers together into the article's explanation.</summary>
    public const string WhyQuestion = "Why does Russia tolerate it?";

    /// <summary>
    /// The actors the questions are about that the chronicle does not hold: asked of another data set, the answers
    /// about them rest on nothing (a stance of a state the file lacks reads "None").
    /// </summary>
    public static IReadOnlyList<ActorId> MissingActors(Chronicle chronicle) =>
        [.. new[] { Russia, Serbia, Ukraine, UnitedStates, Vulin }.Where(a => !chronicle.TryGetActor(a, out _))];

    /// <summary>Every answer, on <paramref name="chronicle"/> (which may be an "as known at" view), with stances asked on <paramref name="at"/>.</summary>
    public static IEnumerable<Section> All(Chronicle chronicle, LocalDate at)
    {
        var findings = Findings.Of(chronicle);
        yield return TradeOffs(chronicle, findings.MaterielTrades, "Which partners did Russia trade away for materiel?");
        yield return TradeOffs(chronicle, findings.Trades, "Which partners did Russia give up, and for what?");
        yield return Stances(chronicle, at);
        yield return Routes(chronicle, findings.Routes);
        yield return Figures(chronicle, findings.Routes);
        yield return Reactions(chronicle, findings.Reactions);
        yield return AuthoritiesKnow(chronicle);
        yield return Tolerated(chronicle, findings.Tolerated);
        yield return WordsAndDeeds(findings.Divergence);
        yield return Channels(chronicle, findings.Channels);
        yield return Known(chronicle);
        yield return Why(chronicle, findings);
    }

    /// <summary>The query results several sections share, asked once.</summary>
    private sealed record Findings(
        IReadOnlyList<TradeOff> Trades,
        IReadOnlyList<TradeOff> MaterielTrades,
        IReadOnlyList<ArmsRoute> Routes,
        IReadOnlyList<Reaction> Reactions,
        IReadOnlyList<ToleratedAct> Tolerated,
        Divergence Divergence,
        IReadOnlyList<PersonalChannel> Channels)
    {
        public static Findings Of(Chronicle chronicle) => new(
            [.. chronicle.TradeOffs(Russia).Where(t => t.Change.IsGivingUp())],
            [.. chronicle.TradeOffs(Russia, ConsiderationKind.Materiel).Where(t => t.Change.IsGivingUp())],
            chronicle.ArmsFlows(Serbia, Ukraine),
            chronicle.ReactionsTo(Russia, SerbianArms(chronicle)),
            chronicle.Tolerated(Russia).Where(a => a.Doer == Serbia || IsSerbian(chronicle, a.Doer)).ToArray(),
            chronicle.Divergence(Serbia, Russia),
            chronicle.Contacts(Serbia, Russia));
    }

    private static Section TradeOffs(Chronicle chronicle, IReadOnlyList<TradeOff> trades, string question) =>
        new(
            question,
            ["partner", "relationship", "change", "when", "gained", "from", "basis"],
            trades.Select(t => Row(Name(chronicle, t.Partner), t.Relationship, t.Change, t.When, Describe(t.Gained), t.Gained.From is { } f ? Name(chronicle, f) : "—", t.WeakestBasis)).ToArray(),
            Evidence(trades));

    private static Section Stances(Chronicle chronicle, LocalDate at)
    {
        var asks = new (ActorId Imposer, ActorId Target, LocalDate At)[]
        {
            (Serbia, Russia, new LocalDate(2022, 6, 1)),
            (Serbia, Russia, at),
            (UnitedStates, Vulin, new LocalDate(2023, 5, 1)),
            (UnitedStates, Vulin, new LocalDate(2023, 8, 15)),
        };
        var stances = asks.Where(a => a.At <= at).Select(a => chronicle.SanctionsStance(a.Imposer, a.Target, a.At)).ToArray();
        return new Section(
            "What was the sanctions stance on a given day, since when, and on what evidence?",
            ["imposer", "target", "on", "posture", "since", "certainty", "measures", "basis"],
            stances.Select(s => Row(Name(chronicle, s.Imposer), Name(chronicle, s.Target), s.At, s.Posture, s.Since?.ToString() ?? "—", s.Certainty, s.Measures.Count == 0 ? "—" : string.Join("; ", s.Measures), s.WeakestBasis)).ToArray(),
            Evidence(stances));
    }

    private static Section Routes(Chronicle chronicle, IReadOnlyList<ArmsRoute> routes) =>
        new(
            "Along which routes did Serbian arms reach Ukraine, and how much?",
            ["route", "quantities", "value", "basis"],
            routes.Select(r => Row(
                RouteName(chronicle, r),
                r.Quantities.Count == 0 ? "—" : string.Join(", ", r.Quantities.Select(Describe)),
                r.Values.Count == 0 ? "—" : string.Join(", ", r.Values),
                r.WeakestBasis)).ToArray(),
            Evidence(routes))
        {
            Note = routes.Any(r => r.WeakestBasis == EvidenceBasis.Inferred)
                ? "A route whose basis is Inferred rests on an assumption, not on a report that the arms went that way."
                : null,
        };

    /// <summary>
    /// The figures for the Serbian arms that reached Ukraine, source by source: each valued transfer's value, and
    /// beside it any figure a citation quotes for the same deliveries, with who confirmed them.
    /// </summary>
    private static Section Figures(Chronicle chronicle, IReadOnlyList<ArmsRoute> routes)
    {
        var rows = new List<IReadOnlyList<string>>();
        var evidence = new List<DiplomaticEvent>();
        foreach (var transfer in routes.SelectMany(r => r.Transfers).Where(t => t.Value is not null).Distinct())
        {
            var confirmations = chronicle.EventsOf<PublicReaction>()
                .Where(p => p.Tone == ReactionTone.Confirmation && p.InResponseTo.Contains(transfer.Id))
                .ToArray();
            var confirmedBy = confirmations.Length == 0 ? "—" : string.Join(", ", confirmations.Select(c => Name(chronicle, c.Speaker)).Distinct());
            foreach (var citation in transfer.Citations)
            {
                rows.Add(Row(
                    Name(chronicle, citation.Source),
                    citation.Published,
                    citation.Quote is { } quote ? $"\"{quote}\"" : transfer.Value!.Value.ToString(),
                    transfer.Id,
                    confirmedBy,
                    citation.Basis ?? transfer.Basis));
            }

            evidence.Add(transfer);
            evidence.AddRange(confirmations);
        }

        return new Section(
            FiguresQuestion,
            ["source", "published", "figure", "deliveries", "confirmed by", "basis"],
            rows,
            evidence.Distinct().OrderBy(e => e.When).ThenBy(e => e.Id).ToArray())
        {
            Note = rows.Count > 1 ? "Figures on the same deliveries are estimates side by side, not amounts to add up." : null,
        };
    }

    private static Section Reactions(Chronicle chronicle, IReadOnlyList<Reaction> reactions) =>
        new(
            "How did Russia react to Serbian arms reaching Ukraine?",
            ["speaker", "tone", "when", "what", "basis"],
            reactions.Select(r => Row(Name(chronicle, r.Speaker), r.Tone, r.When, What(r.Statement), r.WeakestBasis)).ToArray(),
            Evidence(reactions))
        {
            Note = reactions.Count == 0 ? null
                : reactions.Any(r => r.Tone.IsHostile()) ? "Some of these reactions are hostile."
                : "None of these reactions is critical or hostile.",
        };

    /// <summary>
    /// What Serbia's own side (officials, nationals, state bodies) said on the record about where Serbian arms go:
    /// confirmations and denials in response to Serbian exports or to Serbia's commitment to supply arms.
    /// </summary>
    private static Section AuthoritiesKnow(Chronicle chronicle)
    {
        var exports = EventSet.Where(e => e switch
        {
            ArmsTransfer t => t.Supplier == Serbia || IsSerbian(chronicle, t.Supplier),
            Commitment c => c.Actor == Serbia && c.Decision == CommitmentDecision.Agreed,
            _ => false,
        });
        var statements = chronicle.ReactionsTo(Serbia, exports)
            .Where(r => r.Tone is ReactionTone.Confirmation or ReactionTone.Denial)
            .ToArray();
        var confirmations = statements.Where(s => s.Tone == ReactionTone.Confirmation).ToArray();
        var denials = statements.Where(s => s.Tone == ReactionTone.Denial).ToArray();
        var latest = statements.OrderBy(s => s.When).LastOrDefault();
        return new Section(
            AuthoritiesKnowQuestion,
            ["speaker", "tone", "when", "what", "basis"],
            statements.Select(r => Row(Name(chronicle, r.Speaker), r.Tone, r.When, What(r.Statement), r.WeakestBasis)).ToArray(),
            Evidence(statements))
        {
            Note = latest is null ? null
                : $"{Count(confirmations.Length, "confirmation")} from Serbia's side against {Count(denials.Length, "denial")}; the latest, by {Name(chronicle, latest.Speaker)} ({latest.When}), is a {latest.Tone.ToString().ToLowerInvariant()}.",
        };
    }

    private static Section Tolerated(Chronicle chronicle, IReadOnlyList<ToleratedAct> acts) =>
        new(
            "Which hostile Serbian acts did Russia tolerate, while it sacrificed other partners?",
            ["act", "doer", "how hostile", "enemy armed", "strongest reaction", "read as", "basis"],
            acts.Select(a => Row(a.Act.Id, Name(chronicle, a.Doer), a.Hostility, a.Enemy is { } e ? Name(chronicle, e) : "—", a.StrongestReaction is { } r ? $"{r.Tone} ({Name(chronicle, r.Speaker)})" : "none", ReadAs(a.StrongestReading), a.WeakestBasis)).ToArray(),
            Evidence(acts));

    private static string ReadAs(ReactionReading? reading) => reading switch
    {
        ReactionReading.Response => "a response to the act",
        ReactionReading.Silence => "pointed silence",
        ReactionReading.Reassurance => "a reassurance about the relationship",
        _ => "no reaction at all",
    };

    private static Section WordsAndDeeds(Divergence d) =>
        new(
            "Where do Serbia's words and deeds toward Russia diverge?",
            ["measure", "Goldstein (mean)", "events", "basis"],
            [
                Row("words (verbal events)", Score(d.VerbalScore), d.Verbal.Count, Weakest(d.Verbal.Select(s => s.Event))),
                Row("deeds (material events)", Score(d.MaterialScore), d.Material.Count, Weakest(d.Material.Select(s => s.Event))),
                Row("gap (words minus deeds)", Score(d.Gap), "—", d.WeakestBasis),
            ],
            d.Evidence);

    private static Section Channels(Chronicle chronicle, IReadOnlyList<PersonalChannel> channels) =>
        new(
            "Which personal channels tie Belgrade to Moscow, and did they go on while the official held no office?",
            ["Serbian side", "Russian side", "meetings", "while holding no office", "where (per meeting)", "basis"],
            channels.Select(c => Row(
                Name(chronicle, c.Person),
                Name(chronicle, c.Counterpart),
                c.Count,
                c.WithoutOffice,
                string.Join("; ", c.Meetings.Select(m => $"{m.Place?.Name ?? "place not given"} ({m.When})")),
                c.WeakestBasis)).ToArray(),
            Evidence(channels));

    private static Section Known(Chronicle chronicle)
    {
        var days = new[] { new LocalDate(2022, 12, 31), new LocalDate(2023, 6, 30), new LocalDate(2024, 7, 8) }
            .Where(d => chronicle.KnownAtDate is not { } cut || d <= cut);
        var rows = new List<IReadOnlyList<string>>();
        var evidence = new List<DiplomaticEvent>();
        foreach (var day in days)
        {
            var view = chronicle.AsKnownAt(day);

            // A delivery is a route from Serbia to Ukraine, not each leg of it (a sale to US importers and their
            // onward sale are one delivery).
            var routes = view.ArmsFlows(Serbia, Ukraine);
            var disclosures = view.EventsOf<Disclosure>().Where(d => d.Concerning.Contains(Serbia)).ToArray();
            var reactions = view.ReactionsTo(Russia, SerbianArms(view));
            rows.Add(Row(day, routes.Count, disclosures.Length, reactions.Count));
            evidence.AddRange(disclosures);
        }

        return new Section(
            "What was publicly known at a date, as opposed to what had happened by then?",
            ["known at", "routes of Serbian arms to Ukraine", "disclosures about Serbia", "Russian reactions"],
            rows,
            evidence.Distinct().OrderBy(e => e.When).ToArray());
    }

    /// <summary>
    /// The article's explanation, put together from what the other queries found: Russia trades partners away for what
    /// it needs at the front, meets the Serbian arms with silence, and is kept close through personal channels.
    /// </summary>
    private static Section Why(Chronicle chronicle, Findings f)
    {
        var rows = new List<IReadOnlyList<string>>();
        var evidence = new List<QueryResult>();

        var forFront = f.Trades.Where(t => t.Gained.Kind is ConsiderationKind.Materiel or ConsiderationKind.Forces).ToArray();
        rows.Add(Row(
            "trade-offs elsewhere",
            forFront.Length == 0 ? "no partner given up in the record"
                : $"Russia gave up {string.Join(", ", forFront.Select(t => $"{Name(chronicle, t.Partner)} for {Describe(t.Gained)}{(t.Gained.From is { } from ? " from " + Name(chronicle, from) : string.Empty)}"))}",
            Weakest(forFront)));
        evidence.AddRange(forFront);

        var serbianTrade = f.Trades.Where(t => t.Partner == Serbia).ToArray();
        var values = f.Routes.SelectMany(r => r.Values).Distinct().ToArray();
        rows.Add(Row(
            "what Serbia gives Ukraine",
            $"{Count(f.Routes.Count, "route")} of Serbian arms to Ukraine{(values.Length == 0 ? string.Empty : " (" + string.Join(", ", values) + ")")}; Russia gave Serbia up {(serbianTrade.Length == 0 ? "not at all" : Count(serbianTrade.Length, "time"))}",
            Weakest(f.Routes)));
        evidence.AddRange(f.Routes);

        var tones = f.Reactions.GroupBy(r => r.Tone).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
        var hostile = f.Reactions.Count(r => r.Tone.IsHostile());
        rows.Add(Row(
            "silence here",
            f.Reactions.Count == 0 ? "no Russian reaction in the record"
                : $"{Count(f.Reactions.Count, "Russian reaction")} to the Serbian arms ({string.Join(", ", tones)}), {hostile} hostile; {Count(f.Tolerated.Count, "Serbian act")} tolerated",
            Weakest(f.Reactions.Cast<QueryResult>().Concat(f.Tolerated))));
        evidence.AddRange(f.Reactions);
        evidence.AddRange(f.Tolerated);

        var meetings = f.Channels.Sum(c => c.Count);
        var withoutOffice = f.Channels.Sum(c => c.WithoutOffice);
        rows.Add(Row(
            "personal channels",
            f.Channels.Count == 0 ? "no Serbian–Russian meetings in the record"
                : $"{Count(meetings, "meeting")} between {string.Join(", ", f.Channels.Select(c => Name(chronicle, c.Person)).Distinct())} and {Count(f.Channels.Select(c => c.Counterpart).Distinct().Count(), "Russian official")}, {withoutOffice} of them while he held no office",
            Weakest(f.Channels)));
        evidence.AddRange(f.Channels);

        rows.Add(Row(
            "words and deeds",
            $"Serbia's words toward Russia score {Score(f.Divergence.VerbalScore)}, its deeds {Score(f.Divergence.MaterialScore)}",
            f.Divergence.WeakestBasis));
        evidence.Add(f.Divergence);

        var supported = forFront.Length > 0 && f.Reactions.Count > 0 && hostile == 0 && withoutOffice > 0;
        return new Section(
            WhyQuestion,
            ["finding", "from the record", "weakest basis"],
            rows,
            Evidence(evidence))
        {
            Note = supported
                ? "Together: Moscow sacrifices partners for what its front needs, yet meets Serbian arms for its enemy with silence; Belgrade keeps its favour through personal channels that ran even while its envoy held no office."
                : "The record does not bear out the whole explanation: a finding above is missing or contrary.",
        };
    }

    /// <summary>The Serbian arms that reached Ukraine, as far as the chronicle knows them.</summary>
    private static EventSet SerbianArms(Chronicle chronicle) =>
        EventSet.Of(chronicle.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Select(t => t.Id));

    private static bool IsSerbian(Chronicle chronicle, ActorId id) =>
        chronicle.TryGetActor(id, out var actor) && actor switch
        {
            Person p => p.Nationality == Serbia,
            Organization o => o.HomeState == Serbia,
            _ => false,
        };

    private static IReadOnlyList<DiplomaticEvent> Evidence(IEnumerable<QueryResult> results) =>
        results.SelectMany(r => r.Evidence).Distinct().OrderBy(e => e.When).ThenBy(e => e.Id).ToArray();

    private static EvidenceBasis? Weakest(IEnumerable<QueryResult> results) => results.Select(r => r.WeakestBasis).Min();

    private static EvidenceBasis? Weakest(IEnumerable<DiplomaticEvent> events) => events.Select(e => (EvidenceBasis?)e.Basis).Min();

    private static string What(PublicReaction statement) =>
        statement.Quote is { } quote ? $"\"{quote}\"" : statement.Summary ?? "—";

    private static string RouteName(Chronicle chronicle, ArmsRoute route) => string.Join(" → ", route.Actors.Select(a => Name(chronicle, a)));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Name(Chronicle chronicle, ActorId id) => Report.NameOf(chronicle, id);

    private static string Describe(Consideration c) => c.Description is null ? c.Kind.ToString() : $"{c.Kind} ({c.Description})";

    private static string Describe(ArmsQuantity q) => q switch
    {
        { Quantity: 0, IsLowerBound: true } => $"{q.Category} (number not reported)",
        _ => $"{(q.IsApproximate ? "~" : string.Empty)}{q.Quantity.ToString("#,0", CultureInfo.InvariantCulture)}{(q.IsLowerBound ? "+" : string.Empty)} {q.Category}",
    };

    private static string Score(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—";

    private static IReadOnlyList<string> Row(params object?[] cells) =>
        cells.Select(c => c switch
        {
            null => "—",
            LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => c.ToString() ?? "—",
        }).ToArray();
}
