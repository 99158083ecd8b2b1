using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Diplomacy;

/// <summary>
/// Identifies an actor: a state by its ISO 3166-1 alpha-3 code (<c>RUS</c>, <c>SRB</c>), anything else by a
/// lower-case ASCII slug (<c>aleksandar-vulin</c>, <c>yugoimport</c>, <c>financial-times</c>).
/// </summary>
/// <remarks>
/// <para>A valid id is either exactly three upper-case ASCII letters (a state code) or a slug: lower-case ASCII
/// letters and digits in runs separated by single hyphens, at most <see cref="MaxLength"/> characters.
/// Comparison is ordinal and case-sensitive; <c>srb</c> is a slug, not Serbia.</para>
/// <para><c>default(ActorId)</c> is not a valid id (<see cref="IsDefault"/> is true); the chronicle rejects it.</para>
/// </remarks>
public readonly struct ActorId : IEquatable<ActorId>, IComparable<ActorId>, IComparable, IParsable<ActorId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    /// <summary>Creates an id, checking its form.</summary>
    /// <param name="value">A state's ISO 3166-1 alpha-3 code or a lower-case slug.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is neither an alpha-3 code nor a slug; the message says why.</exception>
    public ActorId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Validate(value);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        _value = value;
    }

    /// <summary>The id's text; empty for <c>default(ActorId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(ActorId)</c>, which identifies nothing.</summary>
    public bool IsDefault => _value is null;

    /// <summary>True when the id has the form of a state code (three upper-case letters).</summary>
    public bool IsStateCode => _value is { Length: 3 } v && char.IsAsciiLetterUpper(v[0]) && char.IsAsciiLetterUpper(v[1]) && char.IsAsciiLetterUpper(v[2]);

    /// <summary>Converts a string to an id, checking its form (see <see cref="ActorId(string)"/>).</summary>
    public static implicit operator ActorId(string value) => new(value);

    /// <summary>
    /// Makes a slug id from a display name: diacritics are removed (<c>Vučić</c> gives <c>vucic</c>, <c>Đokić</c>
    /// gives <c>djokic</c>), letters are lower-cased, and every run of other characters becomes one hyphen.
    /// </summary>
    /// <exception cref="ArgumentException">The name has no letter or digit to make a slug from.</exception>
    public static ActorId FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = Transliterate(c);
            if (mapped is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(mapped);
        }

        if (builder.Length == 0)
        {
            throw new ArgumentException($"Cannot make an actor id from '{name}': it has no letter or digit.", nameof(name));
        }

        var slug = builder.Length > MaxLength ? builder.ToString(0, MaxLength).TrimEnd('-') : builder.ToString();
        return new ActorId(slug);
    }

    private static string? Transliterate(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c).ToString();
        }

        return c switch
        {
            'Đ' or 'đ' => "dj",
            'Ł' or 'ł' => "l",
            'Ø' or 'ø' => "o",
            'ß' => "ss",
            'Æ' or 'æ' => "ae",
            'Œ' or 'œ' => "oe",
            'Þ' or 'þ' => "th",
            'ı' => "i",
            _ => null,
        };
    }

    /// <summary>Says whether <paramref name="value"/> is a valid id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Validate(value) is null;

    private static string? Validate(string value)
    {
        if (value.Length == 0)
        {
            return "An actor id cannot be empty: use a state's ISO 3166-1 alpha-3 code (e.g. 'SRB') or a lower-case slug (e.g. 'aleksandar-vulin').";
        }

        if (value.Length > MaxLength)
        {
            return $"The actor id '{value[..20]}…' is {value.Length} characters long; the limit is {MaxLength}.";
        }

        if (value.Length == 3 && value.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                continue;
            }

            if (c == '-' && i > 0 && i < value.Length - 1 && value[i - 1] != '-')
            {
                continue;
            }

            var what = c == '-' ? "a hyphen at the start, at the end or after another hyphen" : $"the character '{c}'";
            return $"The actor id '{value}' has {what} at position {i}: ids are a state's ISO 3166-1 alpha-3 code in upper case (e.g. 'SRB') or a slug of lower-case letters and digits separated by single hyphens (e.g. 'aleksandar-vulin'). ActorId.FromName makes a slug from a name.";
        }

        return null;
    }

    /// <inheritdoc cref="ActorId(string)"/>
    public static ActorId Parse(string s, IFormatProvider? provider = null) => new(s);

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ActorId result)
    {
        if (IsValid(s))
        {
            result = new ActorId(s);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out ActorId result) => TryParse(s, null, out result);

    /// <inheritdoc/>
    public bool Equals(ActorId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ActorId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ids ordinally by their text; the default id sorts first.</summary>
    public int CompareTo(ActorId other) => string.CompareOrdinal(_value, other._value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ActorId other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare an ActorId with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The id's text.</summary>
    public override string ToString() => Value;

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(ActorId left, ActorId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(ActorId left, ActorId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
