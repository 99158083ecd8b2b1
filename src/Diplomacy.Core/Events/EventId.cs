using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// Identifies an event within a chronicle, e.g. <c>ft-reveals-serbian-arms</c> or <c>icews-32889836</c>.
/// </summary>
/// <remarks>
/// An id is 1 to <see cref="MaxLength"/> characters from ASCII letters, digits, and <c>- _ . :</c>. Comparison is
/// ordinal and case-sensitive. <c>default(EventId)</c> is not a valid id (<see cref="IsDefault"/>).
/// </remarks>
public readonly struct EventId : IEquatable<EventId>, IComparable<EventId>, IParsable<EventId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 200;

    private readonly string? _value;

    /// <summary>Creates an id, checking its form.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long, or has a character outside letters, digits and <c>- _ . :</c>.</exception>
    public EventId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Validate(value);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        _value = value;
    }

    /// <summary>The id's text; empty for the default id.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(EventId)</c>, which identifies nothing.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Converts text to an id, checking its form.</summary>
    public static implicit operator EventId(string value) => new(value);

    /// <summary>Says whether <paramref name="value"/> is a valid event id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Validate(value) is null;

    private static string? Validate(string value)
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
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EventId result)
    {
        if (IsValid(s))
        {
            result = new EventId(s);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(EventId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EventId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Ordinal order of the ids' text.</summary>
    public int CompareTo(EventId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The id's text.</summary>
    public override string ToString() => Value;

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(EventId left, EventId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(EventId left, EventId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(EventId left, EventId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(EventId left, EventId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(EventId left, EventId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(EventId left, EventId right) => left.CompareTo(right) >= 0;
}
