using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Diplomacy;

/// <summary>One CAMEO event type: its code, name and Goldstein score, and where it sits in PLOVER.</summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Name">The codebook's short name, e.g. <c>Praise or endorse</c>.</param>
/// <param name="Goldstein">The Goldstein score, -10..+10.</param>
/// <param name="PloverCategory">The PLOVER category the code maps to, if any.</param>
/// <param name="PloverMode">The PLOVER mode, if any (e.g. <c>visit</c> for 042), spelled as PLOVER spells it.</param>
/// <param name="PloverContext">
/// The PLOVER context, if any (e.g. <c>economic</c> for 0311), spelled as PLOVER spells it; where a code has two
/// contexts they are separated by a semicolon (<c>crime; corruption</c>), and <see cref="PloverContexts"/> splits them.
/// </param>
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

    /// <summary>The PLOVER contexts: <see cref="PloverContext"/> split at semicolons; empty when there is none.</summary>
    public IReadOnlyList<string> PloverContexts => PloverContext is null
        ? ValueList<string>.Empty
        : ValueList<string>.Wrap(PloverContext.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The coding this event type gives an event.</summary>
    public Coding ToCoding() => new(QuadClass)
    {
        Cameo = Code,
        Goldstein = Goldstein,
        PloverCategory = PloverCategory,
        PloverMode = PloverMode,
        PloverContexts = PloverContexts,
    };
}

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
