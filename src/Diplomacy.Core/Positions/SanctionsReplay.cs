namespace Diplomacy;

/// <summary>
/// The one replay of sanctions steps: impose, extend and join make the posture imposing and add their measures; lift
/// removes the measures it names (all, when it names none) and, while imposing, makes the posture lifted when none is
/// left (imposing while some are); in any other posture (none, refusing, delaying, lifted) a lift leaves the posture
/// as it was, so one that imposes nothing becomes neither imposing nor lifted; refuse and delay make it refusing and
/// delaying and leave any measures in force as they are.
/// Steps are replayed in timeline order, except that where the dates leave their order open a lift or extension
/// comes while something is in force (see <see cref="ReplayQueue{T}"/>).
/// </summary>
/// <remarks>
/// Read by <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, NodaTime.LocalDate)"/>, <see cref="ChronicleQueries.SanctionsSpells(Chronicle, ActorId, ActorId)"/>
/// and the dyad-year export, so that they cannot disagree.
/// </remarks>
internal static class SanctionsReplay
{
    /// <summary>The spells of one imposer toward one target, from its steps.</summary>
    /// <param name="imposer">The imposer.</param>
    /// <param name="target">The target.</param>
    /// <param name="actions">The steps, in any order.</param>
    /// <param name="otherReading">Where the order is open and more than one step makes sense, take the last rather than the first.</param>
    /// <param name="until">
    /// Stop at the first step, in the replay's order, that cannot have been taken by this day: what the stance on the day
    /// reads, so that it is the spells' own answer on that day (a step the order puts after one taken later is later
    /// too). Null replays every step.
    /// </param>
    public static List<SanctionsSpell> Spells(ActorId imposer, ActorId target, IEnumerable<SanctionsAction> actions, bool otherReading = false, NodaTime.LocalDate? until = null)
    {
        var spells = new List<SanctionsSpell>();
        var posture = SanctionsPosture.None;
        var measures = new List<string>();
        var steps = new List<SanctionsAction>();
        string[] spellMeasures = [];
        var queue = new ReplayQueue<SanctionsAction>(actions, otherReading);
        var reached = NodaTime.LocalDate.MinIsoValue;
        var firstDay = reached;
        while (queue.TryNext(a => Fits(a, posture), out var action))
        {
            if (until is { } day && action.When.Earliest > day)
            {
                break;
            }

            // The stance on a day counts the steps up to the first that cannot have been taken by then, so a step is
            // counted from the latest earliest day of the steps up to it.
            if (action.When.Earliest > reached)
            {
                reached = action.When.Earliest;
            }

            var next = Apply(action, posture, measures);
            if (next != posture)
            {
                if (steps.Count > 0)
                {
                    spells.Add(Spell(imposer, target, posture, steps, spellMeasures, action.When, firstDay));
                }

                posture = next;
                steps = [action];
                firstDay = reached;
            }
            else if (steps.Count > 0)
            {
                steps.Add(action);
            }

            spellMeasures = [.. measures];
        }

        if (steps.Count > 0)
        {
            spells.Add(Spell(imposer, target, posture, steps, spellMeasures, null, firstDay));
        }

        return spells;
    }

    /// <summary>Whether a step makes sense in a posture: a lift or an extension only while something is in force.</summary>
    private static bool Fits(SanctionsAction action, SanctionsPosture posture) =>
        action.Action is not (SanctionsActionKind.Lift or SanctionsActionKind.Extend) || posture == SanctionsPosture.Imposing;

    /// <summary>Applies one step to the measures in force and returns the posture after it.</summary>
    private static SanctionsPosture Apply(SanctionsAction action, SanctionsPosture posture, List<string> measures)
    {
        switch (action.Action)
        {
            case SanctionsActionKind.Impose or SanctionsActionKind.Extend or SanctionsActionKind.Join:
                measures.AddRange(action.Measures.Where(m => !measures.Contains(m, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal));
                return SanctionsPosture.Imposing;
            case SanctionsActionKind.Lift:
                if (action.Measures.Count == 0)
                {
                    measures.Clear();
                }
                else
                {
                    measures.RemoveAll(m => action.Measures.Contains(m, StringComparer.Ordinal));
                }

                return posture != SanctionsPosture.Imposing || measures.Count > 0 ? posture : SanctionsPosture.Lifted;
            case SanctionsActionKind.Refuse:
                return SanctionsPosture.Refusing;
            case SanctionsActionKind.Delay:
                return SanctionsPosture.Delaying;
            default:
                return posture;
        }
    }

    private static SanctionsSpell Spell(ActorId imposer, ActorId target, SanctionsPosture posture, List<SanctionsAction> steps, string[] measures, FuzzyDate? until, NodaTime.LocalDate firstDay) =>
        new(imposer, target, posture)
        {
            Since = steps[0].When,
            Until = until,
            FirstDay = firstDay,
            Measures = measures,
            Actions = steps,
            Evidence = steps,
        };
}
