namespace Diplomacy.Serialization;

/// <summary>
/// How <see cref="ChronicleJson"/> and <see cref="EventJsonLines"/> read and write. Immutable; compare by value.
/// </summary>
/// <remarks>The defaults suit files kept in git and shared with others: indented output, strict reading.</remarks>
public sealed record ChronicleJsonOptions
{
    private readonly int _maxDepth = 32;
    private readonly int _maxLineBytes = 16 * 1024 * 1024;
    private readonly int _maxArrayLength = 1_000_000;

    /// <summary>
    /// The defaults: indented, unknown properties refused, depth at most 32, JSON Lines lines at most 16 MiB, at most
    /// a million actors and a million events in a document.
    /// </summary>
    public static ChronicleJsonOptions Default { get; } = new();

    /// <summary>
    /// Whether <see cref="ChronicleJson"/> writes one property per line, indented by two spaces (default true).
    /// JSON Lines are always written one event per line, whatever this says.
    /// </summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// Whether a property the format does not define is ignored (true) or refused with a
    /// <see cref="ChronicleFormatException"/> (false, the default, which catches misspelt names).
    /// </summary>
    public bool AllowUnknownProperties { get; init; }

    /// <summary>
    /// The deepest nesting of objects and arrays accepted (default 32; the format itself needs 6). Deeper input is
    /// refused before it can exhaust the stack.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 8 or more than 256.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 8 and <= 256 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The maximum depth must be 8 to 256.");
    }

    /// <summary>
    /// The longest line <see cref="EventJsonLines.ReadAsync(Stream, ChronicleJsonOptions?, CancellationToken)"/>
    /// accepts, in bytes (default 16 MiB). A longer line is refused rather than buffered, so a file without line
    /// breaks cannot make the reader allocate without bound.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 KiB or more than 1 GiB.</exception>
    public int MaxLineBytes
    {
        get => _maxLineBytes;
        init => _maxLineBytes = value is >= 1024 and <= 1 << 30 ? value : throw new ArgumentOutOfRangeException(nameof(MaxLineBytes), value, "The maximum line length must be 1 KiB to 1 GiB.");
    }

    /// <summary>
    /// The most elements a chronicle document's <c>actors</c> array, and its <c>events</c> array, may each hold
    /// (default 1,000,000). <see cref="ChronicleJson"/> holds a whole document in memory, so a longer array is refused
    /// with a <see cref="ChronicleFormatException"/> at its first element too many, before it can exhaust memory. Raise
    /// it for larger documents you trust, or keep large event logs in JSON Lines (<see cref="EventJsonLines"/>), which
    /// streams and has no such limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxArrayLength
    {
        get => _maxArrayLength;
        init => _maxArrayLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxArrayLength), value, "The maximum array length must be at least 1.");
    }
}
