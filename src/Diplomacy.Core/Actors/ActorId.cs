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
/// <para>Text converts to an id implicitly, for literals in code; the conversion throws on malformed text, which
/// the design guidelines advise against: see the conversion operator for why it is kept, and use
/// <see cref="TryParse(string?, IFormatProvider?, out ActorId)"/> for text from outside the program.</para>
/// </remarks>
public readonly record struct ActorId : IComparable<ActorId>, IComparable, IParsable<ActorId>, ICheckedText<ActorId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 128;

    private readonly string? _value;

    /// <summary>Creates an id, checking its form.</summary>
    /// <param name="value">A state's ISO 3166-1 alpha-3 code or a lower-case slug.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is neither an alpha-3 code nor a slug; the message says why.</exception>
    public ActorId(string value) => _value = CheckedText.Check<ActorId>(value, nameof(value));

    private ActorId(string checkedValue, bool _) => _value = checkedValue;

    /// <summary>The id's text; empty for <c>default(ActorId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(ActorId)</c>, which identifies nothing.</summary>
    public bool IsDefault => _value is null;

    /// <summary>True when the id has the form of a state code (three upper-case letters).</summary>
    public bool IsStateCode => _value is { Length: 3 } v && char.IsAsciiLetterUpper(v[0]) && char.IsAsciiLetterUpper(v[1]) && char.IsAsciiLetterUpper(v[2]);

    /// <summary>Converts text to an id, checking its form: the same as <see cref="ActorId(string)"/>.</summary>
    /// <remarks>
    /// <para>This conversion throws <see cref="ArgumentException"/> on text of the wrong form, although the .NET design
    /// guidelines say implicit conversions should not throw. It is kept on purpose: chronicles are written in code with
    /// literal ids (<c>ActorId x = "aleksandar-vulin";</c>, or a literal where a parameter wants one), and a malformed literal is a
    /// programming error that the first run reports with the same message as the constructor. Text from outside the
    /// program (a file, a user) should go through <see cref="TryParse(string?, IFormatProvider?, out ActorId)"/> or
    /// <see cref="IsValid"/> instead, which never throw.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of the form; the message says why.</exception>
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

            if (char.IsAsciiLetterOrDigit(c))
            {
                AppendPendingHyphen(builder, ref pendingHyphen);
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            var mapped = Transliterate(c);
            if (mapped is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            AppendPendingHyphen(builder, ref pendingHyphen);
            builder.Append(mapped);
        }

        if (builder.Length == 0)
        {
            throw new ArgumentException($"Cannot make an actor id from '{name}': it has no letter or digit.", nameof(name));
        }

        var slug = builder.Length > MaxLength ? builder.ToString(0, MaxLength).TrimEnd('-') : builder.ToString();
        return new ActorId(slug);
    }

    private static void AppendPendingHyphen(StringBuilder builder, ref bool pendingHyphen)
    {
        if (pendingHyphen)
        {
            builder.Append('-');
            pendingHyphen = false;
        }
    }

    /// <summary>The letters a non-ASCII letter that has no combining-mark decomposition is written with, or null.</summary>
    private static string? Transliterate(char c)
    {
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
    public static bool IsValid([NotNullWhen(true)] string? value) => CheckedText.IsValid<ActorId>(value);

    static ActorId ICheckedText<ActorId>.Wrap(string text) => new(text, true);

    static string? ICheckedText<ActorId>.Problem(string text) => Problem(text);

    private static string? Problem(string value)
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
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ActorId result) =>
        CheckedText.TryParse(s, out result);

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out ActorId result) => TryParse(s, null, out result);

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

    /// <summary>Ordinal order.</summary>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;
}
