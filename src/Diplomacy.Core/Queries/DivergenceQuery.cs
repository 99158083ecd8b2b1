using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.Divergence"/>.</summary>
internal static class DivergenceQuery
{
    public static Divergence Divergence(Chronicle chronicle, ActorId actor, ActorId toward, DateInterval? period = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(actor, nameof(actor));
        QueryReads.CheckActor(toward, nameof(toward));
        QueryReads.CheckTwoSides(actor, toward, nameof(toward), "Divergence (an actor's words and deeds toward another)");
        var from = Affiliation.Of(chronicle, actor);
        var to = Affiliation.Of(chronicle, toward);
        var enemies = Enemies.Of(chronicle, toward);
        var verbal = new List<ScoredEvent>();
        var material = new List<ScoredEvent>();
        var evidence = new List<DiplomaticEvent>();
        var candidates = chronicle.Index.Events(Candidates(chronicle.Index, from, to), period);
        foreach (var e in candidates)
        {
            var scored = e is ArmsTransfer transfer
                ? ScoreTransfer(chronicle, transfer, from, to, enemies, evidence)
                : Score(e, from, to);
            if (scored is not null)
            {
                (scored.QuadClass.IsVerbal() ? verbal : material).Add(scored);
                evidence.Add(e);

                // The office changes through which the doer and the target counted for the two sides.
                var (sources, _, targets) = EventCatalog.Acts(e);
                evidence.AddRange(sources.SelectMany(a => from.Basis(a, e.When)).Concat(targets.SelectMany(t => to.Basis(t, e.When))));
            }
        }

        return new Divergence(actor, toward)
        {
            Verbal = verbal,
            Material = material,
            Evidence = evidence.Distinct().InTimelineOrder(),
        };
    }

    /// <summary>
    /// Where the events that may count are: under the pairs of the two sides' members plus the arms transfers of the
    /// actor's side, when there are fewer such pairs than events involving the actor's side; else under the actor's
    /// side's members.
    /// </summary>
    private static IEnumerable<EventKey> Candidates(IEventIndex index, Affiliation from, Affiliation to)
    {
        var fromMembers = from.Members.ToArray();
        var toMembers = to.Members.ToArray();
        var scanned = fromMembers.Sum(m => index.Count(EventKey.Involving(m)));
        if ((long)fromMembers.Length * toMembers.Length >= scanned)
        {
            return fromMembers.Select(m => EventKey.Involving(m));
        }

        return fromMembers
            .SelectMany(a => toMembers.Where(t => t != a).Select(t => EventKey.Between(a, t)))
            .Concat(fromMembers.Select(a => EventKey.Involving(a, EventKind.ArmsTransfer)));
    }

    private static ScoredEvent? Score(DiplomaticEvent e, Affiliation from, Affiliation to)
    {
        if (e.Coding.Goldstein is not { } goldstein)
        {
            return null;
        }

        var (sources, _, targets) = EventCatalog.Acts(e);
        var acting = sources.Where(s => from.Includes(s, e.When) is not null).ToArray();
        var aimedAt = targets.Where(t => !acting.Contains(t)).Select(t => to.Includes(t, e.When)).Where(c => c is not null).ToArray();
        if (acting.Length == 0 || aimedAt.Length == 0)
        {
            return null;
        }

        var quad = e is SanctionsAction { Action: SanctionsActionKind.Refuse } ? QuadClass.VerbalCooperation : e.Coding.QuadClass;
        var certain = acting.Any(s => from.Includes(s, e.When) == Certainty.Certain) && aimedAt.Contains(Certainty.Certain);
        return new ScoredEvent(e, quad, goldstein) { Certainty = certain ? Certainty.Certain : Certainty.Possible };
    }

    private static ScoredEvent? ScoreTransfer(Chronicle chronicle, ArmsTransfer transfer, Affiliation from, Affiliation to, Enemies enemies, List<DiplomaticEvent> evidence)
    {
        if (transfer.Coding.Goldstein is not { } goldstein)
        {
            return null;
        }

        // A transfer is its supplier's act (EventCatalog's rule): a recipient or intermediary on the actor's side that
        // passes the goods on does not supply them; a transfer that continues this one is its supplier's own.
        var route = transfer.Route;
        const int at = 0;
        if (route.Count == 1 || from.Includes(route[at], transfer.When) is not { } supplying)
        {
            return null;
        }

        // Each recipient after the supplier, with the chain that carried the goods to it.
        var onward = ArmsChains.From(chronicle, transfer)
            .SelectMany(chain => chain.Route.Skip(chain.Route.IndexWhere(a => a == route[at]) + 1).Select(recipient => (Recipient: recipient, Chain: chain)))
            .DistinctBy(o => o.Recipient)
            .ToArray();
        foreach (var (recipient, chain) in onward)
        {
            if (from.Includes(recipient, transfer.When) is not null || enemies.Receiving(recipient) is not { } enemy)
            {
                continue; // the actor's own side passing arms on is not arming an enemy, even when the enemy is the actor
            }

            var (certainty, enmity) = enemies.During(enemy, transfer.When);
            if (certainty is not null)
            {
                evidence.AddRange(enmity);
                evidence.AddRange(Carrying(chain, recipient));
                return new ScoredEvent(transfer, QuadClass.MaterialConflict, -Math.Abs(goldstein))
                {
                    Enemy = enemy,
                    Certainty = supplying == Certainty.Certain && certainty == Certainty.Certain ? Certainty.Certain : Certainty.Possible,
                };
            }
        }

        // The other side reached: the answer rests on the surest reach, and the fewest onward transfers to it.
        var reached = onward
            .Select(o => (o.Recipient, o.Chain, Certainty: to.Includes(o.Recipient, transfer.When)))
            .Where(r => r.Certainty is not null)
            .OrderBy(r => r.Certainty == Certainty.Certain ? 0 : 1)
            .ThenBy(r => Carrying(r.Chain, r.Recipient).Count())
            .ToArray();
        if (reached.Length == 0)
        {
            return null;
        }

        var (reachedRecipient, reachedChain, reachedCertainty) = reached[0];
        evidence.AddRange(Carrying(reachedChain, reachedRecipient));
        return new ScoredEvent(transfer, transfer.Coding.QuadClass, goldstein)
        {
            Certainty = supplying == Certainty.Certain && reachedCertainty == Certainty.Certain ? Certainty.Certain : Certainty.Possible,
        };
    }

    /// <summary>
    /// The transfers after a chain's first that carried the goods on to <paramref name="recipient"/>: none when the
    /// first transfer's own route reaches it, else each continuation up to the first whose route does.
    /// </summary>
    private static IEnumerable<ArmsTransfer> Carrying(ArmsChain chain, ActorId recipient)
    {
        if (chain.Transfers[0].Route.Contains(recipient))
        {
            yield break;
        }

        foreach (var onward in chain.Transfers.Skip(1))
        {
            yield return onward;
            if (onward.Route.Skip(1).Contains(recipient))
            {
                yield break;
            }
        }
    }
}
