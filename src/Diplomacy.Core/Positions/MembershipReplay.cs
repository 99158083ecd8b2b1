namespace Diplomacy;

/// <summary>
/// The one replay of membership changes: joined makes an active member, left ends membership, suspended keeps it a
/// member but suspended, resumed makes it active again. Where the dates leave the order open, a departure comes after
/// the other changes that make sense (suspended and expelled on the same day: suspended, then gone).
/// </summary>
/// <remarks>
/// Read by <see cref="ChronicleQueries.MembersOf"/>, <see cref="ChronicleQueries.MembershipSpells(Chronicle, ActorId)"/>
/// and the dyad-year export, so that they cannot disagree.
/// </remarks>
internal static class MembershipReplay
{
    /// <summary>The spells of one member in one organisation, from its changes.</summary>
    /// <param name="member">The member.</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="changes">The changes, in any order.</param>
    /// <param name="otherReading">Where the order is open and more than one change makes sense, take the last rather than the first.</param>
    public static List<MembershipSpell> Spells(ActorId member, ActorId organization, IEnumerable<MembershipChange> changes, bool otherReading = false)
    {
        var spells = new List<MembershipSpell>();
        var state = State.None;
        MembershipChange? joined = null;
        var membership = new List<MembershipChange>();
        var queue = new ReplayQueue<MembershipChange>(changes, otherReading);
        while (queue.TryNext(c => Fits(c, state), out var change, ends: c => c.Change == MembershipChangeKind.Left))
        {
            var before = state;
            switch (change.Change)
            {
                case MembershipChangeKind.Joined:
                    joined = state == State.None ? change : joined;
                    state = State.Active;
                    break;
                case MembershipChangeKind.Left:
                    joined = null;
                    state = State.None;
                    break;
                case MembershipChangeKind.Suspended:
                    state = State.Suspended;
                    break;
                case MembershipChangeKind.Resumed:
                    state = State.Active;
                    break;
            }

            membership.Add(change);
            if (state != before)
            {
                if (before != State.None)
                {
                    spells[^1] = spells[^1] with { Until = change.When, Evidence = [.. spells[^1].Evidence, change] };
                }

                if (state != State.None)
                {
                    spells.Add(new MembershipSpell(member, organization, state == State.Suspended)
                    {
                        Joined = joined?.When,
                        Since = change.When,
                        Changes = membership,
                        Evidence = membership,
                    });
                }
            }

            if (state == State.None)
            {
                membership = [];
            }
        }

        return spells;
    }

    private static bool Fits(MembershipChange change, State state) => change.Change switch
    {
        MembershipChangeKind.Joined => state == State.None,
        MembershipChangeKind.Left => state != State.None,
        MembershipChangeKind.Suspended => state == State.Active,
        MembershipChangeKind.Resumed => state == State.Suspended,
        _ => true,
    };

    private enum State
    {
        None,
        Active,
        Suspended,
    }
}
