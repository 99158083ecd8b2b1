using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>One CAMEO event type: its code, name and Goldstein score, and where it sits in PLOVER.</summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Name">The codebook's short name, e.g. <c>Praise or endorse</c>.</param>
/// <param name="Goldstein">The Goldstein score, -10..+10.</param>
/// <param name="PloverCategory">The PLOVER category the code maps to, if any.</param>
/// <param name="PloverMode">The PLOVER mode, if any.</param>
/// <param name="PloverContext">The PLOVER context, if any.</param>
public sealed record CameoEventType(
    CameoCode Code,
    string Name,
    double Goldstein,
    PloverCategory? PloverCategory = null,
    string? PloverMode = null,
    string? PloverContext = null)
{
    /// <summary>The quad class of the code's root.</summary>
    public QuadClass QuadClass => Code.QuadClass;

    /// <summary>The coding this event type gives an event.</summary>
    public Coding ToCoding() => new(QuadClass)
    {
        Cameo = Code,
        Goldstein = Goldstein,
        PloverCategory = PloverCategory,
        PloverMode = PloverMode,
        PloverContexts = PloverContext is null ? [] : [PloverContext],
    };
}

/// <summary>
/// The CAMEO event codebook (CAMEO 1.1b3): every code's name and Goldstein score, and its PLOVER mapping.
/// </summary>
public static class CameoCodebook
{
    private static readonly FrozenDictionary<CameoCode, CameoEventType> Entries = CameoCodebookData.Load()
        .ToFrozenDictionary(e => e.Code);

    /// <summary>Every event type in the codebook, in code order.</summary>
    public static IReadOnlyList<CameoEventType> All { get; } = Entries.Values.OrderBy(e => e.Code).ToArray();

    /// <summary>Looks a code up.</summary>
    public static bool TryGet(CameoCode code, [NotNullWhen(true)] out CameoEventType? eventType) => Entries.TryGetValue(code, out eventType);

    /// <summary>Looks a code up.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the codebook.</exception>
    public static CameoEventType Get(CameoCode code) =>
        TryGet(code, out var e) ? e : throw new KeyNotFoundException($"The CAMEO code '{code}' is not in the CAMEO codebook.");

    /// <summary>True when the code is in the codebook.</summary>
    public static bool Contains(CameoCode code) => Entries.ContainsKey(code);
}
