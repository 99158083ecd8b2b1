namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.SanctionsSpells(Chronicle)"/>.</summary>
internal static class PositionSpellsQuery
{
    public static IReadOnlyList<SanctionsSpell> SanctionsSpells(Chronicle chronicle, ActorId imposer, ActorId target)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(imposer, nameof(imposer));
        QueryReads.CheckActor(target, nameof(target));
        return SanctionsReplay.Spells(imposer, target, SanctionsSteps(chronicle, imposer, target, null));
    }

    public static IReadOnlyList<SanctionsSpell> SanctionsSpells(Chronicle chronicle)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        return [.. chronicle.EventsOfKind(EventKind.SanctionsAction).Cast<SanctionsAction>()
            .GroupBy(a => (a.Imposer, a.Target))
            .OrderBy(g => g.Key.Imposer).ThenBy(g => g.Key.Target)
            .SelectMany(g => SanctionsReplay.Spells(g.Key.Imposer, g.Key.Target, g))];
    }

    public static IReadOnlyList<MembershipSpell> MembershipSpells(Chronicle chronicle, ActorId organization)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(organization, nameof(organization));
        return [.. MembershipChanges(chronicle, organization, null)
            .GroupBy(c => c.Member)
            .OrderBy(g => g.Key)
            .SelectMany(g => MembershipReplay.Spells(g.Key, organization, g))];
    }

    public static IReadOnlyList<MembershipSpell> MembershipSpells(Chronicle chronicle)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        return [.. chronicle.EventsOfKind(EventKind.MembershipChange).Cast<MembershipChange>()
            .GroupBy(c => (c.Organization, c.Member))
            .OrderBy(g => g.Key.Organization).ThenBy(g => g.Key.Member)
            .SelectMany(g => MembershipReplay.Spells(g.Key.Member, g.Key.Organization, g))];
    }

    public static IReadOnlyList<OfficeHeld> OfficeSpells(Chronicle chronicle, ActorId person)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(person, nameof(person));
        return OfficeRecord.Held(person, OfficeRecord.SpellsOf(chronicle, person), _ => Certainty.Certain);
    }

    /// <summary>The visible sanctions steps of <paramref name="imposer"/> toward <paramref name="target"/> in a period, in timeline order.</summary>
    internal static SanctionsAction[] SanctionsSteps(Chronicle chronicle, ActorId imposer, ActorId target, NodaTime.DateInterval? period) =>
        [.. chronicle.Index.Events(EventKey.Between(imposer, target, EventKind.SanctionsAction), period)
            .Cast<SanctionsAction>()
            .Where(a => a.Imposer == imposer && a.Target == target)];

    /// <summary>The visible membership changes in <paramref name="organization"/> in a period, in timeline order.</summary>
    internal static IEnumerable<MembershipChange> MembershipChanges(Chronicle chronicle, ActorId organization, NodaTime.DateInterval? period) =>
        chronicle.Involving<MembershipChange>(EventKind.MembershipChange, organization, period).Where(c => c.Organization == organization);
}
