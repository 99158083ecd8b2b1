using NodaTime;

namespace Diplomacy;

/// <summary>The query behind <see cref="ChronicleQueries.HoldersOf"/>.</summary>
internal static class HoldersOfQuery
{
    public static IReadOnlyList<OfficeHeld> HoldersOf(Chronicle chronicle, LocalDate at, string? office, ActorId? body)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        if (office is null && body is null)
        {
            throw new ArgumentException("Name an office, a body, or both: HoldersOf without either would list every office holder.", nameof(office));
        }

        if (office is not null && string.IsNullOrWhiteSpace(office))
        {
            throw new ArgumentException("The office is empty; pass null to ask about every office of the body.", nameof(office));
        }

        if (body is { } b)
        {
            QueryReads.CheckActor(b, nameof(body));
        }

        var title = office?.Trim();
        var changes = body is { } named
            ? chronicle.Involving<OfficeChange>(EventKind.OfficeChange, named).Where(o => o.Body == named)
            : chronicle.EventsOf<OfficeChange>();
        var held = new List<OfficeHeld>();
        foreach (var group in changes
            .Where(o => title is null || string.Equals(o.Office.Trim(), title, StringComparison.OrdinalIgnoreCase))
            .GroupBy(o => (o.Person, Office: o.Office.Trim())))
        {
            held.AddRange(OfficeRecord.HeldOn(chronicle, group.Key.Person, OfficeRecord.SpellsOf(group), at));
        }

        return [.. held.OrderBy(h => h.Office, StringComparer.Ordinal).ThenBy(h => h.Since?.Earliest ?? LocalDate.MinIsoValue).ThenBy(h => h.Person)];
    }
}
