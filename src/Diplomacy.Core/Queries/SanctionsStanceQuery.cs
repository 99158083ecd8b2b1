using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.SanctionsStance"/>.</summary>
internal static class SanctionsStanceQuery
{
    public static SanctionsStance SanctionsStance(Chronicle chronicle, ActorId imposer, ActorId target, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(imposer, nameof(imposer));
        QueryReads.CheckActor(target, nameof(target));
        var actions = PositionSpellsQuery.SanctionsSteps(chronicle, imposer, target, QueryReads.UpTo(at));
        var possibly = SanctionsReplay.Spells(imposer, target, actions).LastOrDefault();
        var certainly = SanctionsReplay.Spells(imposer, target, actions.Where(a => a.When.Latest <= at)).LastOrDefault();
        var certain = possibly?.Posture == certainly?.Posture
            && (possibly?.Measures ?? []).SequenceEqual(certainly?.Measures ?? [], StringComparer.Ordinal);
        return new SanctionsStance(imposer, target, at, possibly?.Posture ?? SanctionsPosture.None)
        {
            Since = possibly?.Since,
            Measures = possibly?.Measures ?? [],
            Actions = actions,
            Certainty = certain ? Certainty.Certain : Certainty.Possible,
            Evidence = actions,
        };
    }
}
