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
