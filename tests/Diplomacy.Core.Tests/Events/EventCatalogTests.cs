using Diplomacy.TestKit;
using FsCheck.Xunit;
using static Diplomacy.TestKit.SampleWorld;

namespace Diplomacy.Core.Tests.Events;

/// <summary>The event catalogue is complete and is the one statement of each kind's roles and directions.</summary>
public class EventCatalogTests
{
    private static readonly Type[] SealedEventTypes =
        [.. typeof(DiplomaticEvent).Assembly.GetTypes().Where(t => t.IsSealed && typeof(DiplomaticEvent).IsAssignableFrom(t))];

    [Fact]
    public void Every_sealed_event_type_has_an_entry_in_the_catalogue()
    {
        var registered = EventCatalog.Kinds.Select(k => k.Type).ToHashSet();
        Assert.All(SealedEventTypes, t => Assert.True(registered.Contains(t), $"{t.Name} is a DiplomaticEvent with no entry in EventCatalog."));
        Assert.Equal(SealedEventTypes.Length, EventCatalog.Kinds.Count);
    }

    [Fact]
    public void The_catalogue_lists_every_event_kind_once_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<EventKind>(), EventCatalog.Kinds.Select(k => k.Kind));
    }

    [Fact]
    public void Every_kind_has_a_distinct_camel_case_name()
    {
        Assert.Equal(EventCatalog.Kinds.Count, EventCatalog.Kinds.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(EventCatalog.Kinds, k => Assert.Equal(char.ToLowerInvariant(k.Type.Name[0]) + k.Type.Name[1..], k.Name));
    }

    [Fact]
    public void Events_of_a_type_are_found_through_its_kinds_index()
    {
        var chronicle = SampleWorld.Build();
        Assert.All(EventCatalog.Kinds, k => Assert.Equal(
            chronicle.EventsOfKind(k.Kind),
            (IEnumerable<DiplomaticEvent>)typeof(Chronicle).GetMethod(nameof(Chronicle.EventsOf))!.MakeGenericMethod(k.Type).Invoke(chronicle, [null])!));
    }

    [Property(Arbitrary = [typeof(ModelGenerators)], MaxTest = 200)]
    public bool An_events_kind_and_type_agree_with_its_catalogue_entry(Chronicle chronicle) =>
        chronicle.Events.All(e => EventCatalog.TryGet(e.GetType(), out var info) && info.Kind == e.Kind && EventCatalog.Of(e.Kind) == info);

    [Property(Arbitrary = [typeof(ModelGenerators)], MaxTest = 200)]
    public bool The_actors_of_an_event_are_those_in_its_kinds_roles(Chronicle chronicle) =>
        chronicle.Events.All(e =>
        {
            var roles = EventCatalog.Of(e.Kind).Roles;
            var named = e.ActorReferences().Where(r => roles.Contains(r.Field.Role)).Select(r => r.Actor).Distinct();
            return named.SequenceEqual(e.Actors);
        });

    [Property(Arbitrary = [typeof(ModelGenerators)], MaxTest = 200)]
    public bool Sources_and_targets_are_actors_of_the_event_and_targets_are_reached(Chronicle chronicle) =>
        chronicle.Events.All(e =>
        {
            var acts = EventCatalog.Acts(e);
            return acts.Sources.Concat(acts.Reached).All(e.Actors.Contains) && acts.Targets.All(acts.Reached.Contains);
        });

    [Fact]
    public void An_arms_transfer_is_directed_at_its_recipient_and_reaches_the_rest_of_its_route()
    {
        var transfer = new ArmsTransfer("t", Day(2023, 1, 1), [Cite(FinancialTimes, "2024-06-23")], Serbia, UnitedStates) { EndUser = Ukraine };

        var acts = EventCatalog.Acts(transfer);

        Assert.Equal([new Dyad(Serbia, UnitedStates)], acts.Directed);
        Assert.Equal([UnitedStates, Ukraine], acts.Reached);
    }

    [Fact]
    public void A_meeting_links_its_participants_both_ways_and_not_its_host()
    {
        var meeting = new Meeting("m", Day(2024, 2, 20), [Cite(Vreme, "2024-02-21")], [Vulin, Patrushev]) { Host = Russia };

        var acts = EventCatalog.Acts(meeting);

        Assert.Equal([new Dyad(Vulin, Patrushev), new Dyad(Patrushev, Vulin)], acts.Directed);
        Assert.DoesNotContain(Russia, acts.Sources.Concat(acts.Reached));
    }

    [Fact]
    public void An_office_change_runs_from_the_person_to_the_body()
    {
        var change = new OfficeChange("o", Day(2024, 5, 2), [Cite(Vreme, "2024-05-02")], Vulin, "Deputy Prime Minister", OfficeChangeKind.Appointed) { Body = Serbia };

        Assert.Equal([new Dyad(Vulin, Serbia)], EventCatalog.Acts(change).Directed);
    }
}
