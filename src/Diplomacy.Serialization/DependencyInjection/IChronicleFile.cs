namespace Diplomacy.Serialization;

/// <summary>The chronicle file an application was started with, registered by <see cref="ChronicleFileServiceCollectionExtensions.AddDiplomacyChronicleFile"/>.</summary>
public interface IChronicleFile
{
    /// <summary>The file's full path.</summary>
    string Path { get; }

    /// <summary>
    /// Writes the store's current chronicle to the file, atomically (see <see cref="ChronicleJson.Save(Chronicle, string, ChronicleJsonOptions?)"/>).
    /// Saves do not overlap: a save waits for the one before it, then writes the chronicle current at that moment.
    /// </summary>
    /// <returns>The chronicle that was written.</returns>
    Task<Chronicle> SaveAsync(CancellationToken cancellationToken = default);
}
