using Diplomacy.TestKit;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Chronicles;

public class WrongKindReferenceTests
{
    private static readonly ActorId Nato = "nato";
    private static readonly ActorId Bia = "bia";

    private static readonly Actor[] World =
    [
        .. SampleWorld.Actors,
        new Alliance(Nato, "North Atlantic Treaty Organization", AllianceObligations.Defense),
        new Organization(Bia, "Security Intelligence Agency", OrganizationKind.GovernmentBody, Serbia),
    ];

    private static FuzzyDate Day => new LocalDate(2024, 1, 1);

    private static ChronicleProblem SingleProblem(DiplomaticEvent e)
    {
        var failure = Assert.Throws<ChronicleValidationException>(() => new ChronicleBuilder().AddActors(World).AddEvents([e]).Build());
        return Assert.Single(failure.Problems);
    }

    private static void Builds(DiplomaticEvent e) => new ChronicleBuilder().AddActors(World).AddEvents([e]).Build();

    [Fact]
    public void A_membership_change_whose_organisation_is_a_state_is_reported_at_its_Organization()
    {
        var problem = SingleProblem(new MembershipChange("m", Day, [Cite(Vreme, "2024")], Serbia, Russia, MembershipChangeKind.Joined));

        Assert.Equal((ChronicleProblemKind.InvalidValue, "event 'm'", "Organization"), (problem.Kind, problem.Subject, problem.Field));
        Assert.Contains("'RUS' is a State, not an Organization or an Alliance", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_membership_change_whose_organisation_is_a_person_is_reported()
    {
        var problem = SingleProblem(new MembershipChange("m", Day, [Cite(Vreme, "2024")], Serbia, Vulin, MembershipChangeKind.Joined));

        Assert.Equal("Organization", problem.Field);
    }

    [Fact]
    public void A_membership_in_an_alliance_or_an_organisation_is_valid()
    {
        Builds(new MembershipChange("m", Day, [Cite(Vreme, "2024")], Serbia, Nato, MembershipChangeKind.Joined));
        Builds(new MembershipChange("m", Day, [Cite(Vreme, "2024")], Vulin, Bia, MembershipChangeKind.Joined));
    }

    [Fact]
    public void An_office_change_whose_person_is_a_state_is_reported_at_its_Person()
    {
        var problem = SingleProblem(new OfficeChange("o", Day, [Cite(Vreme, "2024")], Serbia, "Minister", OfficeChangeKind.Appointed));

        Assert.Equal((ChronicleProblemKind.InvalidValue, "Person"), (problem.Kind, problem.Field));
        Assert.Contains("'SRB' is a State, not a Person", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_change_whose_body_is_a_person_is_reported_at_its_Body()
    {
        var problem = SingleProblem(new OfficeChange("o", Day, [Cite(Vreme, "2024")], Vulin, "Minister", OfficeChangeKind.Appointed) { Body = Patrushev });

        Assert.Equal((ChronicleProblemKind.InvalidValue, "Body"), (problem.Kind, problem.Field));
    }

    [Fact]
    public void An_office_in_a_state_or_an_organisation_is_valid()
    {
        Builds(new OfficeChange("o", Day, [Cite(Vreme, "2024")], Vulin, "Minister", OfficeChangeKind.Appointed) { Body = Serbia });
        Builds(new OfficeChange("o", Day, [Cite(Vreme, "2024")], Vulin, "Director", OfficeChangeKind.Appointed) { Body = Bia });
    }

    [Fact]
    public void The_catalogue_states_the_kinds_the_validator_checks()
    {
        var office = EventCatalog.Of(EventKind.OfficeChange).RequiredActorTypes;
        var membership = EventCatalog.Of(EventKind.MembershipChange).RequiredActorTypes;

        Assert.Equal([typeof(Person)], office["Person"]);
        Assert.Equal([typeof(Organization), typeof(Alliance), typeof(State)], office["Body"]);
        Assert.Equal([typeof(Organization), typeof(Alliance)], membership["Organization"]);
        Assert.False(membership.ContainsKey("Member"));
    }

    [Fact]
    public void Roles_that_take_any_actor_accept_every_kind()
    {
        Builds(new CodedEvent("c", Day, [Cite(Vreme, "2024")], Bia, Coding.FromCameo("051")) { Target = Vulin });
        Builds(new ArmsTransfer("a", Day, [Cite(Vreme, "2024")], Nato, Bia));
    }
}
