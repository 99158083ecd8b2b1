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
        var imposers = new Dictionary<ActorId, ActorId>();
        ActorId ImposerFor(ActorId actor)
        {
            if (!imposers.TryGetValue(actor, out var state))
            {
                state = chronicle.TryGetActor(actor, out var found) && found is Organization { HomeState: { } home } organization && IsSanctioningBody(organization)
                    && chronicle.TryGetActor(home, out var homeActor) && homeActor is State ? home : actor;
                imposers[actor] = state;
            }

            return state;
        }

        return [.. chronicle.EventsOfKind(EventKind.SanctionsAction).Cast<SanctionsAction>()
            .GroupBy(a => (Imposer: ImposerFor(a.Imposer), a.Target))
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

    /// <summary>
    /// The visible sanctions steps of <paramref name="imposer"/> toward <paramref name="target"/> in a period, in
    /// timeline order: for a state, those its government bodies and agencies took too (a licensing agency lifting an
    /// arms embargo lifts the state's).
    /// </summary>
    internal static SanctionsAction[] SanctionsSteps(Chronicle chronicle, ActorId imposer, ActorId target, NodaTime.DateInterval? period)
    {
        var imposers = new HashSet<ActorId> { imposer };
        if (chronicle.TryGetActor(imposer, out var actor) && actor is State)
        {
            imposers.UnionWith(chronicle.Index.BasedIn(imposer).Where(IsSanctioningBody).Select(o => o.Id));
        }

        return [.. chronicle.Index.Events(imposers.Select(i => EventKey.Between(i, target, EventKind.SanctionsAction)), period)
            .Cast<SanctionsAction>()
            .Where(a => imposers.Contains(a.Imposer) && a.Target == target)];
    }

    /// <summary>True for the kinds of organisation whose sanctions steps are their home state's: government bodies and agencies.</summary>
    internal static bool IsSanctioningBody(Organization organization) =>
        organization.Kind is OrganizationKind.GovernmentBody or OrganizationKind.Agency;

    /// <summary>The visible membership changes in <paramref name="organization"/> in a period, in timeline order.</summary>
    internal static IEnumerable<MembershipChange> MembershipChanges(Chronicle chronicle, ActorId organization, NodaTime.DateInterval? period) =>
        chronicle.Involving<MembershipChange>(EventKind.MembershipChange, organization, period).Where(c => c.Organization == organization);
}
