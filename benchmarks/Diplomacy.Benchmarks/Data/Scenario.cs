using NodaTime;

namespace Diplomacy.Benchmarks.Data;

/// <summary>
/// The arguments every approach gets for a question, chosen from the data the same way at every size: the last
/// two years of the data as the window, the pair of states with about 40 events in it (tens, as in the issue), a
/// state with about 400, and the middle of the window as the "known at" date. For the typed-kind questions: the
/// imposer/target pair with the most sanctions steps by the "known at" date, the actor with the most trade-offs, and
/// the two states whose persons met most often (pairs of persons closest to <see cref="ContactTarget"/> meetings).
/// </summary>
/// <param name="First">The first actor of the pair (the more active one).</param>
/// <param name="Second">The second actor of the pair.</param>
/// <param name="Actor">The actor of the one-actor question.</param>
/// <param name="Window">The two-year window.</param>
/// <param name="KnownAt">The day for <see cref="Chronicle.AsKnownAt"/>.</param>
public sealed record Scenario(ActorId First, ActorId Second, ActorId Actor, DateInterval Window, LocalDate KnownAt)
{
    /// <summary>How many events the chosen pair should have in the window, roughly.</summary>
    public const int PairTarget = 40;

    /// <summary>How many events the chosen actor should have in the window, roughly.</summary>
    public const int ActorTarget = 400;

    /// <summary>How many person-to-person meetings the chosen two states' nationals should have had, roughly.</summary>
    public const int ContactTarget = 40;

    /// <summary>Who takes the sanctions stance.</summary>
    public ActorId SanctionsImposer { get; init; }

    /// <summary>Toward whom.</summary>
    public ActorId SanctionsTarget { get; init; }

    /// <summary>Whose trade-offs.</summary>
    public ActorId TradeOffActor { get; init; }

    /// <summary>The first state of the contacts question.</summary>
    public ActorId ContactSide { get; init; }

    /// <summary>The other state of the contacts question.</summary>
    public ActorId ContactOtherSide { get; init; }

    /// <summary>Picks the scenario for a chronicle whose events end in <paramref name="lastDay"/>'s year.</summary>
    public static Scenario Choose(Chronicle chronicle, LocalDate lastDay)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        var window = new DateInterval(new LocalDate(lastDay.Year - 1, 1, 1), new LocalDate(lastDay.Year, 12, 31));
        var states = new Dictionary<ActorId, int>();
        var pairs = new Dictionary<(ActorId, ActorId), int>();
        foreach (var e in chronicle.EventsDuring(window))
        {
            var actors = e.Actors.Where(a => a.IsStateCode).Order().ToArray();
            for (var i = 0; i < actors.Length; i++)
            {
                states[actors[i]] = states.GetValueOrDefault(actors[i]) + 1;
                for (var j = i + 1; j < actors.Length; j++)
                {
                    pairs[(actors[i], actors[j])] = pairs.GetValueOrDefault((actors[i], actors[j])) + 1;
                }
            }
        }

        var pair = pairs
            .OrderBy(kv => Math.Abs(kv.Value - PairTarget))
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key.Item1)
            .ThenBy(kv => kv.Key.Item2)
            .First().Key;
        var actor = states
            .OrderBy(kv => Math.Abs(kv.Value - ActorTarget))
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key)
            .First().Key;
        var (first, second) = states[pair.Item1] >= states[pair.Item2] ? pair : (pair.Item2, pair.Item1);
        var knownAt = new LocalDate(lastDay.Year, 1, 1);
        var sanctions = chronicle.EventsOf<SanctionsAction>(new DateInterval(LocalDate.MinIsoValue, knownAt))
            .CountBy(s => (s.Imposer, s.Target))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Imposer).ThenBy(kv => kv.Key.Target)
            .First().Key;
        var tradeOffActor = chronicle.EventsOf<RelationshipChange>()
            .Where(c => c.Change.IsGivingUp() && c.InExchangeFor is not null)
            .CountBy(c => c.Actor)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .First().Key;
        var contacts = ContactPairs(chronicle)
            .OrderBy(kv => Math.Abs(kv.Value - ContactTarget))
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key.Item1)
            .ThenBy(kv => kv.Key.Item2)
            .First().Key;
        return new Scenario(first, second, actor, window, knownAt)
        {
            SanctionsImposer = sanctions.Imposer,
            SanctionsTarget = sanctions.Target,
            TradeOffActor = tradeOffActor,
            ContactSide = contacts.Item1,
            ContactOtherSide = contacts.Item2,
        };
    }

    /// <summary>For each two distinct states (in order), how many times a national of one met a national of the other.</summary>
    private static Dictionary<(ActorId, ActorId), int> ContactPairs(Chronicle chronicle)
    {
        var pairs = new Dictionary<(ActorId, ActorId), int>();
        foreach (var meeting in chronicle.EventsOf<Meeting>())
        {
            var nationalities = meeting.Participants
                .Select(p => chronicle.TryGetActor(p, out var a) && a is Person { Nationality: { } n } ? n : default(ActorId?))
                .ToArray();
            for (var i = 0; i < nationalities.Length; i++)
            {
                for (var j = i + 1; j < nationalities.Length; j++)
                {
                    if (nationalities[i] is { } a && nationalities[j] is { } b && a != b)
                    {
                        var key = a < b ? (a, b) : (b, a);
                        pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>E.g. <c>USA-IRN in 2023-01-01..2024-12-31</c>.</summary>
    public override string ToString() =>
        $"pair {First}-{Second}, actor {Actor}, window {Window.Start:uuuu-MM-dd}..{Window.End:uuuu-MM-dd}, known at {KnownAt:uuuu-MM-dd}, sanctions {SanctionsImposer}->{SanctionsTarget}, trade-offs of {TradeOffActor}, contacts {ContactSide}-{ContactOtherSide}";
}
