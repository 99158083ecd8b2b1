using NodaTime;

namespace Diplomacy;

/// <summary>Office spells: what a person held, derived from <see cref="OfficeChange"/> events.</summary>
internal static class OfficeRecord
{
    /// <summary>The spells of one person in one office, from its changes in timeline order.</summary>
    public static List<Spell<OfficeChange>> SpellsOf(IEnumerable<OfficeChange> changesToOneOffice) =>
        Spell<OfficeChange>.Build(changesToOneOffice, c => c.Change.StartsTenure(), c => !c.Change.StartsTenure());

    /// <summary>Every office spell of a person, from the visible changes, in order of their start.</summary>
    public static List<Spell<OfficeChange>> SpellsOf(Chronicle chronicle, ActorId person) =>
        chronicle.Involving<OfficeChange>(EventKind.OfficeChange, person)
            .Where(o => o.Person == person)
            .GroupBy(o => o.Office.Trim(), StringComparer.Ordinal)
            .SelectMany(SpellsOf)
            .ToList();

    /// <summary>The spells as results, ordered by start then office, each with the certainty <paramref name="certaintyOf"/> gives it.</summary>
    public static OfficeHeld[] Held(ActorId person, IEnumerable<Spell<OfficeChange>> spells, Func<Spell<OfficeChange>, Certainty> certaintyOf) =>
        [.. spells
            .Select(s => HeldFrom(person, s, certaintyOf(s)))
            .OrderBy(o => o.Since ?? default)
            .ThenBy(o => o.Office, StringComparer.Ordinal)];

    /// <summary>
    /// The spells that may include <paramref name="at"/> as results: certain when the spell covers the day, else
    /// possible; at most possible past the chronicle's horizon (a view's cut-off).
    /// </summary>
    public static OfficeHeld[] HeldOn(Chronicle chronicle, ActorId person, IEnumerable<Spell<OfficeChange>> spells, LocalDate at)
    {
        var day = Days.Of(at);
        return Held(person, spells.Where(s => s.PossiblyDuring(day, day)), s => chronicle.WithinHorizon(Spells.Covers([s], day, day) ? Certainty.Certain : Certainty.Possible, at));
    }

    private static OfficeHeld HeldFrom(ActorId person, Spell<OfficeChange> spell, Certainty certainty)
    {
        var any = spell.Start ?? spell.End!;
        return new OfficeHeld(person, any.Office.Trim())
        {
            Body = spell.Start?.Body ?? spell.End?.Body,
            Since = spell.Start?.When,
            Until = spell.End?.When,
            Certainty = certainty,
            Evidence = spell.Events.ToArray(),
        };
    }
}
