namespace Diplomacy;

public static partial class ChronicleQueries
{
    /// <summary>
    /// <paramref name="imposer"/>'s sanctions spells toward <paramref name="target"/>: its visible sanctions steps
    /// replayed in timeline order into runs of one posture (see <see cref="SanctionsSpell"/>), the same replay
    /// <see cref="SanctionsStance"/> reads on a day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="imposer">Who takes the stance.</param>
    /// <param name="target">Toward whom.</param>
    /// <returns>The spells in timeline order; empty when no step is recorded.</returns>
    /// <remarks>Cost: O(log n + k) for the k sanctions steps between the two actors.</remarks>
    /// <example><c>chronicle.SanctionsSpells("USA", "RUS")</c>: imposing since 24 February 2022.</example>
    public static IReadOnlyList<SanctionsSpell> SanctionsSpells(this Chronicle chronicle, ActorId imposer, ActorId target)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(imposer, nameof(imposer));
        QueryReads.CheckActor(target, nameof(target));
        return SanctionsReplay.Spells(imposer, target, SanctionsSteps(chronicle, imposer, target, null));
    }

    /// <summary>
    /// Every imposer's sanctions spells toward every target (see <see cref="SanctionsSpells(Chronicle, ActorId, ActorId)"/>),
    /// ordered by imposer, target and time: what a dyad-year table or a Gantt chart of sanctions draws.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <returns>The spells; empty when the chronicle records no sanctions step.</returns>
    /// <remarks>Cost: O(s log s) for the s visible sanctions steps.</remarks>
    public static IReadOnlyList<SanctionsSpell> SanctionsSpells(this Chronicle chronicle)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        return [.. chronicle.EventsOfKind(EventKind.SanctionsAction).Cast<SanctionsAction>()
            .GroupBy(a => (a.Imposer, a.Target))
            .OrderBy(g => g.Key.Imposer).ThenBy(g => g.Key.Target)
            .SelectMany(g => SanctionsReplay.Spells(g.Key.Imposer, g.Key.Target, g))];
    }

    /// <summary>
    /// The membership spells in <paramref name="organization"/> (an alliance or any organisation): each member's
    /// visible changes replayed in timeline order (see <see cref="MembershipSpell"/>), the same replay
    /// <see cref="MembersOf"/> reads on a day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="organization">The alliance or organisation.</param>
    /// <returns>The spells, ordered by member and time.</returns>
    /// <remarks>Cost: O(log n + k) for the k membership changes involving the organisation.</remarks>
    /// <example><c>chronicle.MembershipSpells("csto")</c>: Armenia active, then suspended from February 2024.</example>
    public static IReadOnlyList<MembershipSpell> MembershipSpells(this Chronicle chronicle, ActorId organization)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(organization, nameof(organization));
        return [.. MembershipChanges(chronicle, organization, null)
            .GroupBy(c => c.Member)
            .OrderBy(g => g.Key)
            .SelectMany(g => MembershipReplay.Spells(g.Key, organization, g))];
    }

    /// <summary>
    /// Every membership spell in every alliance and organisation (see <see cref="MembershipSpells(Chronicle, ActorId)"/>),
    /// ordered by organisation, member and time.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <returns>The spells; empty when the chronicle records no membership change.</returns>
    /// <remarks>Cost: O(m log m) for the m visible membership changes.</remarks>
    public static IReadOnlyList<MembershipSpell> MembershipSpells(this Chronicle chronicle)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        return [.. chronicle.EventsOfKind(EventKind.MembershipChange).Cast<MembershipChange>()
            .GroupBy(c => (c.Organization, c.Member))
            .OrderBy(g => g.Key.Organization).ThenBy(g => g.Key.Member)
            .SelectMany(g => MembershipReplay.Spells(g.Key.Member, g.Key.Organization, g))];
    }

    /// <summary>
    /// Every office spell of <paramref name="person"/>: each run from an appointment or reinstatement to the next
    /// removal or resignation of the same office (same title), the same spells <see cref="RoleOf"/> reads on a day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="person">Whose offices.</param>
    /// <returns>
    /// The spells, ordered by start then office, each with its start and end changes as evidence;
    /// <see cref="OfficeHeld.Certainty"/> is <see cref="Certainty.Certain"/> (it speaks of a day, and none is asked).
    /// </returns>
    /// <remarks>Cost: O(log n + k) for the k office changes involving the person.</remarks>
    /// <example><c>chronicle.OfficeSpells("aleksandar-vulin")</c>: minister, intelligence chief, deputy prime minister.</example>
    public static IReadOnlyList<OfficeHeld> OfficeSpells(this Chronicle chronicle, ActorId person)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(person, nameof(person));
        return OfficeRecord.Held(person, OfficeRecord.SpellsOf(chronicle, person), _ => Certainty.Certain);
    }

    /// <summary>The visible sanctions steps of <paramref name="imposer"/> toward <paramref name="target"/> in a period, in timeline order.</summary>
    private static SanctionsAction[] SanctionsSteps(Chronicle chronicle, ActorId imposer, ActorId target, NodaTime.DateInterval? period) =>
        [.. chronicle.Index.Events(EventKey.Between(imposer, target, EventKind.SanctionsAction), period)
            .Cast<SanctionsAction>()
            .Where(a => a.Imposer == imposer && a.Target == target)];

    /// <summary>The visible membership changes in <paramref name="organization"/> in a period, in timeline order.</summary>
    private static IEnumerable<MembershipChange> MembershipChanges(Chronicle chronicle, ActorId organization, NodaTime.DateInterval? period) =>
        chronicle.Involving<MembershipChange>(EventKind.MembershipChange, organization, period).Where(c => c.Organization == organization);
}
