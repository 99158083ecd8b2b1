using NodaTime;

namespace Diplomacy;

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
