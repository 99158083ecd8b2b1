namespace Diplomacy;

/// <summary>
/// The one replay of membership changes: joined makes an active member, left ends membership, suspended keeps it a
/// member but suspended, resumed makes it active again.
/// </summary>
/// <remarks>
/// Read by <see cref="ChronicleQueries.MembersOf"/>, <see cref="ChronicleQueries.MembershipSpells(Chronicle, ActorId)"/>
/// and the dyad-year export, so that they cannot disagree.
/// </remarks>
internal static class MembershipReplay
{
    /// <summary>The spells of one member in one organisation, from its changes in timeline order.</summary>
    public static List<MembershipSpell> Spells(ActorId member, ActorId organization, IEnumerable<MembershipChange> changes)
    {
        var spells = new List<MembershipSpell>();
        var state = State.None;
        MembershipChange? joined = null;
        var membership = new List<MembershipChange>();
        foreach (var change in changes)
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
                    spells[^1] = spells[^1] with { Until = change.When };
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

    private enum State
    {
        None,
        Active,
        Suspended,
    }
}
