using System.Collections.Concurrent;

namespace Diplomacy.DuckDb;

/// <summary>
/// The SQL text of each question, as shipped in the package (<c>Sql/*.sql</c>, also in docs/scale-out.md): portable
/// SQL over the Parquet tables, with <c>$name</c> parameters.
/// </summary>
public static class SqlQuestions
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of the questions: <c>events_involving</c>, <c>events_between</c>, <c>timeline</c>, <c>sanctions_stance</c>, <c>trade_offs</c>, <c>office_changes</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["events_involving", "events_between", "timeline", "sanctions_stance", "trade_offs", "office_changes"];

    /// <summary>The SQL text of a question.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">No question has that name.</exception>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Cache.GetOrAdd(name, static n =>
        {
            using var stream = typeof(SqlQuestions).Assembly.GetManifestResourceStream("Diplomacy.DuckDb.Sql." + n + ".sql")
                ?? throw new ArgumentException($"There is no question '{n}'; the questions are {string.Join(", ", Names)}.", nameof(name));
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }
}
