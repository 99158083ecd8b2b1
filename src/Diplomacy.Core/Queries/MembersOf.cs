using NodaTime;

namespace Diplomacy;

public static partial class ChronicleQueries
{
    /// <summary>
    /// The members of <paramref name="alliance"/> (an alliance or any organisation) on <paramref name="at"/>, with
    /// suspended ones flagged. Each member's changes are replayed in timeline order: joined makes it an active member,
    /// left ends membership, suspended keeps it a member but suspended, resumed makes it active again.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="alliance">The alliance or organisation.</param>
    /// <param name="at">The day.</param>
    /// <returns>The members, ordered by id, each with its membership changes up to that day as evidence.</returns>
    /// <remarks>
    /// A member appears when it is one with every change that may have taken effect by the day counted, or with only
    /// those that certainly had; it is <see cref="Certainty.Possible"/> when the two readings differ.
    /// Cost: O(log n + k) for the k membership changes involving the organisation.
    /// </remarks>
    /// <example><c>chronicle.MembersOf("csto", new LocalDate(2024, 7, 8))</c>: Russia, Belarus, and Armenia (suspended).</example>
    public static IReadOnlyList<AllianceMember> MembersOf(this Chronicle chronicle, ActorId alliance, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(alliance, nameof(alliance));
        var members = new List<AllianceMember>();
        foreach (var group in MembershipChanges(chronicle, alliance, QueryReads.UpTo(at)).GroupBy(c => c.Member))
        {
            var all = group.ToArray();
            var possibly = Current(MembershipReplay.Spells(group.Key, alliance, all));
            var certainly = Current(MembershipReplay.Spells(group.Key, alliance, all.Where(c => c.When.Latest <= at)));
            if ((possibly ?? certainly) is not { } shown)
            {
                continue;
            }

            members.Add(new AllianceMember(group.Key, shown.IsSuspended)
            {
                Since = shown.Joined,
                Certainty = possibly?.IsSuspended == certainly?.IsSuspended ? Certainty.Certain : Certainty.Possible,
                Evidence = all,
            });
        }

        return members.OrderBy(m => m.Member).ToArray();
    }

    /// <summary>The spell that lasts after the last change, or null when the last change ended membership.</summary>
    private static MembershipSpell? Current(List<MembershipSpell> spells) => spells is [.., { Until: null } last] ? last : null;
}
