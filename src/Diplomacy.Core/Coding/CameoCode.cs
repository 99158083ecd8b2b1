using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// A CAMEO event code, kept as text because leading zeros matter (<c>0311</c> is not <c>311</c>).
/// </summary>
/// <remarks>
/// A code has two to four ASCII digits; its first two digits are the root (<c>01</c> to <c>20</c>), which fixes
/// the <see cref="Diplomacy.QuadClass"/>. A well-formed code need not be in the codebook: whether it is known is
/// asked of <see cref="CameoCodebook"/>. <c>default(CameoCode)</c> is not a code (<see cref="IsDefault"/>).
/// </remarks>
public readonly struct CameoCode : IEquatable<CameoCode>, IComparable<CameoCode>, IParsable<CameoCode>
{
    private readonly string? _value;

    /// <summary>Creates a code, checking its form.</summary>
    /// <exception cref="ArgumentException">The text is not two to four digits with a root of 01 to 20.</exception>
    public CameoCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Validate(value);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        _value = value;
    }

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
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Validate(value) is null;

    private static string? Validate(string value)
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
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CameoCode result)
    {
        if (IsValid(s))
        {
            result = new CameoCode(s);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Parses a code without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out CameoCode result) => TryParse(s, null, out result);

    /// <summary>Converts text to a code, checking its form.</summary>
    public static implicit operator CameoCode(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(CameoCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CameoCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders codes ordinally by their digits, so a root sorts before its children.</summary>
    public int CompareTo(CameoCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>The code's digits.</summary>
    public override string ToString() => Value;

    /// <summary>Equality by digits.</summary>
    public static bool operator ==(CameoCode left, CameoCode right) => left.Equals(right);

    /// <summary>Inequality by digits.</summary>
    public static bool operator !=(CameoCode left, CameoCode right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(CameoCode left, CameoCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(CameoCode left, CameoCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(CameoCode left, CameoCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(CameoCode left, CameoCode right) => left.CompareTo(right) >= 0;
}
