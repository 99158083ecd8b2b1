using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// A CAMEO event code, kept as text because leading zeros matter (<c>0311</c> is not <c>311</c>).
/// </summary>
/// <remarks>
/// <para>A code has two to four ASCII digits; its first two digits are the root (<c>01</c> to <c>20</c>), which fixes
/// the <see cref="Diplomacy.QuadClass"/>. A well-formed code need not be in the codebook: whether it is known is
/// asked of <see cref="CameoCodebook"/>. <c>default(CameoCode)</c> is not a code (<see cref="IsDefault"/>). Two codes are equal when their digits are.</para>
/// <para>Text converts to a code implicitly, for literals in code; the conversion throws on malformed text, which
/// the design guidelines advise against: see the conversion operator for why it is kept, and use
/// <see cref="TryParse(string?, IFormatProvider?, out CameoCode)"/> for text from outside the program.</para>
/// </remarks>
public readonly record struct CameoCode : IComparable<CameoCode>, IParsable<CameoCode>, ICheckedText<CameoCode>
{
    private readonly string? _value;

    /// <summary>Creates a code, checking its form.</summary>
    /// <exception cref="ArgumentException">The text is not two to four digits with a root of 01 to 20.</exception>
    public CameoCode(string value) => _value = CheckedText.Check<CameoCode>(value, nameof(value));

    private CameoCode(string checkedValue, bool _) => _value = checkedValue;

    /// <summary>The code's digits, e.g. <c>0311</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(CameoCode)</c>.</summary>
    public bool IsDefault => _value is null;

    /// <summary>The root, 1 to 20: the first two digits.</summary>
    public int Root => _value is null ? 0 : ((_value[0] - '0') * 10) + (_value[1] - '0');

    /// <summary>The root as a two-digit code, e.g. <c>03</c> for <c>0311</c>.</summary>
    public CameoCode RootCode => _value is null || _value.Length == 2 ? this : new CameoCode(_value[..2]);

    /// <summary>
    /// The quad class the root belongs to: verbal cooperation (01-05), material cooperation (06-09),
    /// verbal conflict (10-14), material conflict (15-20).
    /// </summary>
    public QuadClass QuadClass => Root switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 9 => QuadClass.MaterialCooperation,
        <= 14 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>Says whether <paramref name="value"/> is a well-formed CAMEO code.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => CheckedText.IsValid<CameoCode>(value);

    static CameoCode ICheckedText<CameoCode>.Wrap(string text) => new(text, true);

    static string? ICheckedText<CameoCode>.Problem(string text) => Problem(text);

    private static string? Problem(string value)
    {
        if (value.Length is < 2 or > 4 || !value.All(char.IsAsciiDigit))
        {
            return $"'{value}' is not a CAMEO event code: a code is two to four digits, with leading zeros kept (e.g. '0311', '163').";
        }

        var root = ((value[0] - '0') * 10) + (value[1] - '0');
        if (root is < 1 or > 20)
        {
            return $"'{value}' is not a CAMEO event code: its root '{value[..2]}' is not 01 to 20.";
        }

        return null;
    }

    /// <inheritdoc cref="CameoCode(string)"/>
    public static CameoCode Parse(string s, IFormatProvider? provider = null) => new(s);

    /// <summary>Parses a code without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CameoCode result) =>
        CheckedText.TryParse(s, out result);

    /// <summary>Parses a code without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out CameoCode result) => TryParse(s, null, out result);

    /// <summary>Converts text to a code, checking its form: the same as <see cref="CameoCode(string)"/>.</summary>
    /// <remarks>
    /// <para>This conversion throws <see cref="ArgumentException"/> on text of the wrong form, although the .NET design
    /// guidelines say implicit conversions should not throw. It is kept on purpose: chronicles are written in code with
    /// literal ids (<c>CameoCode x = "0311";</c>, or a literal where a parameter wants one), and a malformed literal is a
    /// programming error that the first run reports with the same message as the constructor. Text from outside the
    /// program (a file, a user) should go through <see cref="TryParse(string?, IFormatProvider?, out CameoCode)"/> or
    /// <see cref="IsValid"/> instead, which never throw.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of the form; the message says why.</exception>
    public static implicit operator CameoCode(string value) => new(value);

    /// <summary>Orders codes ordinally by their digits, so a root sorts before its children.</summary>
    public int CompareTo(CameoCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The code's digits.</summary>
    public override string ToString() => Value;

    /// <summary>Ordinal order.</summary>
    public static bool operator <(CameoCode left, CameoCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(CameoCode left, CameoCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(CameoCode left, CameoCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(CameoCode left, CameoCode right) => left.CompareTo(right) >= 0;
}
