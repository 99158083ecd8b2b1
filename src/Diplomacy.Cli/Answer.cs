namespace Diplomacy.Cli;

/// <summary>
/// One answered question, ready to print: a table of answers (one row per result, one typed cell per column) and the
/// events the answers rest on, whose citations say who reported them.
/// </summary>
/// <param name="Question">The question, as a heading.</param>
/// <param name="Columns">The column names, in kebab case (they are the JSON keys too).</param>
/// <param name="Cells">
/// One row per answer, one cell per column; null where there is no value. A cell is a value of the library (a date, an
/// enum, a number, an id), a <see cref="bool"/>, a <see cref="string"/>, an <see cref="ActorCell"/> or a
/// <see cref="ListCell"/>: the tables print it as text (<see cref="CliValues.Cell"/>), JSON keeps its type.
/// </param>
/// <param name="Evidence">The events behind the answers, in timeline order, each once.</param>
internal sealed record Answer(string Question, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Cells, IReadOnlyList<DiplomaticEvent> Evidence)
{
    /// <summary>
    /// The columns whose cells are words quoted as recorded: the tables put them in quote marks, JSON carries them
    /// as they are.
    /// </summary>
    public IReadOnlySet<string> Quoted { get; init; } = new HashSet<string>();

    /// <summary>The rows as the tables print them: text (dates in ISO form, enums in kebab case), null where there is no value.</summary>
    public IReadOnlyList<IReadOnlyList<string?>> Rows => [.. Cells.Select(row => (IReadOnlyList<string?>)[.. row.Select(CliValues.Cell)])];

    /// <summary>The answer for a list of results: one row each, evidence from all of them.</summary>
    public static Answer Of<T>(string question, IReadOnlyList<string> columns, IEnumerable<T> results, Func<T, object?[]> row)
        where T : QueryResult
    {
        var list = results.ToArray();
        return new Answer(question, columns, list.Select(r => (IReadOnlyList<object?>)row(r)).ToArray(), EvidenceOf(list.SelectMany(r => r.Evidence)));
    }

    /// <summary>One row of cells.</summary>
    public static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    /// <summary>Events in timeline order, each once.</summary>
    public static IReadOnlyList<DiplomaticEvent> EvidenceOf(IEnumerable<DiplomaticEvent> events) =>
        events.Distinct().OrderBy(e => e.When).ThenBy(e => e.Id).ToArray();
}

/// <summary>An actor in an answer: the tables print its name, JSON gives its id and name.</summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Name">Its name, or its id when the chronicle does not hold it.</param>
internal sealed record ActorCell(ActorId Id, string Name)
{
    /// <summary>The actor of a chronicle.</summary>
    public static ActorCell Of(Chronicle chronicle, ActorId id) => new(id, AnswerWriter.NameOf(chronicle, id));
}

/// <summary>Several values in one cell: the tables join them with the separator, JSON makes an array; an empty list is no value.</summary>
/// <param name="Items">The values, each a cell of its own kind.</param>
/// <param name="Separator">What the tables put between them.</param>
internal sealed record ListCell(IReadOnlyList<object?> Items, string Separator = ", ")
{
    /// <summary>The values as a list, or null when there are none (so that an empty cell reads as no value).</summary>
    public static ListCell? Of<T>(IEnumerable<T> items, string separator = ", ") =>
        items.Select(i => (object?)i).ToArray() is { Length: > 0 } array ? new ListCell(array, separator) : null;
}
