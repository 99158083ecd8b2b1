using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.RoleOf"/>.</summary>
internal static class RoleOfQuery
{
    public static IReadOnlyList<OfficeHeld> RoleOf(Chronicle chronicle, ActorId person, LocalDate at)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        QueryReads.CheckActor(person, nameof(person));
        return OfficeRecord.HeldOn(chronicle, person, OfficeRecord.SpellsOf(chronicle, person), at);
    }
}
