using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static Diplomacy.Core.Tests.Queries.QueryTestData;
using static Diplomacy.TestKit.ArticleFixture;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>A view knows nothing past its cut-off, so what it says about a later day is at most possible.</summary>
public class ViewHorizonTests
{
    private static readonly Chronicle Chronicle = With(
        new OfficeChange("vulin-appointed", Day(2020, 1, 10), Cited("2020-01-10"), Vulin, "Minister of Defence", OfficeChangeKind.Appointed) { Body = SerbianGovernment },
        new SanctionsAction("serbia-refuses", Day(2022, 3, 1), Cited("2022-03-01"), Serbia, Russia, SanctionsActionKind.Refuse),
        new MembershipChange("armenia-in-csto", Day(2002, 10, 7), Cited("2002-10-07"), Armenia, Csto, MembershipChangeKind.Joined),
        new Meeting("announced-meeting", Day(2023, 7, 5), Cited("2023-07-04"), [Vucic, Patrushev]));

    private static readonly LocalDate CutOff = Day(2023, 7, 4);

    public static TheoryData<string> Views => ["known at", "as of", "released by"];

    private static Chronicle View(string kind) => kind switch
    {
        "known at" => Chronicle.AsKnownAt(CutOff),
        "as of" => Chronicle.AsOf(CutOff),
        _ => Chronicle.AsKnownAt(CutOff, KnownBy.Release),
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void A_role_past_the_cut_off_is_only_possible(string kind)
    {
        Assert.Equal(Certainty.Certain, Assert.Single(View(kind).RoleOf(Vulin, CutOff)).Certainty);
        Assert.Equal(Certainty.Possible, Assert.Single(View(kind).RoleOf(Vulin, CutOff.PlusDays(1))).Certainty);
        Assert.Equal(Certainty.Certain, Assert.Single(Chronicle.RoleOf(Vulin, CutOff.PlusDays(1))).Certainty);
        Assert.Equal(Certainty.Certain, Assert.Single(View(kind).HoldersOf(CutOff, "Minister of Defence")).Certainty);
        Assert.Equal(Certainty.Possible, Assert.Single(View(kind).HoldersOf(CutOff.PlusDays(1), "Minister of Defence")).Certainty);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void A_sanctions_stance_past_the_cut_off_is_only_possible(string kind)
    {
        Assert.Equal(Certainty.Certain, View(kind).SanctionsStance(Serbia, Russia, CutOff).Certainty);
        var later = View(kind).SanctionsStance(Serbia, Russia, Day(2024, 1, 1));
        Assert.Equal((SanctionsPosture.Refusing, Certainty.Possible), (later.Posture, later.Certainty));
        Assert.Equal(Certainty.Possible, View(kind).SanctionsStance(Serbia, Russia, Day(2024, 1, 1), new SanctionsStanceOptions { IncludeBlocs = true }).Certainty);
        Assert.Equal(Certainty.Possible, View(kind).SanctionsStance(Israel, Russia, Day(2024, 1, 1)).Certainty);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Members_past_the_cut_off_are_only_possible(string kind)
    {
        Assert.Equal(Certainty.Certain, Assert.Single(View(kind).MembersOf(Csto, CutOff)).Certainty);
        Assert.Equal(Certainty.Possible, Assert.Single(View(kind).MembersOf(Csto, Day(2024, 2, 1))).Certainty);
    }

    [Fact]
    public void A_meeting_past_the_cut_off_is_only_possible()
    {
        var meeting = Assert.Single(Assert.Single(Chronicle.AsKnownAt(CutOff).Contacts(Serbia, Russia)).Meetings);
        Assert.Equal(Certainty.Possible, meeting.Certainty);
        Assert.Equal(Certainty.Certain, Assert.Single(Assert.Single(Chronicle.Contacts(Serbia, Russia)).Meetings).Certainty);
    }

    [Fact]
    public void No_answer_about_a_day_past_a_views_cut_off_is_certain()
    {
        var questions = from day in QueryProperties.Days where day.Year < 9990 from after in Gen.Choose(1, 2000) from viewKind in Gen.Choose(0, 2) select (day, after, viewKind);
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            questions.ToArbitrary(),
            (chronicle, question) =>
            {
                var (cutOff, after, viewKind) = question;
                var view = viewKind switch { 0 => chronicle.AsOf(cutOff), 1 => chronicle.AsKnownAt(cutOff), _ => chronicle.AsKnownAt(cutOff, KnownBy.Release) };
                var day = cutOff.PlusDays(after);
                var answers = QueryProperties.AskEverything(view, day, new DateInterval(day, day)).SelectMany(r => r switch
                {
                    SanctionsStance s => [s.Certainty],
                    OfficeHeld o => [o.Certainty],
                    AllianceMember m => [m.Certainty],
                    PersonalChannel p => p.Meetings.Where(m => m.Meeting.When.Latest > cutOff).Select(m => m.Certainty),
                    _ => Enumerable.Empty<Certainty>(),
                });
                return answers.All(c => c == Certainty.Possible);
            });
        Check.QuickThrowOnFailure(property);
    }
}
