using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diplomacy.Serialization;

/// <summary>Registers a chronicle file as the source of the application's <see cref="IChronicleStore"/>.</summary>
public static class ChronicleFileServiceCollectionExtensions
{
    /// <summary>
    /// Loads the chronicle in <paramref name="path"/> into the <see cref="IChronicleStore"/> (through
    /// <see cref="DiplomacyOptions.InitialChronicleFactory"/>, so when the store is first resolved), and registers an
    /// <see cref="IChronicleFile"/> that saves the store's current chronicle back to it.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The chronicle file; a relative path is resolved against the current directory now.</param>
    /// <param name="configure">Sets <see cref="ChronicleFileOptions"/>.</param>
    /// <exception cref="InvalidOperationException">A chronicle file, or an <see cref="IChronicleStore"/> of the
    /// application's own (not <see cref="DiplomacyServiceCollectionExtensions.AddDiplomacy"/>'s), is already
    /// registered: the file would not be the store's source.</exception>
    /// <remarks>
    /// <para>The file must be the only source of the initial chronicle: when <see cref="DiplomacyOptions"/> also set
    /// <see cref="DiplomacyOptions.InitialChronicle"/> or <see cref="DiplomacyOptions.InitialChronicleFactory"/>
    /// (before or after this call), start-up validation fails with <see cref="OptionsValidationException"/> naming the
    /// file, rather than one source silently replacing the other. So does a null
    /// <see cref="ChronicleFileOptions.Format"/>.</para>
    /// <para>Resolving the store throws <see cref="ChronicleFormatException"/> when the file is not a valid chronicle, and
    /// <see cref="FileNotFoundException"/> when it is missing (unless <see cref="ChronicleFileOptions.StartEmptyIfMissing"/>).</para>
    /// </remarks>
    public static IServiceCollection AddDiplomacyChronicleFile(this IServiceCollection services, string path, Action<ChronicleFileOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (services.Any(d => d.ServiceType == typeof(IChronicleFile)))
        {
            throw new InvalidOperationException(
                $"A chronicle file is already registered; an application has one, so '{fullPath}' is refused.");
        }

        if (services.Any(d => d.ServiceType == typeof(IChronicleStore) && !d.IsKeyedService && !IsAddDiplomacys(d)))
        {
            throw new InvalidOperationException(
                $"An IChronicleStore of the application's own is already registered; the chronicle file '{fullPath}' would never be loaded into it.");
        }

        var fileOptions = services.AddOptions<ChronicleFileOptions>();
        if (configure is not null)
        {
            fileOptions.Configure(configure);
        }

        fileOptions
            .Validate(o => o.Format is not null, $"ChronicleFileOptions.Format is null for the chronicle file '{fullPath}'; leave it unset for ChronicleJsonOptions.Default.")
            .ValidateOnStart();

        Func<IServiceProvider, Chronicle> load = provider =>
            ChronicleFile.LoadInitial(fullPath, provider.GetRequiredService<IOptions<ChronicleFileOptions>>().Value);
        services.AddDiplomacy(o => o.InitialChronicleFactory ??= ReferenceEquals(o.InitialChronicle, Chronicle.Empty) ? load : null);
        services.AddOptions<DiplomacyOptions>().Validate(
            o => ReferenceEquals(o.InitialChronicleFactory, load) && ReferenceEquals(o.InitialChronicle, Chronicle.Empty),
            $"The chronicle file '{fullPath}' (AddDiplomacyChronicleFile) and DiplomacyOptions (InitialChronicle or InitialChronicleFactory) both name the store's initial chronicle; one would silently replace the other. Keep one.");
        services.AddSingleton<IChronicleFile>(provider => new ChronicleFile(
            fullPath,
            provider.GetRequiredService<IOptions<ChronicleFileOptions>>().Value,
            provider.GetRequiredService<IChronicleStore>()));
        return services;
    }

    /// <summary>True for the store <see cref="DiplomacyServiceCollectionExtensions.AddDiplomacy"/> registers (its factory is Core's own code).</summary>
    private static bool IsAddDiplomacys(ServiceDescriptor descriptor) =>
        descriptor.ImplementationFactory?.Method.Module.Assembly == typeof(DiplomacyServiceCollectionExtensions).Assembly;
}
