using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.Tolerated"/>.</summary>
internal static class ToleratedQuery
{
    public static IReadOnlyList<ToleratedAct> Tolerated(Chronicle chronicle, ActorId actor, DateInterval? period = null, ToleranceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(actor, nameof(actor));
        options ??= ToleranceOptions.Default;
        var affiliation = Affiliation.Of(chronicle, actor);
        var enemies = Enemies.Of(chronicle, actor);
        var acts = HostileActs(chronicle, actor, affiliation, enemies, period);
        if (acts.Count == 0)
        {
            return [];
        }

        var windows = acts.ToDictionary(a => a.Act.Id, a => WindowEnd(a.Act, options.Window));
        var overall = new DateInterval(acts.Min(a => a.Act.When.Earliest), windows.Values.Max());
        var reactions = ReactionsToQuery.ReactionsBy(chronicle, affiliation, overall).Where(r => affiliation.Includes(r.Speaker, r.When) is not null).ToArray();
        var conflicts = ConflictsBy(chronicle, affiliation, overall);
        var graph = new ResponseGraph(chronicle);
        var doers = new Dictionary<ActorId, Affiliation>();
        var sides = new Dictionary<ActorId, Affiliation>();
        var horizon = chronicle.Horizon();
        var tolerated = new List<ToleratedAct>();
        foreach (var hostile in acts)
        {
            var act = hostile.Act;
            var windowEnd = windows[act.Id];
            var atWar = AtWar(chronicle, enemies, sides, hostile.Doer, act, windowEnd);
            if (atWar == Certainty.Certain)
            {
                continue; // the war, not silence, is the actor's answer
            }

            // The doer's side: the state that answers for it when it is an official body (per Affiliation.Answerable).
            if (!doers.TryGetValue(hostile.Doer, out var doer))
            {
                doers.Add(hostile.Doer, doer = Affiliation.Of(chronicle, Affiliation.Answerable(chronicle, hostile.Doer)));
            }

            var inWindow = reactions.Where(r => r.When.Earliest <= windowEnd && r.When.Latest >= act.When.Earliest).ToArray();
            var answering = inWindow.Where(r => Answers(graph, r, act, affiliation, doer)).ToHashSet();
            var related = inWindow.Where(r => answering.Contains(r) || (r.About is { } about && doer.AlwaysIncludes(about))).ToArray();
            var ranked = Rank(related, answering);
            if (related.Any(r => r.Tone.IsHostile()) || Retaliated(conflicts, doer, act, windowEnd))
            {
                continue;
            }

            var possible = hostile.Certainty == Certainty.Possible || atWar is not null || (horizon is { } h && h < windowEnd);
            tolerated.Add(new ToleratedAct(act, hostile.Doer, hostile.Hostility)
            {
                Enemy = hostile.Enemy,
                StrongestReaction = ranked.FirstOrDefault()?.Reaction,
                StrongestReading = ranked.FirstOrDefault()?.Reading,
                Ranked = ranked,
                Reactions = related,
                WindowEnd = windowEnd,
                Certainty = possible ? Certainty.Possible : Certainty.Certain,
                Evidence = related.Concat<DiplomaticEvent>(hostile.Enmity).Append(act).InTimelineOrder(),
            });
        }

        return tolerated;
    }

    /// <summary>
    /// Whether the reaction answers the act: it reaches the act through what it responds to, and not only through the
    /// statements of speakers who count neither for the actor nor for the doer (criticising a third state for its
    /// comment on the act is not answering the doer).
    /// </summary>
    private static bool Answers(ResponseGraph graph, PublicReaction reaction, DiplomaticEvent act, Affiliation actor, Affiliation doer) =>
        graph.Reached(reaction).Contains(act.Id)
        && graph.ReachesDirectly(reaction, e => e.Id == act.Id, speaker => actor.MayInclude(speaker) || doer.MayInclude(speaker));

    /// <summary>
    /// The reactions with their readings, strongest answer first: a reaction that answers the act is a response (or,
    /// when silent, a silence); one related only by being about the doer is a reassurance (or, when silent, a
    /// silence). Ties go to the more hostile tone, then to timeline order.
    /// </summary>
    private static RankedReaction[] Rank(PublicReaction[] related, HashSet<PublicReaction> answering) =>
        [.. related
            .Select(r => new RankedReaction(r, Read(r, answering.Contains(r))))
            .OrderBy(r => r.Reading)
            .ThenByDescending(r => r.Reaction.Tone)
            .ThenBy(r => r.Reaction, TimelineComparer.Instance)];

    private static ReactionReading Read(PublicReaction reaction, bool answersTheAct) => reaction.Tone switch
    {
        ReactionTone.Silent => ReactionReading.Silence,
        _ when answersTheAct => ReactionReading.Response,
        _ => ReactionReading.Reassurance,
    };

    private sealed record HostileAct(DiplomaticEvent Act, ActorId Doer, Hostility Hostility, ActorId? Enemy, Certainty Certainty, IReadOnlyList<RelationshipChange> Enmity);

    /// <summary>
    /// The acts hostile to the actor in the period, in timeline order, each once. A direct act counts when it is aimed
    /// at anyone who counts for the actor (its official bodies, nationals and office holders, as <see cref="Affiliation"/>
    /// says) and done by someone who does not; it is possible when its target may not have counted at the time. Arms
    /// and aid count when delivered to an enemy or one of its official bodies, by someone who is neither.
    /// </summary>
    private static List<HostileAct> HostileActs(Chronicle chronicle, ActorId actor, Affiliation affiliation, Enemies enemies, DateInterval? period)
    {
        var acts = new Dictionary<EventId, HostileAct>();
        bool IsOutsider(ActorId candidate, DiplomaticEvent e) => affiliation.Includes(candidate, e.When) is null;

        foreach (var e in chronicle.Index.Events(affiliation.Members.Select(m => EventKey.Involving(m)), period))
        {
            if (e.Coding.QuadClass != QuadClass.MaterialConflict)
            {
                continue;
            }

            var (from, _, to) = EventCatalog.Acts(e);
            var target = Strongest(to.Select(t => affiliation.Includes(t, e.When)));
            if (target is { } certainty && from.FirstOrDefault(f => IsOutsider(f, e)) is { IsDefault: false } doer)
            {
                acts.TryAdd(e.Id, new HostileAct(e, doer, Hostility.Direct, null, certainty, []));
            }
        }

        foreach (var (receiver, enemy) in enemies.Receivers)
        {
            foreach (var reaching in chronicle.Involving<ArmsTransfer>(EventKind.ArmsTransfer, receiver))
            {
                if (reaching.Route.IndexWhere(a => a == receiver) < 1)
                {
                    continue;
                }

                var seen = new HashSet<EventId>();
                for (ArmsTransfer? t = reaching; t is not null && seen.Add(t.Id); t = ArmsChains.Continued(chronicle, t))
                {
                    var (certainty, enmity) = enemies.During(enemy, t.When);
                    if (certainty is { } c && enemies.Receiving(t.Supplier) != enemy && IsOutsider(t.Supplier, t) && InPeriod(t, period))
                    {
                        acts.TryAdd(t.Id, new HostileAct(t, t.Supplier, Hostility.ArmingEnemy, enemy, c, enmity.ToArray()));
                    }
                }
            }

            foreach (var e in chronicle.EventsInvolving(receiver, period))
            {
                if (e is ArmsTransfer || e.Coding.QuadClass != QuadClass.MaterialCooperation)
                {
                    continue;
                }

                var (from, _, to) = EventCatalog.Acts(e);
                var (certainty, enmity) = enemies.During(enemy, e.When);
                if (certainty is { } c && to.Contains(receiver)
                    && from.FirstOrDefault(f => enemies.Receiving(f) != enemy && f != actor && IsOutsider(f, e)) is { IsDefault: false } doer)
                {
                    acts.TryAdd(e.Id, new HostileAct(e, doer, Hostility.AidingEnemy, enemy, c, enmity.ToArray()));
                }
            }
        }

        return acts.Values.OrderBy(a => a.Act, TimelineComparer.Instance).ToList();
    }

    /// <summary>
    /// Whether the doer, or an enemy it counts for (as <see cref="Affiliation"/> says), was at war or in open conflict
    /// with the actor on some day from the act's earliest possible day to the end of its window: then the war is the
    /// actor's answer, whether it was already under way or the act opened it or led to it. Null when not even possibly.
    /// </summary>
    private static Certainty? AtWar(Chronicle chronicle, Enemies enemies, Dictionary<ActorId, Affiliation> sides, ActorId doer, DiplomaticEvent act, LocalDate windowEnd) =>
        Strongest(enemies.All.Select(enemy =>
        {
            if (!sides.TryGetValue(enemy, out var side))
            {
                sides.Add(enemy, side = Affiliation.Of(chronicle, enemy));
            }

            return side.Includes(doer, act.When) is { } counts && enemies.Sometime(enemy, act.When.Earliest, windowEnd) is { } held
                ? (Certainty?)(counts == Certainty.Certain && held == Certainty.Certain ? Certainty.Certain : Certainty.Possible)
                : null;
        }));

    /// <summary>The surest of some certainties: certain when any is, possible when any is, else null.</summary>
    private static Certainty? Strongest(IEnumerable<Certainty?> certainties)
    {
        Certainty? strongest = null;
        foreach (var certainty in certainties)
        {
            if (certainty == Certainty.Certain)
            {
                return certainty;
            }

            strongest ??= certainty;
        }

        return strongest;
    }

    private static bool InPeriod(DiplomaticEvent e, DateInterval? period) =>
        period is null || (e.When.Earliest <= period.End && e.When.Latest >= period.Start);

    /// <summary>
    /// What anyone who counts for the actor (as <see cref="Affiliation"/> says) did in the period that is coded as
    /// verbal or material conflict, by whom it was aimed at.
    /// </summary>
    private static Dictionary<ActorId, List<DiplomaticEvent>> ConflictsBy(Chronicle chronicle, Affiliation actor, DateInterval period)
    {
        var byTarget = new Dictionary<ActorId, List<DiplomaticEvent>>();
        foreach (var e in chronicle.Index.Events(actor.Members.Select(m => EventKey.Involving(m)), period))
        {
            var (from, _, to) = EventCatalog.Acts(e);
            if (e.Coding.QuadClass is not (QuadClass.VerbalConflict or QuadClass.MaterialConflict) || !from.Any(f => actor.Includes(f, e.When) is not null))
            {
                continue;
            }

            foreach (var target in to.Distinct())
            {
                if (!byTarget.TryGetValue(target, out var list))
                {
                    byTarget.Add(target, list = []);
                }

                list.Add(e);
            }
        }

        return byTarget;
    }

    /// <summary>
    /// True when someone who counts for the actor did something coded as conflict toward the doer (or the doer's
    /// official bodies and nationals) in the act's window: a ministry's charges against a saboteur are the state's.
    /// </summary>
    private static bool Retaliated(Dictionary<ActorId, List<DiplomaticEvent>> conflicts, Affiliation doer, DiplomaticEvent act, LocalDate windowEnd) =>
        doer.Members.Where(doer.AlwaysIncludes).Any(member => conflicts.TryGetValue(member, out var done)
            && done.Any(e => e.Id != act.Id && e.When.Earliest <= windowEnd && e.When.Latest >= act.When.Earliest));

    private static LocalDate WindowEnd(DiplomaticEvent act, Period window)
    {
        var from = act.When.Latest > act.FirstKnown ? act.When.Latest : act.FirstKnown;
        return from > LocalDate.MaxIsoValue.Minus(window) ? LocalDate.MaxIsoValue : from.Plus(window);
    }
}
