namespace Diplomacy.Parquet;

/// <summary>How <see cref="ChronicleParquetWriter"/> buffers events before it writes them.</summary>
public sealed record ParquetWriteOptions
{
    private readonly int _bufferedEvents = 100_000;

    /// <summary>The default options.</summary>
    public static ParquetWriteOptions Default { get; } = new();

    /// <summary>
    /// How many events the writer holds before it writes them out, one row group per year and table (default
    /// 100,000). Memory grows with it; so does the size of row groups, which readers prefer large.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int BufferedEvents
    {
        get => _bufferedEvents;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(BufferedEvents));
            _bufferedEvents = value;
        }
    }
}
