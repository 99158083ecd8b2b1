using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// Identifies an event within a chronicle, e.g. <c>ft-reveals-serbian-arms</c> or <c>icews-32889836</c>.
/// </summary>
/// <remarks>
/// <para>An id is 1 to <see cref="MaxLength"/> characters from ASCII letters, digits, and <c>- _ . :</c>. Comparison is
/// ordinal and case-sensitive. <c>default(EventId)</c> is not a valid id (<see cref="IsDefault"/>).</para>
/// <para>Text converts to an id implicitly, for literals in code; the conversion throws on malformed text, which
/// the design guidelines advise against: see the conversion operator for why it is kept, and use
/// <see cref="TryParse(string?, IFormatProvider?, out EventId)"/> for text from outside the program.</para>
/// </remarks>
public readonly record struct EventId : IComparable<EventId>, IParsable<EventId>, ICheckedText<EventId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 200;

    private readonly string? _value;

    /// <summary>Creates an id, checking its form.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long, or has a character outside letters, digits and <c>- _ . :</c>.</exception>
    public EventId(string value) => _value = CheckedText.Check<EventId>(value, nameof(value));

    private EventId(string checkedValue, bool _) => _value = checkedValue;

    /// <summary>The id's text; empty for the default id.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(EventId)</c>, which identifies nothing.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Converts text to an id, checking its form: the same as <see cref="EventId(string)"/>.</summary>
    /// <remarks>
    /// <para>This conversion throws <see cref="ArgumentException"/> on text of the wrong form, although the .NET design
    /// guidelines say implicit conversions should not throw. It is kept on purpose: chronicles are written in code with
    /// literal ids (<c>EventId x = "ft-reveals-serbian-arms";</c>, or a literal where a parameter wants one), and a malformed literal is a
    /// programming error that the first run reports with the same message as the constructor. Text from outside the
    /// program (a file, a user) should go through <see cref="TryParse(string?, IFormatProvider?, out EventId)"/> or
    /// <see cref="IsValid"/> instead, which never throw.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of the form; the message says why.</exception>
    public static implicit operator EventId(string value) => new(value);

    /// <summary>Says whether <paramref name="value"/> is a valid event id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => CheckedText.IsValid<EventId>(value);

    static EventId ICheckedText<EventId>.Wrap(string text) => new(text, true);

    static string? ICheckedText<EventId>.Problem(string text) => Problem(text);

    private static string? Problem(string value)
    {
        if (value.Length == 0)
        {
            return "An event id cannot be empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"The event id '{value[..20]}…' is {value.Length} characters long; the limit is {MaxLength}.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return $"The event id '{value}' has the character '{c}' at position {i}: ids use ASCII letters, digits and '-', '_', '.', ':'.";
            }
        }

        return null;
    }

    /// <inheritdoc cref="EventId(string)"/>
    public static EventId Parse(string s, IFormatProvider? provider = null) => new(s);

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EventId result) =>
        CheckedText.TryParse(s, out result);

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out EventId result) => TryParse(s, null, out result);

    /// <summary>Ordinal order of the ids' text.</summary>
    public int CompareTo(EventId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The id's text.</summary>
    public override string ToString() => Value;

    /// <summary>Ordinal order.</summary>
    public static bool operator <(EventId left, EventId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(EventId left, EventId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(EventId left, EventId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(EventId left, EventId right) => left.CompareTo(right) >= 0;
}
