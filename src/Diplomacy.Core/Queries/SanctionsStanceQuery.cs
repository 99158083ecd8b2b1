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
        var own = OwnStance(chronicle, imposer, target, at);
        return options?.IncludeBlocs == true ? WithBlocs(chronicle, own) : own;
    }

    private static SanctionsStance OwnStance(Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at)
    {
        var actions = PositionSpellsQuery.SanctionsSteps(chronicle, imposer, target, QueryReads.UpTo(at));
        var possibly = SanctionsReplay.Spells(imposer, target, actions).LastOrDefault();
        var otherOrder = SanctionsReplay.Spells(imposer, target, actions, otherReading: true).LastOrDefault();
        var certainly = SanctionsReplay.Spells(imposer, target, actions.Where(a => a.When.Latest <= at)).LastOrDefault();
        var certain = Same(possibly, certainly) && Same(possibly, otherOrder);
        return new SanctionsStance(imposer, target, at, possibly?.Posture ?? SanctionsPosture.None)
        {
            Since = possibly?.Since,
            Measures = possibly?.Measures ?? [],
            Actions = actions,
            Certainty = certain ? Certainty.Certain : Certainty.Possible,
            Evidence = actions,
        };
    }

    /// <summary>
    /// Adds to a member's own stance the measures of every bloc it belongs to (not suspended) on the day; the bloc's
    /// steps and the membership changes join the evidence, and a membership or bloc stance that is only possible
    /// makes the whole answer possible.
    /// </summary>
    private static SanctionsStance WithBlocs(Chronicle chronicle, SanctionsStance own)
    {
        var blocs = chronicle.Involving<MembershipChange>(EventKind.MembershipChange, own.Imposer, QueryReads.UpTo(own.At))
            .Where(c => c.Member == own.Imposer)
            .Select(c => c.Organization)
            .Distinct()
            .Order();
        var result = own;
        foreach (var bloc in blocs)
        {
            if (MembersOfQuery.MembersOf(chronicle, bloc, own.At).FirstOrDefault(m => m.Member == own.Imposer) is not { IsSuspended: false } member)
            {
                continue;
            }

            var stance = OwnStance(chronicle, bloc, own.Target, own.At);
            if (stance.Posture != SanctionsPosture.Imposing)
            {
                continue;
            }

            var bound = result.Posture == SanctionsPosture.Imposing;
            result = result with
            {
                Posture = SanctionsPosture.Imposing,
                Since = bound ? result.Since : Later(stance.Since, member.Since),
                Measures = [.. result.Measures.Concat(stance.Measures).Distinct(StringComparer.Ordinal)],
                Actions = [.. result.Actions.Concat(stance.Actions).OrderBy(a => a, TimelineComparer.Instance)],
                BoundBy = [.. result.BoundBy, bloc],
                Certainty = result.Certainty == Certainty.Certain && stance.Certainty == Certainty.Certain && member.Certainty == Certainty.Certain
                    ? Certainty.Certain
                    : Certainty.Possible,
                Evidence = [.. result.Evidence.Concat(stance.Evidence).Concat(member.Evidence).Distinct().InTimelineOrder()],
            };
        }

        return result;
    }

    /// <summary>Whether two readings give the same posture and the same measures (in whatever order).</summary>
    private static bool Same(SanctionsSpell? a, SanctionsSpell? b) =>
        a?.Posture == b?.Posture && (a?.Measures ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(b?.Measures ?? []);

    private static FuzzyDate? Later(FuzzyDate? a, FuzzyDate? b) =>
        a is null ? b : b is null ? a : b.Value.Earliest > a.Value.Earliest ? b : a;
}
