using System.Globalization;
using NodaTime;
using nietras.SeparatedValues;

namespace Diplomacy.Interop;

/// <summary>
/// A chronicle as a directed dyad-year table, the shape R and pandas users work in (peacesciencer's dyad-years): for
/// each ordered pair and year, the events per quad class, their mean Goldstein score, whether the pair shared an
/// alliance, and whether sanctions were in force.
/// </summary>
/// <remarks>
/// <para><b>Events</b> are counted per directed pair (see the export rules in <c>docs/interop.md</c>: a coded event's
/// source and target, a sanctions action's imposer and target, each pair of a meeting's participants both ways, ...) in
/// the calendar year they happened. An event whose possible days span more than one year is not counted, and is listed
/// as skipped by <see cref="WriteCsvAsync(Chronicle, TextWriter, DyadYearOptions?, CancellationToken)"/>.</para>
/// <para><b>Alliances</b> come from <see cref="ChronicleQueries.MembershipSpells(Chronicle)"/> in <see cref="Alliance"/>
/// actors, the replay <see cref="ChronicleQueries.MembersOf"/> reads: a member is in from the earliest day of the change
/// that made it one until the day before the earliest day of its leaving, suspended members included; a pair shares an
/// alliance in a year when both were members of one alliance on some day of that year.</para>
/// <para><b>Sanctions</b> come from <see cref="ChronicleQueries.SanctionsSpells(Chronicle)"/>, the replay
/// <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate)"/> reads: sanctions are in force during a spell that is imposing, or in
/// which a refusal or delay left earlier measures in force (<see cref="SanctionsSpell.InForce"/>), on the days the stance
/// answers with the spell: from its <see cref="SanctionsSpell.FirstDay"/> (the earliest day of its first step, unless a
/// step replayed before it cannot have been taken so early) to the day before the next spell's. A lift that names some measures
/// leaves the others in force. With states rolled up, sanctions on a state's officials or bodies count for the state.</para>
/// </remarks>
public static class DyadYears
{
    private static readonly string[] Header =
    [
        "source", "target", "year", "ccode1", "ccode2", "verbal_cooperation", "material_cooperation",
        "verbal_conflict", "material_conflict", "events", "goldstein_mean", "alliance", "sanctions",
    ];

    /// <summary>The dyad-years of a chronicle (or a view of one), ordered by source, target and year.</summary>
    public static IReadOnlyList<DyadYear> Compute(Chronicle chronicle, DyadYearOptions? options = null) =>
        Compute(chronicle, options ?? new DyadYearOptions(), out _);

    /// <summary>
    /// Writes the dyad-years as CSV with a header row: <c>source, target, year, ccode1, ccode2</c> (the Correlates of
    /// War codes of the states that year, empty when none), the four quad-class counts, <c>events</c>,
    /// <c>goldstein_mean</c> (empty when no event has a score), and <c>alliance</c> and <c>sanctions</c> as 0 or 1.
    /// Actor ids that a spreadsheet would run as a formula (beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return) are written with a leading single quote. The writer is not disposed.
    /// </summary>
    public static async Task<ExportSummary> WriteCsvAsync(Chronicle chronicle, TextWriter writer, DyadYearOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(writer);
        var rows = Compute(chronicle, options ?? new DyadYearOptions(), out var skipped);
        var csv = Sep.New(',').Writer(o => o with { WriteHeader = true, Escape = true }).To(writer, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.Header.Add(Header);
            foreach (var dyad in rows)
            {
                await using var row = csv.NewRow(cancellationToken);
                row["source"].Set(SpreadsheetCell.Safe(dyad.Source.Value));
                row["target"].Set(SpreadsheetCell.Safe(dyad.Target.Value));
                row["year"].Format(dyad.Year);
                row["ccode1"].Set(CowCode(dyad.Source, dyad.Year));
                row["ccode2"].Set(CowCode(dyad.Target, dyad.Year));
                row["verbal_cooperation"].Format(dyad.VerbalCooperation);
                row["material_cooperation"].Format(dyad.MaterialCooperation);
                row["verbal_conflict"].Format(dyad.VerbalConflict);
                row["material_conflict"].Format(dyad.MaterialConflict);
                row["events"].Format(dyad.Events);
                row["goldstein_mean"].Set(dyad.MeanGoldstein is { } mean ? mean.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
                row["alliance"].Set(dyad.SharedAlliance ? "1" : "0");
                row["sanctions"].Set(dyad.SanctionsInForce ? "1" : "0");
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportSummary(rows.Count, skipped);
    }

    /// <summary>Writes the dyad-years as UTF-8 CSV; see <see cref="WriteCsvAsync(Chronicle, TextWriter, DyadYearOptions?, CancellationToken)"/>. The stream is not disposed.</summary>
    public static async Task<ExportSummary> WriteCsvAsync(Chronicle chronicle, Stream stream, DyadYearOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            return await WriteCsvAsync(chronicle, writer, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string CowCode(ActorId state, int year) =>
        state.IsStateCode && Countries.TryResolve(state.Value, out var country) && country.Alpha3 == state.Value && country.CowCodeIn(year) is { } code
            ? code.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    private static List<DyadYear> Compute(Chronicle chronicle, DyadYearOptions options, out List<SkippedEvent> skipped)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        skipped = [];
        var roll = new RollUp(chronicle, options.AggregateToStates);
        var events = chronicle.Events;
        var first = options.FirstYear ?? (events.Count == 0 ? 0 : events.Min(e => e.When.HasOpenStart ? e.When.Latest.Year : e.When.Earliest.Year));
        var last = options.LastYear ?? (events.Count == 0 ? -1 : events.Max(e => e.When.HasOpenEnd ? e.When.Earliest.Year : e.When.Latest.Year));
        var table = new Dictionary<(ActorId, ActorId, int), Tally>();
        Tally At(ActorId a, ActorId b, int year) =>
            table.TryGetValue((a, b, year), out var t) ? t : table[(a, b, year)] = new Tally();

        var spanning = new HashSet<EventId>();
        for (var year = first; year <= last; year++)
        {
            foreach (var e in chronicle.EventsDuring(YearOf(year)))
            {
                if (e.When.Earliest.Year != e.When.Latest.Year || e.When.HasOpenStart || e.When.HasOpenEnd)
                {
                    if (spanning.Add(e.Id))
                    {
                        skipped.Add(new SkippedEvent(e.Id, $"its date ({e.When}) spans more than one calendar year."));
                    }

                    continue;
                }

                foreach (var (a, b) in roll.Dyads(e))
                {
                    At(a, b, year).Add(e.Coding);
                }
            }
        }

        foreach (var (a, b, (from, to)) in SharedAlliances(chronicle, roll))
        {
            for (var year = Math.Max(first, from.Year); year <= Math.Min(last, to.Year); year++)
            {
                At(a, b, year).SharedAlliance = true;
            }
        }

        var sanctions = chronicle.SanctionsSpells();
        for (var i = 0; i < sanctions.Count; i++)
        {
            var spell = sanctions[i];
            if (spell.InForce && StanceDays(spell, i + 1 < sanctions.Count ? sanctions[i + 1] : null) is var (from, to)
                && roll.Of(spell.Imposer) is { } imposer && roll.Of(spell.Target) is { } target && imposer != target)
            {
                for (var year = Math.Max(first, from.Year); year <= Math.Min(last, to.Year); year++)
                {
                    At(imposer, target, year).SanctionsInForce = true;
                }
            }
        }

        if (options.IncludeAllStatePairs && options.AggregateToStates)
        {
            var states = chronicle.Actors.OfType<State>().Select(s => s.Id).ToArray();
            for (var year = first; year <= last; year++)
            {
                foreach (var a in states)
                {
                    foreach (var b in states)
                    {
                        if (a != b)
                        {
                            At(a, b, year);
                        }
                    }
                }
            }
        }

        return table
            .OrderBy(entry => entry.Key.Item1).ThenBy(entry => entry.Key.Item2).ThenBy(entry => entry.Key.Item3)
            .Select(entry => entry.Value.ToDyadYear(entry.Key.Item1, entry.Key.Item2, entry.Key.Item3))
            .ToList();
    }

    /// <summary>
    /// The days a spell held, as the queries read it: from the earliest day of the change that began it to the day
    /// before the earliest day of the one that ended it; null when those are the same day (it never held on any day),
    /// and when the end has an open start ("until 2020": it may have ended at any time before).
    /// </summary>
    /// <summary>
    /// The days on which the sanctions stance answers with a spell: from its first day to the day before the first day
    /// of the next spell of the same pair; null when there are none.
    /// </summary>
    private static (LocalDate From, LocalDate To)? StanceDays(SanctionsSpell spell, SanctionsSpell? next)
    {
        if (next is null || next.Imposer != spell.Imposer || next.Target != spell.Target)
        {
            return (spell.FirstDay, LocalDate.MaxIsoValue);
        }

        return next.FirstDay > spell.FirstDay ? (spell.FirstDay, next.FirstDay.PlusDays(-1)) : null;
    }

    private static (LocalDate From, LocalDate To)? Days(FuzzyDate since, FuzzyDate? until)
    {
        if (until is { HasOpenStart: true })
        {
            return null;
        }

        var to = until is { } u ? u.Earliest.PlusDays(-1) : LocalDate.MaxIsoValue;
        return to < since.Earliest ? null : (since.Earliest, to);
    }

    /// <summary>Each ordered pair of (rolled-up) members of one alliance with the days both were in it together.</summary>
    private static IEnumerable<(ActorId A, ActorId B, (LocalDate From, LocalDate To) Days)> SharedAlliances(Chronicle chronicle, RollUp roll)
    {
        foreach (var alliance in chronicle.MembershipSpells().GroupBy(s => s.Organization))
        {
            if (!chronicle.TryGetActor(alliance.Key, out var organization) || organization is not Alliance)
            {
                continue;
            }

            var spells = alliance
                .Select(s => (Member: roll.Of(s.Member), Days: Days(s.Since, s.Until)))
                .Where(s => s.Member is not null && s.Days is not null)
                .Select(s => (Member: s.Member!.Value, Days: s.Days!.Value))
                .ToArray();
            foreach (var (a, aDays) in spells)
            {
                foreach (var (b, bDays) in spells)
                {
                    var from = aDays.From > bDays.From ? aDays.From : bDays.From;
                    var to = aDays.To < bDays.To ? aDays.To : bDays.To;
                    if (a != b && from <= to)
                    {
                        yield return (a, b, (from, to));
                    }
                }
            }
        }
    }

    private static DateInterval YearOf(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>Maps actors to the level of the table: themselves, or their states.</summary>
    private sealed class RollUp(Chronicle chronicle, bool toStates)
    {
        private readonly Dictionary<ActorId, ActorId?> _cache = [];

        public ActorId? Of(ActorId actor)
        {
            if (!toStates)
            {
                return actor;
            }

            if (_cache.TryGetValue(actor, out var state))
            {
                return state;
            }

            chronicle.TryGetActor(actor, out var found);
            state = found switch
            {
                State => actor,
                Person p => p.Nationality,
                Organization o => o.HomeState,
                _ => null,
            };
            _cache[actor] = state;
            return state;
        }

        public IEnumerable<(ActorId, ActorId)> Dyads(DiplomaticEvent e)
        {
            var seen = new HashSet<(ActorId, ActorId)>();
            foreach (var (s, t) in EventCatalog.Acts(e).Directed)
            {
                if (Of(s) is { } a && Of(t) is { } b && a != b && seen.Add((a, b)))
                {
                    yield return (a, b);
                }
            }
        }
    }

    private sealed class Tally
    {
        private readonly int[] _quad = new int[4];
        private double _goldsteinSum;
        private int _goldsteinCount;

        public bool SharedAlliance { get; set; }

        public bool SanctionsInForce { get; set; }

        public void Add(Coding coding)
        {
            _quad[(int)coding.QuadClass - 1]++;
            if (coding.Goldstein is { } g)
            {
                _goldsteinSum += g;
                _goldsteinCount++;
            }
        }

        public DyadYear ToDyadYear(ActorId source, ActorId target, int year) => new(
            source,
            target,
            year,
            _quad[0],
            _quad[1],
            _quad[2],
            _quad[3],
            _goldsteinCount == 0 ? null : _goldsteinSum / _goldsteinCount,
            SharedAlliance,
            SanctionsInForce);
    }
}
