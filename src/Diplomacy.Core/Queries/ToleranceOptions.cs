using NodaTime;

namespace Diplomacy;

/// <summary>Options for <see cref="ChronicleQueries.Tolerated"/>.</summary>
public sealed record ToleranceOptions
{
    private readonly Period _window = Period.FromDays(180);

    /// <summary>The options used when none are given: a window of 180 days.</summary>
    public static ToleranceOptions Default { get; } = new();

    /// <summary>
    /// How long after an act (after its latest possible day, or after it first became known if that was later) a
    /// reaction still counts as a reaction to it. Default 180 days.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a period with a time part, a negative part, or longer than 100 years.</exception>
    public Period Window
    {
        get => _window;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.HasTimeComponent || value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0 || LongerThanACentury(value))
            {
                throw new ArgumentOutOfRangeException(nameof(Window), value, "The window must be a date period (years, months, weeks, days) of zero to 100 years, such as Period.FromDays(180).");
            }

            _window = value;
        }
    }

    /// <summary>
    /// Whether a date period of non-negative parts is longer than 100 years. A part that alone is longer says so before
    /// the parts are added, which for such periods would pass the calendar's end.
    /// </summary>
    private static bool LongerThanACentury(Period window)
    {
        if (window.Years > 100 || window.Months > 1_200 || window.Weeks > 5_300 || window.Days > 36_600)
        {
            return true;
        }

        var reference = new LocalDate(2000, 1, 1);
        return reference.Plus(window) > reference.PlusYears(100);
    }
}
