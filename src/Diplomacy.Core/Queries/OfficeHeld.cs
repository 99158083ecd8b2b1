using NodaTime;

namespace Diplomacy;

/// <summary>An office a person held on a day, derived from <see cref="OfficeChange"/> events.</summary>
/// <param name="Person">Who.</param>
/// <param name="Office">The office's title, as the change events give it.</param>
public sealed record OfficeHeld(ActorId Person, string Office) : QueryResult
{
    /// <summary>The body the office belongs to, if the change events name one.</summary>
    public ActorId? Body { get; init; }

    /// <summary>When the spell in office began (appointment or reinstatement); null when the chronicle shows only its end.</summary>
    public FuzzyDate? Since { get; init; }

    /// <summary>When it ended (removal or resignation), if the chronicle records that, even after the day asked about.</summary>
    public FuzzyDate? Until { get; init; }

    /// <summary>
    /// <see cref="Certainty.Possible"/> when the start or end is dated so that the office may or may not have been held
    /// on the day, or on a view asked about a day after its cut-off.
    /// </summary>
    public Certainty Certainty { get; init; }
}
