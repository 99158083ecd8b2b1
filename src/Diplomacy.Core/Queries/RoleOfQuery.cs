using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.RoleOf"/>.</summary>
internal static class RoleOfQuery
{
    public static IReadOnlyList<OfficeHeld> RoleOf(Chronicle chronicle, ActorId person, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(person, nameof(person));
        var day = Days.Of(at);
        return OfficeRecord.Held(
            person,
            OfficeRecord.SpellsOf(chronicle, person).Where(s => s.PossiblyDuring(day, day)),
            s => chronicle.WithinHorizon(Spells.Covers([s], day, day) ? Certainty.Certain : Certainty.Possible, at));
    }
}
