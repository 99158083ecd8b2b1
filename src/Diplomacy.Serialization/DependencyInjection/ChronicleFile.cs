using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Diplomacy.Serialization;

/// <summary>Options for <see cref="ChronicleFileServiceCollectionExtensions.AddDiplomacyChronicleFile"/>.</summary>
public sealed class ChronicleFileOptions
{
    /// <summary>How the file is read and written; <see cref="ChronicleJsonOptions.Default"/> unless set.</summary>
    public ChronicleJsonOptions Format { get; set; } = ChronicleJsonOptions.Default;

    /// <summary>
    /// When true, a missing file gives an empty chronicle (the file is created at the first save); when false (the
    /// default), a missing file is an error, so a mistyped path is noticed.
    /// </summary>
    public bool StartEmptyIfMissing { get; set; }
}

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

/// <summary>Registers a chronicle file as the source of the application's <see cref="IChronicleStore"/>.</summary>
public static class ChronicleFileServiceCollectionExtensions
{
    /// <summary>
    /// Loads the chronicle in <paramref name="path"/> into the <see cref="IChronicleStore"/> (through
    /// <c>AddDiplomacy(o =&gt; o.InitialChronicleFactory = ...)</c>, so when the store is first resolved), and registers
    /// an <see cref="IChronicleFile"/> that saves the store's current chronicle back to it.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The chronicle file; a relative path is resolved against the current directory now.</param>
    /// <param name="configure">Sets <see cref="ChronicleFileOptions"/>.</param>
    /// <exception cref="InvalidOperationException">A chronicle file is already registered.</exception>
    /// <remarks>Resolving the store throws <see cref="ChronicleFormatException"/> when the file is not a valid chronicle, and <see cref="FileNotFoundException"/> when it is missing (unless <see cref="ChronicleFileOptions.StartEmptyIfMissing"/>).</remarks>
    public static IServiceCollection AddDiplomacyChronicleFile(this IServiceCollection services, string path, Action<ChronicleFileOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (services.Any(d => d.ServiceType == typeof(IChronicleFile)))
        {
            throw new InvalidOperationException("A chronicle file is already registered; an application has one.");
        }

        var options = new ChronicleFileOptions();
        configure?.Invoke(options);
        var fullPath = System.IO.Path.GetFullPath(path);
        services.AddDiplomacy(o => o.InitialChronicleFactory = _ => ChronicleFile.LoadInitial(fullPath, options));
        services.TryAddSingleton<IChronicleFile>(provider => new ChronicleFile(fullPath, options, provider.GetRequiredService<IChronicleStore>()));
        return services;
    }
}

/// <summary>Saves the store's chronicle to its file, one save at a time.</summary>
internal sealed class ChronicleFile(string path, ChronicleFileOptions options, IChronicleStore store) : IChronicleFile, IDisposable
{
    private readonly SemaphoreSlim _saving = new(1, 1);

    public string Path { get; } = path;

    public static Chronicle LoadInitial(string path, ChronicleFileOptions options) =>
        options.StartEmptyIfMissing && !File.Exists(path) ? Chronicle.Empty : ChronicleJson.Load(path, options.Format);

    public async Task<Chronicle> SaveAsync(CancellationToken cancellationToken = default)
    {
        await _saving.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var chronicle = store.Current;
            await ChronicleJson.SaveAsync(chronicle, Path, options.Format, cancellationToken).ConfigureAwait(false);
            return chronicle;
        }
        finally
        {
            _saving.Release();
        }
    }

    public void Dispose() => _saving.Dispose();
}
