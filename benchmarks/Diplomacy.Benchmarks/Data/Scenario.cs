using NodaTime;

namespace Diplomacy.Benchmarks.Data;

/// <summary>
/// The arguments every approach gets for a question, chosen from the data the same way at every size: the last
/// two years of the data as the window, the pair of states with about 40 events in it (tens, as in the issue), a
/// state with about 400, and the middle of the window as the "known at" date.
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
        return new Scenario(first, second, actor, window, new LocalDate(lastDay.Year, 1, 1));
    }

    /// <summary>E.g. <c>USA-IRN in 2023-01-01..2024-12-31</c>.</summary>
    public override string ToString() =>
        $"pair {First}-{Second}, actor {Actor}, window {Window.Start:uuuu-MM-dd}..{Window.End:uuuu-MM-dd}, known at {KnownAt:uuuu-MM-dd}";
}
