using NodaTime;

namespace Diplomacy;

/// <summary>A member of an alliance or organisation on a day, derived from <see cref="MembershipChange"/> events.</summary>
/// <param name="Member">Who.</param>
/// <param name="IsSuspended">True when the member had suspended or frozen its participation and not resumed it.</param>
public sealed record AllianceMember(ActorId Member, bool IsSuspended) : QueryResult
{
    /// <summary>When it joined; null when the chronicle does not record the joining.</summary>
    public FuzzyDate? Since { get; init; }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when a change may or may not have taken effect by the day and membership or
    /// suspension depends on it; the state given is a member's in the reading where it is one. Also on a view asked
    /// about a day after its cut-off.
    /// </summary>
    public Certainty Certainty { get; init; }
}
