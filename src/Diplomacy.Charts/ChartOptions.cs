using NodaTime;

namespace Diplomacy.Charts;

/// <summary>
/// How a chart is drawn: its size, title and the period it covers. Immutable; values are checked when set.
/// </summary>
public sealed record ChartOptions
{
    private readonly int _width = 1000;
    private readonly int? _height;

    /// <summary>The default options: 1000 pixels wide, height chosen by the chart, default title, whole record.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width in pixels, 200 to 10000; 1000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 200..10000.</exception>
    public int Width
    {
        get => _width;
        init => _width = value is >= 200 and <= 10_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Width), value, "A chart is 200 to 10000 pixels wide.");
    }

    /// <summary>Height in pixels, 150 to 10000; null (the default) lets the chart fit its rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 150..10000.</exception>
    public int? Height
    {
        get => _height;
        init => _height = value is null or (>= 150 and <= 10_000)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Height), value, "A chart is 150 to 10000 pixels high.");
    }

    /// <summary>The title; null (the default) for one that says what the chart shows.</summary>
    public string? Title { get; init; }

    /// <summary>Only what falls in this period (both ends included; an event is in it when its possible days overlap it); null for the whole record.</summary>
    public DateInterval? Period { get; init; }
}
