using Diplomacy.TestKit.Synthetic;

namespace Diplomacy.Benchmarks.Data;

/// <summary>
/// The same records, three ways: Diplomacy's <see cref="Chronicle"/>, a plain <see cref="List{T}"/> of the same
/// event objects in the same (timeline) order for LINQ, and, when asked for, a DuckDB table of them. One per size
/// per process; DuckDB is loaded only by the benchmarks that use it.
/// </summary>
public sealed class Workbench
{
    private static readonly Dictionary<int, Workbench> Cache = [];
    private DuckDbEvents? _duckDb;

    private Workbench(int eventCount)
    {
        Synthetic = SyntheticChronicle.Generate(eventCount);
        Chronicle = Synthetic.Build();
        Timeline = [.. Chronicle.Events];
        Scenario = Scenario.Choose(Chronicle, Synthetic.LastDay);
    }

    /// <summary>The generated records.</summary>
    public SyntheticChronicle Synthetic { get; }

    /// <summary>The records as a chronicle.</summary>
    public Chronicle Chronicle { get; }

    /// <summary>The same event objects in a list, in timeline order (as a file sorted by date would give them).</summary>
    public List<DiplomaticEvent> Timeline { get; }

    /// <summary>The arguments for the questions.</summary>
    public Scenario Scenario { get; }

    /// <summary>The same records in DuckDB, loaded on first use; row <c>pos</c> is <see cref="Timeline"/>[pos].</summary>
    public DuckDbEvents DuckDb => _duckDb ??= DuckDbEvents.Load(Timeline, Chronicle.Actors);

    /// <summary>The workbench for <paramref name="eventCount"/> events, made once per process.</summary>
    public static Workbench Get(int eventCount)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(eventCount, out var bench))
            {
                bench = new Workbench(eventCount);
                Cache.Add(eventCount, bench);
            }

            return bench;
        }
    }
}
