using System.Globalization;
using NodaTime;

namespace Diplomacy.Charts;

/// <summary>The main job's answers for an explorer page (stances, routes, channels, trade-offs), from the public queries.</summary>
internal static class ReportSections
{
    private const int MaxStancePairs = 30;

    /// <summary>Every section, asked of <paramref name="view"/> with stances on <paramref name="at"/>.</summary>
    public static IReadOnlyList<ReportSection> All(Chronicle view, ReportFocus focus, IReadOnlyList<(ActorId Imposer, ActorId Target)> stancePairs, LocalDate at) =>
        [Stances(view, stancePairs, at), Routes(view, focus), Channels(view, focus), TradeOffs(view, focus)];

    /// <summary>The imposer-target pairs to show stances for (a state's bodies' steps counted as the state's): the main pair's first, then the pairs with most steps.</summary>
    public static IReadOnlyList<(ActorId Imposer, ActorId Target)> StancePairs(Chronicle chronicle, ReportFocus focus)
    {
        var imposerOf = SanctionsImposers.Of(chronicle);
        var pairs = chronicle.EventsOf<SanctionsAction>()
            .GroupBy(s => (Imposer: imposerOf(s), s.Target))
            .OrderByDescending(g => g.Key.Imposer == focus.Actor || g.Key.Imposer == focus.Counterpart || g.Key.Target == focus.Actor || g.Key.Target == focus.Counterpart)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Imposer)
            .ThenBy(g => g.Key.Target)
            .Select(g => g.Key)
            .Take(MaxStancePairs);
        return [.. pairs];
    }

    private static ReportSection Stances(Chronicle view, IReadOnlyList<(ActorId Imposer, ActorId Target)> pairs, LocalDate at)
    {
        var rows = pairs
            .Select(p => view.SanctionsStance(p.Imposer, p.Target, at))
            .Where(s => s.Posture != SanctionsPosture.None)
            .Select(s => new ReportRow(
                [Name(view, s.Imposer), Name(view, s.Target), s.Posture.ToString(), s.Since?.ToString() ?? "—", s.Measures.Count == 0 ? "—" : string.Join("; ", s.Measures), s.Certainty.ToString()],
                s.Evidence))
            .ToArray();
        return new ReportSection($"Sanctions stances on {Day(at)}", ["imposer", "target", "posture", "since", "measures", "certainty"], rows);
    }

    private static ReportSection Routes(Chronicle view, ReportFocus focus)
    {
        if (focus.ArmsOrigin is not { } origin || focus.ArmsEndUser is not { } endUser)
        {
            return new ReportSection("Arms routes", ["route", "what went along it"], []);
        }

        var rows = view.ArmsFlows(origin, endUser)
            .Select(r => new ReportRow([string.Join(" → ", r.Actors.Select(a => Name(view, a))), ChartText.Describe(r)], r.Evidence))
            .ToArray();
        return new ReportSection($"Arms routes from {Name(view, origin)} to {Name(view, endUser)}", ["route", "what went along it"], rows);
    }

    private static ReportSection Channels(Chronicle view, ReportFocus focus)
    {
        if (focus.Actor is not { } side || focus.Counterpart is not { } other)
        {
            return new ReportSection("Personal channels", ["person", "counterpart", "meetings", "while holding no office", "where"], []);
        }

        var rows = view.Contacts(side, other)
            .Select(c => new ReportRow(
                [Name(view, c.Person), Name(view, c.Counterpart), Count(c.Count), Count(c.WithoutOffice), c.Places.Count == 0 ? "—" : string.Join(", ", c.Places.Select(p => p.Name))],
                c.Evidence))
            .ToArray();
        return new ReportSection($"Personal channels between {Name(view, side)} and {Name(view, other)}", ["person", "counterpart", "meetings", "while holding no office", "where"], rows);
    }

    private static ReportSection TradeOffs(Chronicle view, ReportFocus focus)
    {
        var rows = new[] { focus.Actor, focus.Counterpart }
            .OfType<ActorId>()
            .SelectMany(a => view.TradeOffs(a))
            .Select(t => new ReportRow(
                [Name(view, t.Actor), Name(view, t.Partner), t.Relationship.ToString(), t.Change.ToString(), t.When.ToString(), t.Gained.Description is { } d ? $"{t.Gained.Kind} ({d})" : t.Gained.Kind.ToString(), t.Gained.From is { } f ? Name(view, f) : "—"],
                t.Evidence))
            .ToArray();
        return new ReportSection("Relationships traded, and for what", ["who", "partner", "relationship", "change", "when", "gained", "from"], rows);
    }

    private static string Name(Chronicle chronicle, ActorId id) => chronicle.TryGetActor(id, out var actor) ? actor.Name : id.Value;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
