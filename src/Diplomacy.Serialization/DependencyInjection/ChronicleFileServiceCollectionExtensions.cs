using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Diplomacy.Serialization;

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
