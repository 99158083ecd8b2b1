using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.MembersOf"/>.</summary>
internal static class MembersOfQuery
{
    public static IReadOnlyList<AllianceMember> MembersOf(Chronicle chronicle, ActorId alliance, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(alliance, nameof(alliance));
        var members = new List<AllianceMember>();
        foreach (var group in PositionSpellsQuery.MembershipChanges(chronicle, alliance, QueryReads.UpTo(at)).GroupBy(c => c.Member))
        {
            var all = group.ToArray();
            var possibly = Current(MembershipReplay.Spells(group.Key, alliance, all));
            var otherOrder = Current(MembershipReplay.Spells(group.Key, alliance, all, otherReading: true));
            var certainly = Current(MembershipReplay.Spells(group.Key, alliance, all.Where(c => c.When.Latest <= at)));
            if ((possibly ?? otherOrder ?? certainly) is not { } shown)
            {
                continue;
            }

            members.Add(new AllianceMember(group.Key, shown.IsSuspended)
            {
                Since = shown.Joined,
                Certainty = chronicle.WithinHorizon(
                    possibly?.IsSuspended == certainly?.IsSuspended && possibly?.IsSuspended == otherOrder?.IsSuspended ? Certainty.Certain : Certainty.Possible,
                    at),
                Evidence = all,
            });
        }

        return members.OrderBy(m => m.Member).ToArray();
    }

    /// <summary>The spell that lasts after the last change, or null when the last change ended membership.</summary>
    private static MembershipSpell? Current(List<MembershipSpell> spells) => spells is [.., { Until: null } last] ? last : null;
}
