using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

public class ContactsTests
{
    private static readonly OfficeChange Appointed = new("appointed", Day(2020, 1, 1), Cited("2020"), Vulin, "Minister", OfficeChangeKind.Appointed);
    private static readonly OfficeChange Removed = new("removed", On("2023-11"), Cited("2023-11"), Vulin, "Minister", OfficeChangeKind.Removed);

    private static Meeting Meets(string id, string when, params ActorId[] participants) => new(id, On(when), Cited("2024-07"), participants);

    [Fact]
    public void A_meeting_dated_across_the_end_of_an_office_is_only_possibly_without_office()
    {
        var chronicle = With(Appointed, Removed, Meets("fuzzy", "2023-10/2023-12", Vulin, Patrushev), Meets("clear", "2023-12", Vulin, Patrushev));
        var meetings = Assert.Single(chronicle.Contacts(Serbia, Russia)).Meetings;
        Assert.Equal(
            [("fuzzy", true, Certainty.Possible), ("clear", true, Certainty.Certain)],
            meetings.Select(m => (m.Meeting.Id.Value, m.PersonHeldNoOffice, m.Certainty)));
    }

    [Fact]
    public void A_meeting_in_the_month_of_a_removal_is_only_possibly_without_office()
    {
        var chronicle = With(Appointed, Removed, Meets("november", "2023-11-15", Vulin, Patrushev));
        var meeting = Assert.Single(Assert.Single(chronicle.Contacts(Serbia, Russia)).Meetings);
        Assert.Equal((true, Certainty.Possible), (meeting.PersonHeldNoOffice, meeting.Certainty));
    }

    [Fact]
    public void A_person_with_no_recorded_office_is_not_flagged()
    {
        var chronicle = With(Meets("m", "2023-12", Vulin, Patrushev));
        var meeting = Assert.Single(Assert.Single(chronicle.Contacts(Serbia, Russia)).Meetings);
        Assert.False(meeting.EitherHeldNoOffice);
        Assert.Equal(Certainty.Certain, meeting.Certainty);
    }

    [Fact]
    public void A_meeting_before_the_first_recorded_office_is_not_flagged_and_one_after_the_last_is()
    {
        var chronicle = With(Appointed, Removed, Meets("before", "2013", Vulin, Patrushev), Meets("after", "2024-02", Vulin, Patrushev));
        var meetings = Assert.Single(chronicle.Contacts(Serbia, Russia)).Meetings;

        Assert.Equal(
            [("before", false, Certainty.Certain), ("after", true, Certainty.Certain)],
            meetings.Select(m => (m.Meeting.Id.Value, m.PersonHeldNoOffice, m.Certainty)));
    }

    [Fact]
    public void A_meeting_of_several_counts_for_each_pair_across_the_sides()
    {
        var chronicle = With(Meets("m", "2023-12", Vulin, Vucic, Patrushev, Naryshkin));
        var pairs = chronicle.Contacts(Serbia, Russia).Select(c => (c.Person, c.Counterpart)).Order().ToArray();
        Assert.Equal([(Vucic, Patrushev), (Vucic, Naryshkin), (Vulin, Patrushev), (Vulin, Naryshkin)], pairs);
    }

    [Fact]
    public void Within_one_side_each_pair_appears_once()
    {
        var chronicle = With(Meets("m", "2023-12", Vulin, Vucic));
        Assert.Equal([(Vucic, Vulin)], chronicle.Contacts(Serbia, Serbia).Select(c => (c.Person, c.Counterpart)));
    }

    [Fact]
    public void A_host_that_did_not_take_part_is_not_a_contact()
    {
        var chronicle = With(new Meeting("m", On("2023-12"), Cited("2024"), [Patrushev]) { Host = Vulin });
        Assert.Empty(chronicle.Contacts(Serbia, Russia));
    }

    [Fact]
    public void The_period_selects_meetings_and_the_counts_follow()
    {
        var channels = Article.Contacts(Serbia, Russia, Between(Day(2024, 2, 1), Day(2024, 2, 29)));
        Assert.Equal([(Bortnikov, 1), (Patrushev, 1)], channels.Select(c => (c.Counterpart, c.Count)));
    }

    [Fact]
    public void Asking_from_the_other_side_mirrors_the_channels()
    {
        var forward = Article.Contacts(Serbia, Russia).Select(c => (c.Person, c.Counterpart, c.Count, c.WithoutOffice)).Order();
        var backward = Article.Contacts(Russia, Serbia).Select(c => (c.Counterpart, c.Person, c.Count, c.WithoutOffice)).Order();
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void No_meetings_give_an_empty_answer()
    {
        Assert.Empty(Article.Contacts(Serbia, Ukraine));
        Assert.Empty(Article.AsKnownAt(Day(2024, 7, 1)).Contacts(Serbia, Russia));
    }
}

public class RoleOfTests
{
    [Fact]
    public void In_the_month_of_the_removal_the_office_is_only_possibly_held()
    {
        var held = Assert.Single(Article.RoleOf(Vulin, Day(2023, 11, 15)));
        Assert.Equal(Certainty.Possible, held.Certainty);
        Assert.Equal(["vulin-heads-bia", "vulin-leaves-bia"], held.Evidence.Ids());
    }

    [Fact]
    public void A_change_takes_effect_on_its_day()
    {
        Assert.Equal("Secretary of the Security Council", Assert.Single(Article.RoleOf(Shoigu, Day(2024, 5, 12))).Office);
        Assert.Equal("Minister of Defence", Assert.Single(Article.RoleOf(Shoigu, Day(2024, 5, 11))).Office);
        Assert.Empty(Article.RoleOf(Patrushev, Day(2024, 5, 12)));
    }

    [Fact]
    public void A_reinstatement_starts_a_new_spell()
    {
        var chronicle = With(
            new OfficeChange("in", Day(2020, 1, 1), Cited("2020"), Vulin, "Minister", OfficeChangeKind.Appointed),
            new OfficeChange("out", Day(2021, 1, 1), Cited("2021"), Vulin, "Minister", OfficeChangeKind.Resigned),
            new OfficeChange("back", Day(2022, 1, 1), Cited("2022"), Vulin, "Minister", OfficeChangeKind.Reinstated));
        Assert.Empty(chronicle.RoleOf(Vulin, Day(2021, 6, 1)));
        var held = Assert.Single(chronicle.RoleOf(Vulin, Day(2023, 1, 1)));
        Assert.Equal((On("2022-01-01"), (FuzzyDate?)null), (held.Since!.Value, held.Until));
    }

    [Fact]
    public void A_view_that_shows_only_the_end_of_an_office_gives_a_possible_spell_of_unknown_start()
    {
        var chronicle = With(
            new OfficeChange("in", Day(2020, 1, 1), Cited("2023-01"), Vulin, "Minister", OfficeChangeKind.Appointed),
            new OfficeChange("out", Day(2021, 1, 1), Cited("2021-01"), Vulin, "Minister", OfficeChangeKind.Removed));
        var held = Assert.Single(chronicle.AsKnownAt(Day(2022, 1, 1)).RoleOf(Vulin, Day(2020, 6, 1)));
        Assert.Null(held.Since);
        Assert.Equal(Certainty.Possible, held.Certainty);
    }

    [Fact]
    public void Someone_with_no_recorded_office_holds_none()
    {
        Assert.Empty(Article.RoleOf(Peskov, ArticleDay));
        Assert.Empty(Article.RoleOf("nobody-known", ArticleDay));
    }
}

public class MembersOfTests
{
    private static MembershipChange Change(string id, string when, ActorId member, MembershipChangeKind change) =>
        new(id, On(when), Cited(when), member, Csto, change);

    [Fact]
    public void A_member_that_left_is_gone_and_one_that_resumed_is_active()
    {
        var chronicle = With(
            Change("a-in", "2002", Armenia, MembershipChangeKind.Joined),
            Change("a-freeze", "2024-02", Armenia, MembershipChangeKind.Suspended),
            Change("a-back", "2025-01", Armenia, MembershipChangeKind.Resumed),
            Change("b-in", "2002", Belarus, MembershipChangeKind.Joined),
            Change("b-out", "2020", Belarus, MembershipChangeKind.Left));
        var member = Assert.Single(chronicle.MembersOf(Csto, Day(2025, 6, 1)));
        Assert.Equal((Armenia, false, (FuzzyDate?)On("2002")), (member.Member, member.IsSuspended, member.Since));
        Assert.Equal(["a-in", "a-freeze", "a-back"], member.Evidence.Ids());
    }

    [Fact]
    public void A_change_that_may_not_yet_have_taken_effect_makes_membership_possible()
    {
        var chronicle = With(Change("join", "2022", Armenia, MembershipChangeKind.Joined), Change("leave", "2024", Belarus, MembershipChangeKind.Left),
            Change("belarus-in", "2002", Belarus, MembershipChangeKind.Joined));
        var members = chronicle.MembersOf(Csto, Day(2022, 6, 1));
        Assert.Equal([(Armenia, Certainty.Possible), (Belarus, Certainty.Certain)], members.Select(m => (m.Member, m.Certainty)));
        Assert.Equal(Certainty.Possible, chronicle.MembersOf(Csto, Day(2024, 6, 1)).Single(m => m.Member == Belarus).Certainty);
    }

    [Fact]
    public void Armenias_freeze_is_only_possible_within_February_2024()
    {
        var armenia = Article.MembersOf(Csto, Day(2024, 2, 15)).Single(m => m.Member == Armenia);
        Assert.Equal((true, Certainty.Possible), (armenia.IsSuspended, armenia.Certainty));
    }

    [Fact]
    public void An_organisation_without_members_gives_an_empty_answer()
    {
        Assert.Empty(Article.MembersOf(Bia, ArticleDay));
        Assert.Empty(Article.MembersOf(Csto, Day(2000, 1, 1)));
    }
}
