namespace Diplomacy;

/// <summary>Options for <see cref="DiplomacyServiceCollectionExtensions.AddDiplomacy"/>.</summary>
public sealed class DiplomacyOptions
{
    /// <summary>The chronicle the <see cref="IChronicleStore"/> starts with; empty by default.</summary>
    public Chronicle InitialChronicle { get; set; } = Chronicle.Empty;

    /// <summary>
    /// Makes the initial chronicle from the services when the store is first resolved (e.g. loads a file); when set,
    /// it wins over <see cref="InitialChronicle"/>.
    /// </summary>
    public Func<IServiceProvider, Chronicle>? InitialChronicleFactory { get; set; }
}
