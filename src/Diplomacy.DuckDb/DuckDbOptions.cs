namespace Diplomacy.DuckDb;

/// <summary>How <see cref="DuckDbChronicle"/> sets up its in-process DuckDB database.</summary>
public sealed record DuckDbOptions
{
    private readonly string _memoryLimit = "1GB";
    private readonly int _threads;

    /// <summary>The default options: a 1 GB memory limit, DuckDB's own thread count.</summary>
    public static DuckDbOptions Default { get; } = new();

    /// <summary>
    /// DuckDB's <c>memory_limit</c> (e.g. <c>"1GB"</c>, <c>"512MB"</c>); beyond it DuckDB spills to disk or fails the
    /// query. It bounds DuckDB's own buffers, not the .NET heap of the answers.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an empty value or one with a quote.</exception>
    public string MemoryLimit
    {
        get => _memoryLimit;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(MemoryLimit));
            if (value.Contains('\'', StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{value}' is not a memory size such as '1GB'.", nameof(MemoryLimit));
            }

            _memoryLimit = value;
        }
    }

    /// <summary>
    /// How many events of an answer are made into records at a time (50,000): a larger answer's rows are copied into
    /// DuckDB first and read back a batch at a time. Internal: tests set it small to exercise the batches.
    /// </summary>
    internal int AssemblyBatch { get; init; } = 50_000;

    /// <summary>DuckDB's thread count; 0 (the default) leaves DuckDB's choice (one per core).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int Threads
    {
        get => _threads;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Threads));
            _threads = value;
        }
    }
}
