namespace Diplomacy;

/// <summary>
/// Options for <see cref="DiplomacyServiceCollectionExtensions.AddDiplomacy"/>: where the <see cref="IChronicleStore"/>'s
/// first chronicle comes from. Read through <c>IOptions&lt;DiplomacyOptions&gt;</c> and checked when the application
/// starts: a null <see cref="InitialChronicle"/>, or both sources set, fail with <c>OptionsValidationException</c>.
/// </summary>
public sealed class DiplomacyOptions
{
    /// <summary>The chronicle the <see cref="IChronicleStore"/> starts with; <see cref="Chronicle.Empty"/> by default. Must not be null.</summary>
    public Chronicle InitialChronicle { get; set; } = Chronicle.Empty;

    /// <summary>
    /// Makes the initial chronicle from the services when the store is first resolved (e.g. loads a file). Set this or
    /// <see cref="InitialChronicle"/>, not both: start-up validation refuses the two together, since one would be
    /// silently ignored.
    /// </summary>
    public Func<IServiceProvider, Chronicle>? InitialChronicleFactory { get; set; }
}
