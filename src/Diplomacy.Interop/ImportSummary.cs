namespace Diplomacy.Interop;

/// <summary>
/// What an import did: how many records were read, imported, merged and rejected, with every rejection and warning
/// listed with its line. <see cref="Read"/> is always <see cref="Imported"/> + <see cref="Merged"/> + <see cref="Rejected"/>.
/// </summary>
/// <param name="Read">Records read (rows, JSON records, mention rows), header rows not counted.</param>
/// <param name="Imported">Records that added at least one event.</param>
/// <param name="Merged">
/// Records folded into an event already there: a record repeating an imported event (its citations are joined), or a
/// GDELT mention (its citation is added to its event).
/// </param>
/// <param name="Rejected">Records not imported; each is in <see cref="Rejections"/>.</param>
/// <param name="EventsAdded">Events added (more than <see cref="Imported"/> when PLOVER records with several actors are expanded).</param>
/// <param name="ActorsAdded">Actors added: states, persons, organisations and publishers the events needed.</param>
/// <param name="Rejections">Every rejected record: its line, the kind of problem, and what is wrong.</param>
/// <param name="Warnings">What was left out of imported records (see <see cref="ImportIssueKind.IgnoredValue"/>, <see cref="ImportIssueKind.UnidentifiedSource"/>).</param>
public sealed record ImportSummary(
    long Read,
    long Imported,
    long Merged,
    long Rejected,
    int EventsAdded,
    int ActorsAdded,
    IReadOnlyList<ImportIssue> Rejections,
    IReadOnlyList<ImportIssue> Warnings)
{
    /// <summary>E.g. <c>3705 records read: 3705 imported, 0 merged, 0 rejected; 3705 events and 812 actors added; 0 warnings</c>.</summary>
    public override string ToString() =>
        $"{Read} records read: {Imported} imported, {Merged} merged, {Rejected} rejected; {EventsAdded} events and {ActorsAdded} actors added; {Warnings.Count} warnings";
}
