using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Diplomacy;

/// <summary>Registers Diplomacy's services.</summary>
public static class DiplomacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers NodaTime's <see cref="IClock"/> (the system clock, unless an <see cref="IClock"/> is already
    /// registered), <see cref="DiplomacyOptions"/>, and a singleton <see cref="IChronicleStore"/>. Safe to call more
    /// than once: services are added only if missing, and every <paramref name="configure"/> applies to the one
    /// options instance, in call order.
    /// </summary>
    public static IServiceCollection AddDiplomacy(this IServiceCollection services, Action<DiplomacyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(DiplomacyOptions))?.ImplementationInstance as DiplomacyOptions;
        if (options is null)
        {
            options = new DiplomacyOptions();
            services.AddSingleton(options);
        }

        configure?.Invoke(options);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IChronicleStore>(provider =>
        {
            var configured = provider.GetRequiredService<DiplomacyOptions>();
            var initial = configured.InitialChronicleFactory?.Invoke(provider) ?? configured.InitialChronicle;
            return new ChronicleStore(initial);
        });
        return services;
    }
}
