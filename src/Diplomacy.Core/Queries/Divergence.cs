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

    /// <summary>
    /// <see cref="Diplomacy.Certainty.Possible"/> when any of the <see cref="Verbal"/> or <see cref="Material"/> events
    /// is (it may not count as read, so the scores may differ); <see cref="Diplomacy.Certainty.Certain"/> otherwise.
    /// </summary>
    public Certainty Certainty => _verbal.Concat(_material).Any(e => e.Certainty == Certainty.Possible) ? Certainty.Possible : Certainty.Certain;

    private static double? Mean(IReadOnlyList<ScoredEvent> events) => events.Count == 0 ? null : events.Average(e => e.Goldstein);
}
