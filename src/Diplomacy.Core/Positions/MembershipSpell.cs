namespace Diplomacy;

/// <summary>
/// A run of one member's <see cref="MembershipChange"/> events in one alliance or organisation during which it was a
/// member, active or suspended (see <see cref="ChronicleQueries.MembershipSpells(Chronicle, ActorId)"/>).
/// </summary>
/// <param name="Member">Who.</param>
/// <param name="Organization">The alliance or organisation.</param>
/// <param name="IsSuspended">True when the member had suspended or frozen its participation during the spell.</param>
/// <remarks>
/// A change takes effect from the earliest day it may have taken effect: joined makes an active member, left ends
/// membership, suspended keeps it a member but suspended, resumed makes it active again. Each change of state begins
/// a new spell. Its evidence is its <see cref="Changes"/> and the change that ended it, if any (the departure, or the
/// change to or from suspension that began the next spell), so that <see cref="Until"/> is cited too.
/// </remarks>
public sealed record MembershipSpell(ActorId Member, ActorId Organization, bool IsSuspended) : QueryResult
{
    private readonly IReadOnlyList<MembershipChange> _changes = ValueList<MembershipChange>.Empty;

    /// <summary>When the member joined (the change that began this membership); null when the chronicle does not record it.</summary>
    public FuzzyDate? Joined { get; init; }

    /// <summary>The date of the change that began the spell.</summary>
    public FuzzyDate Since { get; init; }

    /// <summary>The date of the change that ended it (left, or a change to or from suspension); null while it lasts.</summary>
    public FuzzyDate? Until { get; init; }

    /// <summary>The changes from the one that began the membership through the one that began this spell, in timeline order; never null.</summary>
    public IReadOnlyList<MembershipChange> Changes
    {
        get => _changes;
        init => _changes = ValueList<MembershipChange>.From(value, nameof(Changes));
    }
}
