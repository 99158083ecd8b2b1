using NodaTime;

namespace Diplomacy.Charts;

/// <summary>
/// One bar of a Gantt chart: a spell (a sanctions posture, an office) with fuzzy ends, and the events behind it.
/// </summary>
/// <param name="Label">What held during the spell (e.g. <c>Refusing</c>, <c>Minister of Defence</c>).</param>
/// <param name="From">The first day it may have held (the earliest possible day of its start).</param>
/// <param name="Until">The last day it may have held; null when it is still open at the end of the record.</param>
public sealed record GanttBar(string Label, LocalDate From, LocalDate? Until)
{
    private readonly IReadOnlyList<DiplomaticEvent> _evidence = [];

    /// <summary>The first day it certainly held (the latest possible day of its start); from <see cref="From"/> to here is drawn lighter.</summary>
    public LocalDate? CertainFrom { get; init; }

    /// <summary>The last day it certainly held (the day before the earliest possible end); from here to <see cref="Until"/> is drawn lighter.</summary>
    public LocalDate? CertainUntil { get; init; }

    /// <summary>The events that start and end the spell; never null.</summary>
    public IReadOnlyList<DiplomaticEvent> Evidence
    {
        get => _evidence;
        init => _evidence = value?.ToArray() ?? throw new ArgumentNullException(nameof(Evidence));
    }
}
