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

    /// <summary><see cref="Certainty.Possible"/> when the start or end is dated so that the office may or may not have been held on the day.</summary>
    public Certainty Certainty { get; init; }
}

public static partial class ChronicleQueries
{
    /// <summary>
    /// The offices <paramref name="person"/> held on <paramref name="at"/>: each spell from an appointment or
    /// reinstatement to the next removal or resignation of the same office (same title) that may include that day.
    /// A change takes effect on its day.
    /// </summary>
    /// <param name="chronicle">The chronicle to ask.</param>
    /// <param name="person">Whose offices.</param>
    /// <param name="at">The day.</param>
    /// <returns>
    /// The offices, ordered by start, each with its start and end changes as evidence; empty when the person held
    /// none, or when the chronicle records none.
    /// </returns>
    /// <remarks>Cost: O(log n + k) for the k office changes involving the person.</remarks>
    /// <example><c>chronicle.RoleOf("aleksandar-vulin", new LocalDate(2024, 1, 15))</c>: empty (a private citizen then).</example>
    public static IReadOnlyList<OfficeHeld> RoleOf(this Chronicle chronicle, ActorId person, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(person, nameof(person));
        var day = Days.Of(at);
        return OfficeRecord.Held(
            person,
            OfficeRecord.SpellsOf(chronicle, person).Where(s => s.PossiblyDuring(day, day)),
            s => Spells.Covers([s], day, day) ? Certainty.Certain : Certainty.Possible);
    }
}
