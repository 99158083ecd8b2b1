using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.SanctionsStance(Chronicle, ActorId, ActorId, LocalDate, SanctionsStanceOptions)"/>.</summary>
internal static class SanctionsStanceQuery
{
    public static SanctionsStance SanctionsStance(Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at, SanctionsStanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(imposer, nameof(imposer));
        QueryReads.CheckActor(target, nameof(target));
        var own = Replayed.Of(chronicle, imposer, target, at);
        var stance = options?.IncludeBlocs == true ? WithBlocs(chronicle, own, at) : own.Stance(at);
        return stance with { Certainty = chronicle.WithinHorizon(stance.Certainty, at) };
    }

    /// <summary>
    /// Adds to a member's own stance the measures of every bloc it belongs to (not suspended) on the day; the bloc's
    /// steps and the membership changes join the evidence. <c>Since</c> is the first day of the unbroken run of days up
    /// to the day asked about on which the member imposed or a bloc with measures in force bound it (a bloc it has since left, too).
    /// The answer is possible when a membership or a bloc's stance is only possible, or when a reading of the member's
    /// own steps would change the measures once the blocs' measures are added.
    /// </summary>
    private static SanctionsStance WithBlocs(Chronicle chronicle, Replayed own, LocalDate at)
    {
        var imposer = own.Imposer;
        var blocs = chronicle.Involving<MembershipChange>(EventKind.MembershipChange, imposer, QueryReads.UpTo(at))
            .Where(c => c.Member == imposer)
            .Select(c => c.Organization)
            .Distinct()
            .Order();
        var result = own.Stance(at);
        var imposing = Imposing(own.Spells).ToList();
        var blocMeasures = new List<string>();
        var settled = true;
        foreach (var bloc in blocs)
        {
            var replayed = Replayed.Of(chronicle, bloc, own.Target, at);
            var changes = PositionSpellsQuery.MembershipChanges(chronicle, bloc, QueryReads.UpTo(at)).Where(c => c.Member == imposer);
            var memberships = MembershipReplay.Spells(imposer, bloc, changes).Where(m => !m.IsSuspended).ToArray();
            imposing.AddRange(
                from spell in InForce(replayed.Spells)
                from membership in memberships
                let span = Overlap(spell, (membership.Since, membership.Until))
                where span is not null
                select span.Value);
            var stance = replayed.Stance(at);
            if (!(stance.Posture == SanctionsPosture.Imposing || stance.Measures.Count > 0)
                || MembersOfQuery.MembersOf(chronicle, bloc, at).FirstOrDefault(m => m.Member == imposer) is not { IsSuspended: false } member)
            {
                continue;
            }

            blocMeasures.AddRange(stance.Measures);
            settled &= stance.Certainty == Certainty.Certain && member.Certainty == Certainty.Certain;
            result = result with
            {
                Posture = SanctionsPosture.Imposing,
                Measures = [.. result.Measures.Concat(stance.Measures).Distinct(StringComparer.Ordinal)],
                Actions = [.. result.Actions.Concat(stance.Actions).OrderBy(a => a, TimelineComparer.Instance)],
                BoundBy = [.. result.BoundBy, bloc],
                Evidence = [.. result.Evidence.Concat(stance.Evidence).Concat(member.Evidence).Distinct().InTimelineOrder()],
            };
        }

        if (result.BoundBy.Count == 0)
        {
            return result;
        }

        var given = result.Measures.ToHashSet(StringComparer.Ordinal);
        settled &= own.Readings.All(r => given.SetEquals((r?.Measures ?? []).Concat(blocMeasures)));
        return result with
        {
            Since = RunStart(imposing),
            Certainty = settled ? Certainty.Certain : Certainty.Possible,
        };
    }

    /// <summary>The own steps of one imposer toward one target by a day, replayed in each reading.</summary>
    private sealed record Replayed(ActorId Imposer, ActorId Target, SanctionsAction[] Actions, List<SanctionsSpell> Spells, SanctionsSpell? OtherOrder, SanctionsSpell? Certainly)
    {
        /// <summary>The current spell with every step that may have been taken by the day taken: the answer given.</summary>
        public SanctionsSpell? Possibly => Spells.LastOrDefault();

        /// <summary>The current spell in every reading: every possible step taken, the other order, only certain steps.</summary>
        public IEnumerable<SanctionsSpell?> Readings => [Possibly, OtherOrder, Certainly];

        public static Replayed Of(Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at)
        {
            // Every step is replayed in the spells' order up to the first that cannot have been taken by the day, so
            // that a step the order puts after a later one (an extension that makes sense only once something is
            // imposed) does not count before it.
            var all = PositionSpellsQuery.SanctionsSteps(chronicle, imposer, target, null);
            var actions = all.Where(a => a.When.Earliest <= at).ToArray();
            return new Replayed(
                imposer,
                target,
                actions,
                SanctionsReplay.Spells(imposer, target, all, until: at),
                SanctionsReplay.Spells(imposer, target, all, otherReading: true, until: at).LastOrDefault(),
                SanctionsReplay.Spells(imposer, target, actions.Where(a => a.When.Latest <= at)).LastOrDefault());
        }

        public SanctionsStance Stance(LocalDate at) =>
            new(Imposer, Target, at, Possibly?.Posture ?? SanctionsPosture.None)
            {
                Since = Possibly?.Since,
                Measures = Possibly?.Measures ?? [],
                Actions = Actions,
                Certainty = Same(Possibly, Certainly) && Same(Possibly, OtherOrder) ? Certainty.Certain : Certainty.Possible,
                Evidence = Actions,
            };
    }

    private static IEnumerable<(FuzzyDate Since, FuzzyDate? Until)> Imposing(IEnumerable<SanctionsSpell> spells) =>
        spells.Where(s => s.Posture == SanctionsPosture.Imposing).Select(s => (s.Since, s.Until));

    /// <summary>A bloc's spells in which it kept measures in force: imposing, or refusing or delaying more with earlier measures still in force.</summary>
    private static IEnumerable<(FuzzyDate Since, FuzzyDate? Until)> InForce(IEnumerable<SanctionsSpell> spells) =>
        spells.Where(s => s.InForce).Select(s => (s.Since, s.Until));

    /// <summary>The days two spans share, from the later start to the earlier end (null: still open); null when they share none.</summary>
    private static (FuzzyDate Since, FuzzyDate? Until)? Overlap((FuzzyDate Since, FuzzyDate? Until) a, (FuzzyDate Since, FuzzyDate? Until) b)
    {
        var since = b.Since.Earliest > a.Since.Earliest ? b.Since : a.Since;
        var until = a.Until is null ? b.Until : b.Until is null ? a.Until : b.Until.Value.Earliest < a.Until.Value.Earliest ? b.Until : a.Until;
        return until is { } u && u.Earliest <= since.Earliest ? null : (since, until);
    }

    /// <summary>
    /// The start of the unbroken run of spans that reaches the day asked about: the earliest start of the spans still
    /// open, extended back through every span that ends on or after the run's start (by earliest days).
    /// </summary>
    private static FuzzyDate? RunStart(List<(FuzzyDate Since, FuzzyDate? Until)> spans)
    {
        FuzzyDate? start = null;
        foreach (var (since, _) in spans.Where(s => s.Until is null))
        {
            start = start is { } s && s.Earliest <= since.Earliest ? s : since;
        }

        foreach (var (since, until) in spans.Where(s => s.Until is not null).OrderByDescending(s => s.Since.Earliest))
        {
            if (start is { } s && since.Earliest < s.Earliest && until!.Value.Earliest >= s.Earliest)
            {
                start = since;
            }
        }

        return start;
    }

    /// <summary>Whether two readings give the same posture and the same measures (in whatever order).</summary>
    private static bool Same(SanctionsSpell? a, SanctionsSpell? b) =>
        a?.Posture == b?.Posture && (a?.Measures ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(b?.Measures ?? []);
}
