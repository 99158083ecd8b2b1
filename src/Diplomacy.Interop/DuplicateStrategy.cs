namespace Diplomacy.Interop;

/// <summary>
/// How <see cref="DuplicateMerge"/> decides that two events are reports of one event: a named key; events with equal
/// keys are duplicates, an event whose key is null is never one.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="SameId"/>: the same event id. <see cref="ChronicleImporter"/> already merges by id as it imports
/// (ICEWS ids repeated across files), and a chronicle's ids are unique, so on a chronicle this folds nothing; it is here
/// so that a pipeline can name the rule it applies.</item>
/// <item><see cref="SameDayDyadCode"/>: the same date, the same first two actors in order (source and target), and the
/// same code (the CAMEO code, else the PLOVER category and mode): GDELT's one event per article, several data sets
/// coding one meeting.</item>
/// <item><see cref="OneADay"/>: the field's "one-a-day" filter: at most one event per day, directed dyad and event
/// type, where the type is the CAMEO root (else the PLOVER category); coarser than <see cref="SameDayDyadCode"/>.</item>
/// <item><see cref="Custom"/>: any key the caller computes.</item>
/// </list>
/// </remarks>
public sealed class DuplicateStrategy
{
    private DuplicateStrategy(string name, Func<DiplomaticEvent, string?> key)
    {
        Name = name;
        Key = key;
    }

    /// <summary>Duplicates share their event id.</summary>
    public static DuplicateStrategy SameId { get; } = new("same id", e => e.Id.Value);

    /// <summary>Duplicates share their date, source and target (in order), and code.</summary>
    public static DuplicateStrategy SameDayDyadCode { get; } = new("same day, dyad and code", e => DyadKey(e, Code(e)));

    /// <summary>The one-a-day filter: duplicates share their date, source and target (in order), and event type (CAMEO root, else PLOVER category).</summary>
    public static DuplicateStrategy OneADay { get; } = new("one-a-day", e => DyadKey(e, e.Coding.Cameo?.RootCode.Value ?? e.Coding.PloverCategory?.ToString()));

    /// <summary>The strategy's name, as reports give it.</summary>
    public string Name { get; }

    /// <summary>The key that makes events duplicates; null for an event that is never one.</summary>
    public Func<DiplomaticEvent, string?> Key { get; }

    /// <summary>A strategy with the caller's own key (events with equal non-null keys are duplicates).</summary>
    /// <param name="name">A name for reports.</param>
    /// <param name="key">The key; return null for an event that is never a duplicate.</param>
    public static DuplicateStrategy Custom(string name, Func<DiplomaticEvent, string?> key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(key);
        return new DuplicateStrategy(name, key);
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    private static string? Code(DiplomaticEvent e) =>
        e.Coding.Cameo?.Value ?? (e.Coding.PloverCategory is { } category ? $"{category}/{e.Coding.PloverMode}" : null);

    private static string? DyadKey(DiplomaticEvent e, string? code)
    {
        if (code is null)
        {
            return null;
        }

        var actors = e.Actors;
        return actors.Count == 0
            ? null
            : $"{e.Kind}|{e.When}|{actors[0]}|{(actors.Count > 1 ? actors[1].Value : string.Empty)}|{code}";
    }
}
