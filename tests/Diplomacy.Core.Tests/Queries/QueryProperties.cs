using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Core.Tests.Queries;

/// <summary>Laws every query obeys on generated chronicles and their views.</summary>
public class QueryProperties
{
    internal static readonly Gen<LocalDate> Days = Gen.OneOf(
        from year in Gen.Choose(1990, 2030) from day in Gen.Choose(0, 364) select new LocalDate(year, 1, 1).PlusDays(day),
        ModelGenerators.Dates.Select(d => d.Earliest.Year < 1 ? new LocalDate(1, 1, 1) : d.Earliest));

    internal static readonly Gen<DateInterval?> Periods = Gen.OneOf(
        Gen.Constant<DateInterval?>(null),
        from start in Days from span in Gen.Choose(0, 4000) where start.Year < 9980 select (DateInterval?)new DateInterval(start, start.PlusDays(span)));

    /// <summary>Runs all nine queries for a few actors, pairs and days of the chronicle and returns every result.</summary>
    internal static List<QueryResult> AskEverything(Chronicle chronicle, LocalDate day, DateInterval? period, ActorId[]? actors = null)
    {
        var results = new List<QueryResult>();
        actors ??= chronicle.Actors.Select(a => a.Id).Take(6).ToArray();
        var states = chronicle.Actors.OfType<Person>().Select(p => p.Nationality).OfType<ActorId>()
            .Concat(chronicle.Actors.OfType<State>().Select(s => s.Id)).Distinct().Take(4).ToArray();
        var everyEvent = EventSet.Where(_ => true);
        foreach (var office in chronicle.EventsOf<OfficeChange>().Select(o => o.Office).Distinct().Take(3))
        {
            results.AddRange(chronicle.HoldersOf(day, office));
        }

        foreach (var actor in actors)
        {
            results.AddRange(chronicle.TradeOffs(actor));
            results.AddRange(chronicle.RoleOf(actor, day));
            results.AddRange(chronicle.MembersOf(actor, day));
            results.AddRange(chronicle.ReactionsTo(actor, everyEvent, period));
            results.AddRange(chronicle.Tolerated(actor, period, new ToleranceOptions { Window = Period.FromDays(30) }));
            foreach (var other in actors)
            {
                results.Add(chronicle.SanctionsStance(actor, other, day));
                results.AddRange(chronicle.ArmsFlows(actor, other, period));
                if (actor != other)
                {
                    results.Add(chronicle.Divergence(actor, other, period));
                }
            }
        }

        foreach (var state in states)
        {
            foreach (var other in states)
            {
                results.AddRange(chronicle.Contacts(state, other, period));
            }
        }

        return results;
    }

    private static IEnumerable<DiplomaticEvent> EvidenceOf(IEnumerable<QueryResult> results) =>
        results.SelectMany(r => r.Evidence.Concat(r switch
        {
            SanctionsStance s => s.Actions,
            ArmsRoute a => a.Transfers,
            Reaction r2 => r2.RespondsTo.Append(r2.Statement),
            ToleratedAct t => t.Reactions.Append(t.Act),
            Divergence d => d.Verbal.Concat(d.Material).Select(s => s.Event),
            PersonalChannel p => p.Meetings.Select(m => m.Meeting),
            _ => [],
        }));

    [Fact]
    public void Every_evidence_event_belongs_to_the_chronicle_queried()
    {
        var questions = from day in Days from period in Periods from viewKind in Gen.Choose(0, 2) select (day, period, viewKind);
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            questions.ToArbitrary(),
            (chronicle, question) =>
            {
                var (day, period, viewKind) = question;
                var view = viewKind switch { 1 => chronicle.AsOf(day), 2 => chronicle.AsKnownAt(day), _ => chronicle };
                return EvidenceOf(AskEverything(view, day, period)).All(e => view.ContainsEvent(e.Id) && Equals(view.GetEvent(e.Id), e));
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void A_query_as_known_at_a_day_never_cites_an_event_published_later()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            Days.ToArbitrary(),
            Periods.ToArbitrary(),
            (chronicle, day, period) =>
                EvidenceOf(AskEverything(chronicle.AsKnownAt(day), day, period)).All(e => e.FirstKnown <= day));
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void On_the_article_every_answer_as_known_at_a_day_rests_on_what_was_published_by_then()
    {
        var article = ArticleFixture.Build();
        var days = Gen.Choose(0, 3 * 365).Select(d => new LocalDate(2022, 1, 1).PlusDays(d));
        var property = Prop.ForAll(
            days.ToArbitrary(),
            day =>
            {
                var view = article.AsKnownAt(day);
                ActorId[] actors = [ArticleFixture.Russia, ArticleFixture.Serbia, ArticleFixture.Ukraine, ArticleFixture.UnitedStates, ArticleFixture.Vulin, ArticleFixture.Csto];
                var evidence = EvidenceOf(AskEverything(view, day, null, actors)).ToArray();
                return evidence.All(e => e.FirstKnown <= day && view.ContainsEvent(e.Id));
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Arms_reaching_a_state_are_those_reaching_it_or_one_of_its_official_bodies()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            Periods.ToArbitrary(),
            (chronicle, period) =>
            {
                string Key(ArmsRoute r) => string.Join(">", r.Actors) + "|" + string.Join(",", r.Transfers.Select(t => t.Id));
                foreach (var state in chronicle.Actors.OfType<State>().Select(s => s.Id))
                {
                    ActorId[] endUsers = [state, .. chronicle.Actors.OfType<Organization>().Where(o => o.HomeState == state && Affiliation.IsOfficial(o)).Select(o => o.Id)];
                    foreach (var origin in chronicle.Actors.Take(6).Select(a => a.Id))
                    {
                        var whole = chronicle.ArmsFlows(origin, state, period).Select(Key).Order(StringComparer.Ordinal);
                        var parts = endUsers.SelectMany(e => chronicle.ArmsFlows(origin, e, period).Where(r => r.Actors[^1] == e)).Select(Key).Order(StringComparer.Ordinal);
                        if (!whole.SequenceEqual(parts))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void An_act_is_no_longer_tolerated_once_its_doer_goes_to_war_with_the_actor_within_its_window()
    {
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(30).ToArbitrary(),
            chronicle =>
            {
                foreach (var actor in chronicle.Actors.Take(6).Select(a => a.Id))
                {
                    foreach (var tolerated in chronicle.Tolerated(actor))
                    {
                        var doer = tolerated.Doer;
                        var enmity = chronicle.EventsOf<RelationshipChange>().Any(c =>
                            c.Relationship is RelationshipKind.War or RelationshipKind.Conflict
                            && ((c.Actor == actor && c.Partner == doer) || (c.Actor == doer && c.Partner == actor)));
                        if (enmity)
                        {
                            continue; // a war of their own already: adding one may not open a spell
                        }

                        var war = new RelationshipChange("war-added-by-the-property", tolerated.Act.When.Latest, tolerated.Act.Citations, doer, actor, RelationshipKind.War, RelationshipChangeKind.Formed);
                        // The act may still be listed for another of its doers (a meeting aiding the new enemy).
                        if (chronicle.With(war).Tolerated(actor).Any(t => t.Act.Id == tolerated.Act.Id && t.Doer == doer))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        Check.QuickThrowOnFailure(property);
    }

    private static readonly Gen<TimelineFilter> Filters =
        from actorPick in Gen.Choose(-1, 8)
        from counterpartPick in Gen.Choose(-1, 8)
        from kinds in Gen.Elements(Enum.GetValues<EventKind>()).Between(0, 3)
        from quad in Gen.OneOf(Gen.Constant<QuadClass?>(null), Gen.Elements(Enum.GetValues<QuadClass>()).Select(q => (QuadClass?)q))
        from period in Periods
        from switches in Gen.Choose(0, 3)
        select new TimelineFilter
        {
            IncludeAffiliated = (switches & 1) != 0,
            ActsBetween = (switches & 2) != 0,
            Kinds = kinds,
            QuadClass = quad,
            Period = period,
            // Placeholders resolved against the chronicle's actors in the property.
            Actor = actorPick < 0 ? null : (ActorId?)new ActorId("pick" + actorPick),
            Counterpart = counterpartPick < 0 ? null : (ActorId?)new ActorId("pick" + counterpartPick),
        };

    private static bool Throws(Action ask)
    {
        try
        {
            ask();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static TimelineFilter Resolve(TimelineFilter filter, Chronicle chronicle)
    {
        ActorId? Pick(ActorId? placeholder) =>
            placeholder is { } p && chronicle.Actors.Count > 0 ? chronicle.Actors[int.Parse(p.Value[4..], System.Globalization.CultureInfo.InvariantCulture) % chronicle.Actors.Count].Id : (ActorId?)null;
        return filter with { Actor = Pick(filter.Actor), Counterpart = Pick(filter.Counterpart) };
    }

    [Fact]
    public void Timeline_is_sorted_and_equals_a_plain_filter_over_all_events()
    {
        var views = from viewKind in Gen.Choose(0, 2) from day in Days select (viewKind, day);
        var property = Prop.ForAll(
            ModelGenerators.Chronicles(40).ToArbitrary(),
            Filters.ToArbitrary(),
            views.ToArbitrary(),
            (chronicle, raw, viewAt) =>
            {
                var (viewKind, day) = viewAt;
                var view = viewKind switch { 1 => chronicle.AsOf(day), 2 => chronicle.AsKnownAt(day), _ => chronicle };
                var filter = Resolve(raw, chronicle);
                if (filter.ActsBetween && (filter.Actor is null || filter.Counterpart is null))
                {
                    // Acts between two sides need both: refused, not read as some other filter.
                    return Throws(() => view.Timeline(filter));
                }

                // Who counts for a side is the chronicle's to say: with IncludeAffiliated, the oracle is Matches with the
                // view (the property then checks that the index plan misses nothing); without it, the ids themselves.
                bool Pair(DiplomaticEvent e) => filter.IncludeAffiliated
                    ? filter.Matches(e, view)
                    : filter.ActsBetween && filter.Actor is { } a && filter.Counterpart is { } c
                        ? EventCatalog.Acts(e).Directed.Any(d => (d.Source == a && d.Target == c) || (d.Source == c && d.Target == a))
                        : (filter.Actor is not { } x || e.Actors.Contains(x)) && (filter.Counterpart is not { } y || e.Actors.Contains(y));
                var expected = view.Events.Where(e =>
                    Pair(e)
                    && (filter.Kinds.Count == 0 || filter.Kinds.Contains(e.Kind))
                    && (filter.QuadClass is not { } q || e.Coding.QuadClass == q)
                    && (filter.Period is not { } p || (e.When.Earliest <= p.End && e.When.Latest >= p.Start)));
                var timeline = view.Timeline(filter);
                var sorted = timeline.Zip(timeline.Skip(1)).All(pair =>
                    pair.First.When.CompareTo(pair.Second.When) < 0 || (pair.First.When == pair.Second.When && pair.First.Id.CompareTo(pair.Second.Id) < 0));
                return sorted && timeline.SequenceEqual(expected);
            });
        Check.QuickThrowOnFailure(property);
    }
}
