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
/// <para><b>Alliances</b> come from <see cref="MembershipChange"/> events on <see cref="Alliance"/> actors: a member is
/// in from the earliest day of its joining (or resuming) until the earliest day of its leaving, suspended members
/// included; a pair shares an alliance in a year when both were members of one alliance at some time in that year.</para>
/// <para><b>Sanctions</b> come from <see cref="SanctionsAction"/> events: imposing, extending or joining puts sanctions
/// of the imposer on the target in force from its earliest day, lifting ends them; refusing and delaying change nothing.
/// With states rolled up, sanctions on a state's officials or bodies count for the state.</para>
/// <para>This is computed here from the events, through the chronicle's kind and time indexes; it does not depend on
/// the query API.</para>
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
    /// The writer is not disposed.
    /// </summary>
    public static async Task<ExportSummary> WriteCsvAsync(Chronicle chronicle, TextWriter writer, DyadYearOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(writer);
        var rows = Compute(chronicle, options ?? new DyadYearOptions(), out var skipped);
        using (var csv = Sep.New(',').Writer(o => o with { WriteHeader = true, Escape = true }).To(writer, leaveOpen: true))
        {
            csv.Header.Add(Header);
            foreach (var dyad in rows)
            {
                using var row = csv.NewRow(cancellationToken);
                row["source"].Set(dyad.Source.Value);
                row["target"].Set(dyad.Target.Value);
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

        foreach (var (members, spell) in AllianceSpells(chronicle, roll))
        {
            for (var year = Math.Max(first, spell.First); year <= Math.Min(last, spell.Last); year++)
            {
                foreach (var a in members)
                {
                    foreach (var b in members)
                    {
                        if (a != b && spell.Covers(a, b, year))
                        {
                            At(a, b, year).SharedAlliance = true;
                        }
                    }
                }
            }
        }

        foreach (var (imposer, target, spell) in SanctionSpells(chronicle, roll))
        {
            for (var year = Math.Max(first, spell.First); year <= Math.Min(last, spell.Last); year++)
            {
                At(imposer, target, year).SanctionsInForce = true;
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

    /// <summary>Each alliance's members with the years of their membership.</summary>
    private static IEnumerable<(ActorId[] Members, MembershipYears Spell)> AllianceSpells(Chronicle chronicle, RollUp roll)
    {
        var byAlliance = new Dictionary<ActorId, Dictionary<ActorId, Spells>>();
        foreach (var change in chronicle.EventsOf<MembershipChange>())
        {
            if (!chronicle.TryGetActor(change.Organization, out var organization) || organization is not Alliance)
            {
                continue;
            }

            var members = byAlliance.TryGetValue(change.Organization, out var m) ? m : byAlliance[change.Organization] = [];
            var spells = members.TryGetValue(change.Member, out var s) ? s : members[change.Member] = new Spells();
            var day = change.When.HasOpenStart ? change.When.Latest : change.When.Earliest;
            switch (change.Change)
            {
                case MembershipChangeKind.Joined or MembershipChangeKind.Resumed:
                    spells.Start(day);
                    break;
                case MembershipChangeKind.Left:
                    spells.End(day);
                    break;
            }
        }

        foreach (var members in byAlliance.Values)
        {
            // Roll each member's spells up to its state (members of no state are left out at state level).
            var years = new MembershipYears();
            foreach (var (member, spells) in members)
            {
                if (roll.Of(member) is { } rolled)
                {
                    foreach (var (from, to) in spells.Years())
                    {
                        years.Add(rolled, from, to);
                    }
                }
            }

            yield return (years.Members, years);
        }
    }

    /// <summary>Each imposer-target pair's years of sanctions in force, rolled up.</summary>
    private static IEnumerable<(ActorId Imposer, ActorId Target, (int First, int Last) Spell)> SanctionSpells(Chronicle chronicle, RollUp roll)
    {
        var pairs = new Dictionary<(ActorId, ActorId), Spells>();
        foreach (var action in chronicle.EventsOf<SanctionsAction>())
        {
            var spells = pairs.TryGetValue((action.Imposer, action.Target), out var s) ? s : pairs[(action.Imposer, action.Target)] = new Spells();
            var day = action.When.HasOpenStart ? action.When.Latest : action.When.Earliest;
            switch (action.Action)
            {
                case SanctionsActionKind.Impose or SanctionsActionKind.Extend or SanctionsActionKind.Join:
                    spells.Start(day);
                    break;
                case SanctionsActionKind.Lift:
                    spells.End(day);
                    break;
            }
        }

        foreach (var ((imposer, target), spells) in pairs)
        {
            if (roll.Of(imposer) is { } a && roll.Of(target) is { } b && a != b)
            {
                foreach (var years in spells.Years())
                {
                    yield return (a, b, years);
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

    /// <summary>One actor's spells (of membership or of sanctions), opened and closed in timeline order.</summary>
    private sealed class Spells
    {
        private readonly List<(LocalDate From, LocalDate? To)> _spells = [];

        public void Start(LocalDate day)
        {
            if (_spells.Count == 0 || _spells[^1].To is not null)
            {
                _spells.Add((day, null));
            }
        }

        public void End(LocalDate day)
        {
            if (_spells.Count > 0 && _spells[^1].To is null)
            {
                _spells[^1] = (_spells[^1].From, day);
            }
        }

        public IEnumerable<(int First, int Last)> Years() =>
            _spells.Select(s => (s.From.Year, s.To?.Year ?? int.MaxValue));
    }

    /// <summary>The members of one alliance with the years each was in it.</summary>
    private sealed class MembershipYears
    {
        private readonly Dictionary<ActorId, List<(int First, int Last)>> _years = [];

        public ActorId[] Members => [.. _years.Keys];

        public int First => _years.Values.SelectMany(y => y).Select(y => y.First).DefaultIfEmpty(int.MaxValue).Min();

        public int Last => _years.Values.SelectMany(y => y).Select(y => y.Last).DefaultIfEmpty(int.MinValue).Max();

        public void Add(ActorId member, int first, int last)
        {
            if (!_years.TryGetValue(member, out var list))
            {
                _years[member] = list = [];
            }

            list.Add((first, last));
        }

        public bool Covers(ActorId a, ActorId b, int year) => In(a, year) && In(b, year);

        private bool In(ActorId member, int year) => _years[member].Any(y => y.First <= year && year <= y.Last);
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
