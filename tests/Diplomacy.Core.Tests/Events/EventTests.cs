using Diplomacy.TestKit;
using NodaTime;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Events;

public class EventTests
{
    private static readonly Citation[] Ft = [Cite(FinancialTimes, "2024-06-23")];

    [Fact]
    public void Records_with_the_same_contents_are_equal_even_with_different_list_instances()
    {
        var a = new Meeting("m", Day(2024, 1, 1), [Cite(Vreme, "2024")], new List<ActorId> { Vulin, Patrushev });
        var b = new Meeting("m", Day(2024, 1, 1), [Cite(Vreme, "2024")], new[] { Vulin, Patrushev });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Participants = [Patrushev, Vulin] });
    }

    [Fact]
    public void Typed_events_have_their_kinds_default_coding()
    {
        var praise = new PublicReaction("p", Day(2024, 1, 1), Ft, Russia, ReactionTone.Praise);
        Assert.Equal("051", praise.Coding.Cameo?.Value);
        Assert.True(praise.HasDefaultCoding);
        Assert.Equal("163", new SanctionsAction("s", Day(2023, 7, 1), Ft, UnitedStates, Vulin, SanctionsActionKind.Impose).Coding.Cameo?.Value);
        Assert.Equal("072", new ArmsTransfer("a", Day(2023, 1, 1), Ft, UnitedStates, Ukraine) { Terms = TransferTerms.Aid }.Coding.Cameo?.Value);
        Assert.Equal("062", new ArmsTransfer("a", Day(2023, 1, 1), Ft, Serbia, UnitedStates).Coding.Cameo?.Value);
        Assert.Equal(QuadClass.MaterialConflict, new RelationshipChange("w", Day(2022, 2, 24), Ft, Russia, Ukraine, RelationshipKind.War, RelationshipChangeKind.Formed).Coding.QuadClass);
        Assert.Equal("161", new RelationshipChange("r", FuzzyDate.FromYear(2023), Ft, Russia, "ISR", RelationshipKind.Partnership, RelationshipChangeKind.Sacrificed).Coding.Cameo?.Value);
    }

    [Fact]
    public void Setting_the_coding_to_null_restores_the_kinds_default()
    {
        var custom = new PublicReaction("p", Day(2024, 1, 1), Ft, Russia, ReactionTone.Praise) { Coding = Diplomacy.Coding.FromCameo("019") };
        var reset = custom with { Coding = null! };
        Assert.True(reset.HasDefaultCoding);
        Assert.Equal("051", reset.Coding.Cameo?.Value);
    }

    [Fact]
    public void An_author_can_override_the_coding()
    {
        var custom = Diplomacy.Coding.FromCameo("019");
        var reaction = new PublicReaction("p", Day(2024, 1, 1), Ft, Russia, ReactionTone.Neutral) { Coding = custom };
        Assert.Same(custom, reaction.Coding);
        Assert.False(reaction.HasDefaultCoding);
    }

    [Fact]
    public void Default_coding_follows_a_changed_field()
    {
        var reaction = new PublicReaction("p", Day(2024, 1, 1), Ft, Russia, ReactionTone.Praise);
        Assert.Equal("111", (reaction with { Tone = ReactionTone.Criticism }).Coding.Cameo?.Value);
    }

    [Fact]
    public void Actors_lists_every_role_once_in_role_order()
    {
        var transfer = new ArmsTransfer("a", Day(2023, 1, 1), Ft, Serbia, UnitedStates) { Intermediaries = [Czechia, UnitedStates], EndUser = Ukraine };
        Assert.Equal([Serbia, UnitedStates, Czechia, Ukraine], transfer.Actors);
        Assert.Equal([Serbia, UnitedStates, Czechia, UnitedStates, Ukraine], transfer.Route);
    }

    [Fact]
    public void Citation_sources_are_not_actors_of_the_event()
    {
        var meeting = new Meeting("m", Day(2024, 1, 1), Ft, [Vulin]);
        Assert.DoesNotContain(FinancialTimes, meeting.Actors);
    }

    [Fact]
    public void FirstKnown_is_the_earliest_certain_publication_day()
    {
        var meeting = new Meeting("m", Day(2023, 1, 1), [Cite(Vreme, "2024"), Cite(FinancialTimes, "2024-03")], [Vulin]);
        Assert.Equal(new LocalDate(2024, 3, 31), meeting.FirstKnown);
    }

    [Fact]
    public void Money_in_different_currencies_is_never_added()
    {
        var eur = new Money(1m, "EUR");
        Assert.Equal(new Money(2m, "EUR"), eur + eur);
        Assert.Throws<InvalidOperationException>(() => eur + new Money(1m, "USD"));
        Assert.True((eur + new Money(1m, "EUR", isApproximate: true)).IsApproximate);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("")]
    public void Money_rejects_a_currency_that_is_not_iso_4217(string currency) =>
        Assert.Throws<ArgumentException>(() => new Money(1m, currency));

    [Fact]
    public void Lists_reject_null_elements_naming_the_index()
    {
        var error = Assert.Throws<ArgumentException>(() => new Meeting("m", Day(2024, 1, 1), [Ft[0], null!], [Vulin]));
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_lists_are_never_null()
    {
        var transfer = new ArmsTransfer("a", Day(2023, 1, 1), Ft, Serbia, UnitedStates) { Intermediaries = null! };
        Assert.Empty(transfer.Intermediaries);
        Assert.Empty(transfer.Items);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-524901L)]
    public void A_place_refuses_a_GeoNames_id_that_is_not_positive(long id) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Place("Moscow") { GeoNamesId = id });

    [Fact]
    public void Places_with_different_GeoNames_ids_differ() =>
        Assert.NotEqual(new Place("Moscow") { GeoNamesId = 524901 }, new Place("Moscow") { GeoNamesId = 524894 });
}
