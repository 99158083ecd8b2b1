using Diplomacy.Interop;
using Diplomacy.TestKit;
using FsCheck.Xunit;
using NodaTime;

namespace Diplomacy.Interop.Tests;

/// <summary>The dyad-year export and the queries replay the same positions: they agree on every (pair, year).</summary>
public class DyadYearsProperties
{
    private static readonly DyadYearOptions ActorLevel = new() { AggregateToStates = false, FirstYear = 1, LastYear = 9999 };

    [Property(Arbitrary = [typeof(ModelGenerators)], MaxTest = 100)]
    public bool Sanctions_are_in_force_in_a_year_of_the_export_exactly_when_the_stance_shows_them_on_a_day_of_it(Chronicle chronicle)
    {
        var rows = DyadYears.Compute(chronicle, ActorLevel).ToDictionary(r => (r.Source, r.Target, r.Year));

        // A state's government bodies and agencies take its sanctions steps (SanctionsStance and SanctionsSpells agree).
        ActorId ImposerFor(ActorId imposer) =>
            chronicle.TryGetActor(imposer, out var actor) && actor is Organization { Kind: OrganizationKind.GovernmentBody or OrganizationKind.Agency, HomeState: { } home }
            && chronicle.TryGetActor(home, out var state) && state is State ? home : imposer;
        foreach (var pair in chronicle.EventsOf<SanctionsAction>().GroupBy(a => (Imposer: ImposerFor(a.Imposer), a.Target)).Where(p => p.Key.Imposer != p.Key.Target))
        {
            var steps = pair.Select(a => a.When.Earliest).ToArray();
            foreach (var year in YearsAround(steps))
            {
                var inForce = DaysThatMayChange(year, steps).Any(day =>
                    chronicle.SanctionsStance(pair.Key.Imposer, pair.Key.Target, day) is var stance
                    && (stance.Posture == SanctionsPosture.Imposing || stance.Measures.Count > 0));
                var exported = rows.TryGetValue((pair.Key.Imposer, pair.Key.Target, year), out var row) && row.SanctionsInForce;
                if (inForce != exported)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ModelGenerators)], MaxTest = 100)]
    public bool Where_membership_dates_are_exact_days_a_shared_alliance_in_the_export_is_one_members_of_shows_on_a_day(Chronicle chronicle)
    {
        var rows = DyadYears.Compute(chronicle, ActorLevel).ToDictionary(r => (r.Source, r.Target, r.Year));
        foreach (var alliance in chronicle.Actors.OfType<Alliance>())
        {
            var changes = chronicle.EventsOf<MembershipChange>().Where(c => c.Organization == alliance.Id).ToArray();
            if (changes.Any(c => c.When.Earliest != c.When.Latest))
            {
                continue;
            }

            var days = changes.Select(c => c.When.Earliest).ToArray();
            var members = changes.Select(c => c.Member).Distinct().ToArray();
            foreach (var year in YearsAround(days))
            {
                var together = DaysThatMayChange(year, days).SelectMany(day =>
                {
                    var on = chronicle.MembersOf(alliance.Id, day).Select(m => m.Member).ToArray();
                    return on.SelectMany(a => on.Where(b => b != a).Select(b => (a, b)));
                }).ToHashSet();
                foreach (var a in members)
                {
                    foreach (var b in members.Where(b => b != a))
                    {
                        // Another alliance may also join the pair in the export; only a pair this alliance joins must show.
                        var exported = rows.TryGetValue((a, b, year), out var row) && row.SharedAlliance;
                        if (together.Contains((a, b)) && !exported)
                        {
                            return false;
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The years of the days, and the years before and after them, within 1..9999.</summary>
    private static IEnumerable<int> YearsAround(IEnumerable<LocalDate> days) =>
        days.SelectMany(d => new[] { d.Year - 1, d.Year, d.Year + 1 }).Where(y => y is >= 1 and <= 9999).Distinct();

    /// <summary>The days of a year on which an answer may differ from the day before: its first day and the days of the changes in it.</summary>
    private static IEnumerable<LocalDate> DaysThatMayChange(int year, IEnumerable<LocalDate> changes) =>
        changes.Where(d => d.Year == year).Append(new LocalDate(year, 1, 1)).Distinct();
}
