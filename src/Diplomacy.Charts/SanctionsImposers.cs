namespace Diplomacy.Charts;

/// <summary>
/// Whose sanctions step each step is, as <see cref="ChronicleQueries.SanctionsSpells(Chronicle)"/> files it: a step of
/// a state's government body or agency (a treasury's designation) is the state's, so the charts and the page show it in
/// the state's row, where the stance query counts it.
/// </summary>
internal static class SanctionsImposers
{
    /// <summary>The imposer each visible step is filed under; a step in no spell (it changed no posture) keeps its own.</summary>
    public static Func<SanctionsAction, ActorId> Of(Chronicle chronicle)
    {
        var filedUnder = new Dictionary<EventId, ActorId>();
        foreach (var spell in chronicle.SanctionsSpells())
        {
            foreach (var action in spell.Actions)
            {
                filedUnder.TryAdd(action.Id, spell.Imposer);
            }
        }

        return step => filedUnder.GetValueOrDefault(step.Id, step.Imposer);
    }
}
