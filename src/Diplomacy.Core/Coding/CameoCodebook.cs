using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>
/// The CAMEO event codebook (CAMEO 1.1b3): every code at every level (the twenty roots, their 3-digit codes and the
/// 4-digit codes below those), each with its name and Goldstein score, and its PLOVER mapping (CAMEO2PLOVER, 2021).
/// </summary>
/// <remarks>
/// A code's parent is the code without its last digit (<c>0311</c> belongs to <c>031</c>, which belongs to the root
/// <c>03</c>); <see cref="Children"/> walks down. Statements (01) and appeals (02) have no PLOVER category, as in the
/// mapping.
/// </remarks>
public static class CameoCodebook
{
    private static readonly FrozenDictionary<CameoCode, CameoEventType> Entries = CameoCodebookData.Load()
        .ToFrozenDictionary(e => e.Code);

    /// <summary>Every event type in the codebook, in code order (so each root comes before its children).</summary>
    public static IReadOnlyList<CameoEventType> All { get; } = Entries.Values.OrderBy(e => e.Code).ToArray().AsReadOnly();

    private static readonly FrozenDictionary<CameoCode, IReadOnlyList<CameoEventType>> ChildrenByCode = All
        .ToFrozenDictionary(
            parent => parent.Code,
            parent => (IReadOnlyList<CameoEventType>)ValueList<CameoEventType>.Wrap(All
                .Where(e => e.Code.Value.Length == parent.Code.Value.Length + 1
                    && e.Code.Value.StartsWith(parent.Code.Value, StringComparison.Ordinal))
                .ToArray()));

    /// <summary>Looks a code up.</summary>
    public static bool TryGet(CameoCode code, [NotNullWhen(true)] out CameoEventType? eventType) => Entries.TryGetValue(code, out eventType);

    /// <summary>Looks a code up.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the codebook.</exception>
    public static CameoEventType Get(CameoCode code) =>
        TryGet(code, out var e) ? e : throw new KeyNotFoundException($"The CAMEO code '{code}' is not in the CAMEO codebook.");

    /// <summary>True when the code is in the codebook.</summary>
    public static bool Contains(CameoCode code) => Entries.ContainsKey(code);

    /// <summary>
    /// The event types one level below <paramref name="code"/>, in code order: for a root (<c>03</c>) its 3-digit codes
    /// (<c>030</c> to <c>039</c>), for a 3-digit code (<c>031</c>) its 4-digit codes (<c>0311</c> to <c>0314</c>); empty for
    /// a code with none below it (every 4-digit code, and 3-digit codes such as <c>040</c>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The code is not in the codebook.</exception>
    public static IReadOnlyList<CameoEventType> Children(CameoCode code) =>
        ChildrenByCode.TryGetValue(code, out var children)
            ? children
            : throw new KeyNotFoundException($"The CAMEO code '{code}' is not in the CAMEO codebook.");
}
