namespace Diplomacy.Cli;

/// <summary>
/// One answered question, ready to print: a table of answers (one row per result, cells as text) and the events the
/// answers rest on, whose citations say who reported them.
/// </summary>
/// <param name="Question">The question, as a heading.</param>
/// <param name="Columns">The column names, in kebab case (they are the JSON keys too).</param>
/// <param name="Rows">One row per answer, one cell per column; null where there is no value.</param>
/// <param name="Evidence">The events behind the answers, in timeline order, each once.</param>
internal sealed record Answer(string Question, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<DiplomaticEvent> Evidence)
{
    /// <summary>
    /// The columns whose cells are words quoted as recorded: the tables put them in quote marks, JSON carries them
    /// as they are.
    /// </summary>
    public IReadOnlySet<string> Quoted { get; init; } = new HashSet<string>();

    /// <summary>The answer for a list of results: one row each, evidence from all of them.</summary>
    public static Answer Of<T>(string question, IReadOnlyList<string> columns, IEnumerable<T> results, Func<T, object?[]> row)
        where T : QueryResult
    {
        var list = results.ToArray();
        return new Answer(question, columns, list.Select(r => Row(row(r))).ToArray(), EvidenceOf(list.SelectMany(r => r.Evidence)));
    }

    /// <summary>Cells as text (dates in ISO form, enums in kebab case), null where there is no value.</summary>
    public static IReadOnlyList<string?> Row(params object?[] cells) => cells.Select(CliValues.Cell).ToArray();

    /// <summary>Events in timeline order, each once.</summary>
    public static IReadOnlyList<DiplomaticEvent> EvidenceOf(IEnumerable<DiplomaticEvent> events) =>
        events.Distinct().OrderBy(e => e.When).ThenBy(e => e.Id).ToArray();
}
