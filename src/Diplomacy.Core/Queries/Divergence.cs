using NodaTime;

namespace Diplomacy;

/// <summary>
/// Declared versus revealed position: how warm an actor's words toward another were, how warm its deeds, and the gap.
/// </summary>
/// <param name="Actor">Whose position.</param>
/// <param name="Toward">Toward whom.</param>
public sealed record Divergence(ActorId Actor, ActorId Toward) : QueryResult
{
    private readonly IReadOnlyList<ScoredEvent> _verbal = ValueList<ScoredEvent>.Empty;
    private readonly IReadOnlyList<ScoredEvent> _material = ValueList<ScoredEvent>.Empty;

    /// <summary>The verbal events (statements, refusals to sanction, praise, meetings), in timeline order; never null.</summary>
    public IReadOnlyList<ScoredEvent> Verbal
    {
        get => _verbal;
        init => _verbal = ValueList<ScoredEvent>.From(value, nameof(Verbal));
    }

    /// <summary>The material events (transfers, sanctions, aid, arms to enemies), in timeline order; never null.</summary>
    public IReadOnlyList<ScoredEvent> Material
    {
        get => _material;
        init => _material = ValueList<ScoredEvent>.From(value, nameof(Material));
    }

    /// <summary>The mean Goldstein score of the verbal events; null when there are none.</summary>
    public double? VerbalScore => Mean(_verbal);

    /// <summary>The mean Goldstein score of the material events; null when there are none.</summary>
    public double? MaterialScore => Mean(_material);

    /// <summary>Words minus deeds: positive when the words are warmer than the deeds; null unless both scores exist.</summary>
    public double? Gap => VerbalScore - MaterialScore;

    private static double? Mean(IReadOnlyList<ScoredEvent> events) => events.Count == 0 ? null : events.Average(e => e.Goldstein);
}

public static partial class ChronicleQueries
{
    /// <summary>
    /// Where <paramref name="actor"/>'s words and deeds toward <paramref name="toward"/> diverge: the mean Goldstein
    /// score of its verbal events toward it, that of its material events, and the gap, with the events behind each.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="actor">Whose words and deeds; its officials and bodies count for it as in <see cref="ReactionsTo"/>.</param>
    /// <param name="toward">Toward whom; its officials and bodies count as it.</param>
    /// <param name="period">Only events in this period; null for all.</param>
    /// <returns>The divergence; its evidence is every event scored, and the relationship changes that make arms recipients enemies.</returns>
    /// <remarks>
    /// <para>Events are read as acts from some actors toward others (a reaction from its speaker toward whom it is
    /// about, a sanctions step from imposer to target, a meeting between all its participants, and so on). An event
    /// counts when someone who counts for the actor acts and someone who counts for <paramref name="toward"/> is acted
    /// toward. Its quad class says whether it is verbal or material; its Goldstein score how warm. Events without a
    /// Goldstein score are left out.</para>
    /// <para>Two readings override the coding: a refusal to sanction counts as verbal cooperation (with its coding's
    /// score, +3.5 by default); and arms that reach an enemy of <paramref name="toward"/> (an actor at war or in open
    /// conflict with it at the time, per <see cref="RelationshipChange"/> events), along the transfer's route or a
    /// chain of transfers continuing it (see <see cref="ArmsFlows"/>), count as material conflict toward it, scored as
    /// the transfer's own Goldstein score made negative.</para>
    /// <para>Cost: for a actors counting for <paramref name="actor"/> and b for <paramref name="toward"/>, the smaller of
    /// O(a·b + Σ(log n + k)) over the pairs, for the k events between each pair plus the arms transfers of the a, and
    /// O(Σ(log n + k)) over the a, for the k events involving each; plus O(t log n) for following t transfers
    /// onward.</para>
    /// </remarks>
    /// <example><c>chronicle.Divergence("SRB", "RUS")</c>: warm words (refusing sanctions, praise, meetings), hostile deeds (shells for Ukraine).</example>
    public static Divergence Divergence(this Chronicle chronicle, ActorId actor, ActorId toward, DateInterval? period = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(actor, nameof(actor));
        QueryReads.CheckActor(toward, nameof(toward));
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
            }
        }

        return new Divergence(actor, toward)
        {
            Verbal = verbal,
            Material = material,
            Evidence = evidence.InTimelineOrder(),
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
        if (acting.Length == 0 || !targets.Any(t => !acting.Contains(t) && to.Includes(t, e.When) is not null))
        {
            return null;
        }

        var quad = e is SanctionsAction { Action: SanctionsActionKind.Refuse } ? QuadClass.VerbalCooperation : e.Coding.QuadClass;
        return new ScoredEvent(e, quad, goldstein);
    }

    private static ScoredEvent? ScoreTransfer(Chronicle chronicle, ArmsTransfer transfer, Affiliation from, Affiliation to, Enemies enemies, List<DiplomaticEvent> evidence)
    {
        if (transfer.Coding.Goldstein is not { } goldstein)
        {
            return null;
        }

        var route = transfer.Route;
        var at = route.IndexWhere(a => from.Includes(a, transfer.When) is not null);
        if (at < 0 || at == route.Count - 1)
        {
            return null;
        }

        var onward = ArmsChains.From(chronicle, transfer)
            .SelectMany(chain => chain.Route.Skip(chain.Route.IndexWhere(a => a == route[at]) + 1))
            .Distinct()
            .ToArray();
        foreach (var recipient in onward)
        {
            var (certainty, enmity) = enemies.During(recipient, transfer.When);
            if (certainty is not null)
            {
                evidence.AddRange(enmity);
                return new ScoredEvent(transfer, QuadClass.MaterialConflict, -Math.Abs(goldstein)) { Enemy = recipient };
            }
        }

        return onward.Any(r => to.Includes(r, transfer.When) is not null)
            ? new ScoredEvent(transfer, transfer.Coding.QuadClass, goldstein)
            : null;
    }
}
