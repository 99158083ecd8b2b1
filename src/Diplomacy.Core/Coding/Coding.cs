using System.Collections.Concurrent;

namespace Diplomacy;

/// <summary>
/// How an event reads in the field's common languages: a CAMEO event code, its quad class, a Goldstein score and
/// the PLOVER category, mode and contexts. This is what lets words be told from deeds across data sets.
/// </summary>
/// <remarks>
/// Every typed event has a documented default coding (see each kind) that its author may replace; imported
/// <see cref="CodedEvent"/>s carry the coding of their source. Codings made by <see cref="FromCameo"/> are shared
/// instances, so millions of imported events cost one reference each.
/// </remarks>
public sealed record Coding
{
    private static readonly ConcurrentDictionary<CameoCode, Coding> ByCameo = new();

    private readonly double? _goldstein;
    private readonly IReadOnlyList<string> _ploverContexts = ValueList<string>.Empty;

    /// <summary>Creates a coding with a quad class and nothing else; set the other properties as known.</summary>
    public Coding(QuadClass quadClass)
    {
        if (!Enum.IsDefined(quadClass))
        {
            throw new ArgumentOutOfRangeException(nameof(quadClass), quadClass, "A quad class is 1 (verbal cooperation) to 4 (material conflict).");
        }

        QuadClass = quadClass;
    }

    /// <summary>The CAMEO event code, if the event has one.</summary>
    public CameoCode? Cameo { get; init; }

    /// <summary>Words or deeds, cooperation or conflict.</summary>
    public QuadClass QuadClass { get; init; }

    /// <summary>
    /// The Goldstein score, from -10 (most conflictual) to +10 (most cooperative), if known. CAMEO codes have one in
    /// the codebook; PLOVER records may not.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value outside -10..+10 or not a number.</exception>
    public double? Goldstein
    {
        get => _goldstein;
        init
        {
            if (value is { } v && (double.IsNaN(v) || v < -10 || v > 10))
            {
                throw new ArgumentOutOfRangeException(nameof(Goldstein), value, "A Goldstein score is between -10 and +10.");
            }

            _goldstein = value;
        }
    }

    /// <summary>The PLOVER event category, if known.</summary>
    public PloverCategory? PloverCategory { get; init; }

    /// <summary>The PLOVER mode within the category (e.g. <c>military</c> for AID), if any.</summary>
    public string? PloverMode { get; init; }

    /// <summary>PLOVER contexts (e.g. <c>military</c>, <c>economic</c>); never null.</summary>
    public IReadOnlyList<string> PloverContexts
    {
        get => _ploverContexts;
        init => _ploverContexts = ValueList<string>.From(value, nameof(PloverContexts));
    }

    /// <summary>
    /// The coding of a CAMEO code from the codebook: its quad class, Goldstein score and PLOVER mapping. The same
    /// instance is returned for the same code.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not in <see cref="CameoCodebook"/>; unknown codes are reported, not guessed.</exception>
    public static Coding FromCameo(CameoCode code)
    {
        if (TryFromCameo(code, out var coding))
        {
            return coding;
        }

        throw new ArgumentException($"The CAMEO code '{code}' is not in the codebook; give the coding explicitly (new Coding(quadClass) {{ Cameo = ..., Goldstein = ... }}) if it is a local extension.", nameof(code));
    }

    /// <summary>The coding of a CAMEO code from the codebook, or false when the code is not in it.</summary>
    public static bool TryFromCameo(CameoCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Coding? coding)
    {
        if (ByCameo.TryGetValue(code, out coding))
        {
            return true;
        }

        if (!CameoCodebook.TryGet(code, out var entry))
        {
            coding = null;
            return false;
        }

        coding = ByCameo.GetOrAdd(code, static (_, e) => e.ToCoding(), entry);
        return true;
    }

    /// <summary>A short form, e.g. <c>051 VerbalCooperation +3.4</c>.</summary>
    public override string ToString() =>
        $"{(Cameo is { } c ? c + " " : string.Empty)}{QuadClass}{(Goldstein is { } g ? " " + g.ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}";
}
