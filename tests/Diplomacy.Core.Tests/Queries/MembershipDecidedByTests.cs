using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>A membership change is the member's act unless <see cref="MembershipChange.DecidedBy"/> names who made it.</summary>
public class MembershipDecidedByTests
{
    private static MembershipChange Leaving(string id, ActorId? decidedBy) =>
        new(id, On("2024-03-16"), Cited("2024-03-16"), Armenia, Csto, MembershipChangeKind.Left) { DecidedBy = decidedBy };

    [Fact]
    public void An_expulsion_is_the_organisations_deed_toward_the_member_and_a_withdrawal_the_members_toward_it()
    {
        var chronicle = With(Leaving("expelled", Csto), Leaving("withdrew", null));

        Assert.Equal(["expelled"], chronicle.Divergence(Csto, Armenia).Material.Select(s => s.Event.Id.Value));
        Assert.Equal(["withdrew"], chronicle.Divergence(Armenia, Csto).Material.Select(s => s.Event.Id.Value));
    }

    [Fact]
    public void An_expulsion_nobody_answered_is_a_hostile_act_the_member_tolerated()
    {
        var chronicle = With(Leaving("expelled", Csto));

        Assert.Contains("expelled", chronicle.Tolerated(Armenia).Select(t => t.Act.Id.Value));
        Assert.DoesNotContain("withdrew", With(Leaving("withdrew", null)).Tolerated(Armenia).Select(t => t.Act.Id.Value));
    }

    [Fact]
    public void Who_decided_is_one_of_the_events_actors_and_must_be_held_and_not_the_member()
    {
        Assert.Contains((ActorId)"UKR", Leaving("e", "UKR").Actors);

        var unknown = Assert.Throws<ChronicleValidationException>(() => With(Leaving("e", "nobody-known")));
        Assert.Contains(unknown.Problems, p => p.Kind == ChronicleProblemKind.UnknownActor && p.Field == "DecidedBy");
        var self = Assert.Throws<ChronicleValidationException>(() => With(Leaving("e", Armenia)));
        Assert.Contains(self.Problems, p => p.Kind == ChronicleProblemKind.InvalidValue && p.Field == "DecidedBy");
    }
}
