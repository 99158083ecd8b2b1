using BenchmarkDotNet.Attributes;
using Diplomacy.Benchmarks.Data;

namespace Diplomacy.Benchmarks.Questions;

/// <summary>One approach to a question, for the quick check: its name and a way to ask it once.</summary>
/// <param name="Name">Diplomacy, LINQ or DuckDB.</param>
/// <param name="Ask">Asks the question and returns the answer in a canonical form (sorted, comparable text).</param>
public sealed record Approach(string Name, Func<IReadOnlyList<string>> Ask);

/// <summary>What the quick check needs from every question.</summary>
public interface IQuestion
{
    /// <summary>The question's name, e.g. <c>PairInWindow</c>.</summary>
    string Name { get; }

    /// <summary>Points the question at a workbench (DuckDB included) without BenchmarkDotNet.</summary>
    void Use(Workbench bench);

    /// <summary>The three approaches.</summary>
    IReadOnlyList<Approach> Approaches { get; }
}

/// <summary>
/// A question asked three ways over the same records: <see cref="Diplomacy"/> (the baseline), <see cref="Linq"/> and
/// <see cref="DuckDb"/>. To add a question, derive from this class (or <see cref="EventListQuestion"/>), implement the
/// three <c>Ask</c> methods, and list it in <see cref="QuestionCatalog"/>; the benchmark and the quick check pick it up.
/// </summary>
/// <typeparam name="TAnswer">What the question returns.</typeparam>
[MemoryDiagnoser]
[Config(typeof(QuestionConfig))]
public abstract class Question<TAnswer> : AtEachSize, IQuestion
{
    /// <inheritdoc/>
    public string Name => GetType().Name;

    /// <inheritdoc/>
    public IReadOnlyList<Approach> Approaches =>
    [
        new("Diplomacy", () => Canonical(Diplomacy())),
        new("LINQ", () => Canonical(Linq())),
        new("DuckDB", () => Canonical(DuckDb())),
    ];

    /// <summary>The records and the scenario.</summary>
    protected Workbench Bench { get; private set; } = null!;

    /// <summary>The arguments of the question.</summary>
    protected Scenario Scenario => Bench.Scenario;

    /// <summary>Loads the records for the in-process approaches.</summary>
    [GlobalSetup(Targets = [nameof(Diplomacy), nameof(Linq)])]
    public void Setup() => Bench = Workbench.Get(Events);

    /// <summary>Loads the records into DuckDB too and prepares the statement.</summary>
    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        Setup();
        PrepareDuckDb(Bench.DuckDb);
    }

    /// <inheritdoc/>
    public void Use(Workbench bench)
    {
        Bench = bench;
        PrepareDuckDb(bench.DuckDb);
    }

    /// <summary>Diplomacy's chronicle and its indexes.</summary>
    [Benchmark(Baseline = true)]
    public TAnswer Diplomacy() => AskDiplomacy(Bench.Chronicle);

    /// <summary>LINQ over a list of the same records: what a user writes without the library.</summary>
    [Benchmark]
    public TAnswer Linq() => AskLinq(Bench.Timeline);

    /// <summary>The same question in SQL, to DuckDB in process.</summary>
    [Benchmark]
    public TAnswer DuckDb() => AskDuckDb(Bench.DuckDb);

    /// <summary>Prepares what <see cref="AskDuckDb"/> runs (statements with their parameters bound).</summary>
    protected abstract void PrepareDuckDb(DuckDbEvents duckDb);

    /// <summary>The question, asked of the chronicle.</summary>
    protected abstract TAnswer AskDiplomacy(Chronicle chronicle);

    /// <summary>The question, asked with LINQ over the list.</summary>
    protected abstract TAnswer AskLinq(List<DiplomaticEvent> timeline);

    /// <summary>The question, asked of DuckDB.</summary>
    protected abstract TAnswer AskDuckDb(DuckDbEvents duckDb);

    /// <summary>The answer as sorted, comparable lines, so that approaches can be checked against each other.</summary>
    protected abstract IReadOnlyList<string> Canonical(TAnswer answer);
}

/// <summary>A question whose answer is a list of events; compared by the set of their ids.</summary>
public abstract class EventListQuestion : Question<IReadOnlyList<DiplomaticEvent>>
{
    /// <inheritdoc/>
    protected override IReadOnlyList<string> Canonical(IReadOnlyList<DiplomaticEvent> answer) =>
        [.. answer.Select(e => e.Id.Value).Order(StringComparer.Ordinal)];
}
