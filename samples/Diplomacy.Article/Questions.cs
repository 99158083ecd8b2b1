using System.Globalization;
using NodaTime;

namespace Diplomacy.Article;

/// <summary>The questions of the design guide (section 1), asked of a chronicle with the library's queries.</summary>
internal static class Questions
{
    private static readonly ActorId Russia = "RUS";
    private static readonly ActorId Serbia = "SRB";
    private static readonly ActorId Ukraine = "UKR";
    private static readonly ActorId UnitedStates = "USA";
    private static readonly ActorId Vulin = "aleksandar-vulin";

    /// <summary>Every answer, on <paramref name="chronicle"/> (which may be an "as known at" view), with stances asked on <paramref name="at"/>.</summary>
    public static IEnumerable<Section> All(Chronicle chronicle, LocalDate at)
    {
        yield return TradeOffs(chronicle, ConsiderationKind.Materiel);
        yield return TradeOffs(chronicle, null);
        yield return Stances(chronicle, at);
        yield return Routes(chronicle);
        yield return Reactions(chronicle);
        yield return Tolerated(chronicle);
        yield return WordsAndDeeds(chronicle);
        yield return Channels(chronicle);
        yield return Known(chronicle);
    }

    private static Section TradeOffs(Chronicle chronicle, ConsiderationKind? kind)
    {
        var trades = chronicle.TradeOffs(Russia, kind);
        return new Section(
            kind is null ? "Which partners did Russia give up, and for what?" : "Which partners did Russia trade away for materiel?",
            ["partner", "relationship", "change", "when", "gained", "from"],
            trades.Select(t => Row(Name(chronicle, t.Partner), t.Relationship, t.Change, t.When, Describe(t.Gained), t.Gained.From is { } f ? Name(chronicle, f) : "—")).ToArray(),
            Evidence(trades));
    }

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
            ["imposer", "target", "on", "posture", "since", "certainty", "measures"],
            stances.Select(s => Row(Name(chronicle, s.Imposer), Name(chronicle, s.Target), s.At, s.Posture, s.Since?.ToString() ?? "—", s.Certainty, s.Measures.Count == 0 ? "—" : string.Join("; ", s.Measures))).ToArray(),
            Evidence(stances));
    }

    private static Section Routes(Chronicle chronicle)
    {
        var routes = chronicle.ArmsFlows(Serbia, Ukraine);
        return new Section(
            "Along which routes did Serbian arms reach Ukraine, and how much?",
            ["route", "quantities", "value"],
            routes.Select(r => Row(
                string.Join(" → ", r.Actors.Select(a => Name(chronicle, a))),
                r.Quantities.Count == 0 ? "—" : string.Join(", ", r.Quantities.Select(Describe)),
                r.Values.Count == 0 ? "—" : string.Join(", ", r.Values))).ToArray(),
            Evidence(routes));
    }

    private static Section Reactions(Chronicle chronicle)
    {
        var reactions = chronicle.ReactionsTo(Russia, SerbianArms(chronicle));
        return new Section(
            "How did Russia react to Serbian arms reaching Ukraine?",
            ["speaker", "tone", "when", "quote"],
            reactions.Select(r => Row(Name(chronicle, r.Speaker), r.Tone, r.When, r.Quote is null ? "—" : $"\"{r.Quote}\"")).ToArray(),
            Evidence(reactions))
        {
            Note = reactions.Any(r => r.Tone.IsHostile()) ? "Some of these reactions are hostile." : "None of these reactions is critical or hostile.",
        };
    }

    private static Section Tolerated(Chronicle chronicle)
    {
        var acts = chronicle.Tolerated(Russia).Where(a => a.Doer == Serbia || IsSerbian(chronicle, a.Doer)).ToArray();
        return new Section(
            "Which hostile Serbian acts did Russia tolerate, while it sacrificed other partners?",
            ["act", "doer", "how hostile", "enemy armed", "strongest reaction"],
            acts.Select(a => Row(a.Act.Id, Name(chronicle, a.Doer), a.Hostility, a.Enemy is { } e ? Name(chronicle, e) : "—", a.StrongestReaction is { } r ? $"{r.Tone} ({Name(chronicle, r.Speaker)})" : "none")).ToArray(),
            Evidence(acts));
    }

    private static Section WordsAndDeeds(Chronicle chronicle)
    {
        var d = chronicle.Divergence(Serbia, Russia);
        return new Section(
            "Where do Serbia's words and deeds toward Russia diverge?",
            ["measure", "Goldstein (mean)", "events"],
            [
                Row("words (verbal events)", Score(d.VerbalScore), d.Verbal.Count),
                Row("deeds (material events)", Score(d.MaterialScore), d.Material.Count),
                Row("gap (words minus deeds)", Score(d.Gap), "—"),
            ],
            d.Evidence);
    }

    private static Section Channels(Chronicle chronicle)
    {
        var channels = chronicle.Contacts(Serbia, Russia);
        return new Section(
            "Which personal channels tie Belgrade to Moscow, and did they go on while the official held no office?",
            ["Serbian side", "Russian side", "meetings", "while holding no office", "where"],
            channels.Select(c => Row(Name(chronicle, c.Person), Name(chronicle, c.Counterpart), c.Count, c.WithoutOffice, string.Join(", ", c.Places.Select(p => p.Name)))).ToArray(),
            Evidence(channels));
    }

    private static Section Known(Chronicle chronicle)
    {
        var days = new[] { new LocalDate(2022, 12, 31), new LocalDate(2023, 6, 30), new LocalDate(2024, 7, 8) }
            .Where(d => chronicle.KnownAtDate is not { } cut || d <= cut);
        var rows = new List<IReadOnlyList<string>>();
        var evidence = new List<DiplomaticEvent>();
        foreach (var day in days)
        {
            var view = chronicle.AsKnownAt(day);
            var transfers = view.ArmsFlows(Serbia, Ukraine).SelectMany(r => r.Transfers).Distinct().ToArray();
            var disclosures = view.EventsOf<Disclosure>().Where(d => d.Concerning.Contains(Serbia)).ToArray();
            var reactions = view.ReactionsTo(Russia, SerbianArms(view));
            rows.Add(Row(day, transfers.Length, disclosures.Length, reactions.Count));
            evidence.AddRange(disclosures);
        }

        return new Section(
            "What was publicly known at a date, as opposed to what had happened by then?",
            ["known at", "Serbian arms transfers to Ukraine", "disclosures about Serbia", "Russian reactions"],
            rows,
            evidence.Distinct().OrderBy(e => e.When).ToArray());
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
