using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Diplomacy;

/// <summary>Registers Diplomacy's services.</summary>
public static class DiplomacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IChronicleStore"/> that starts with the chronicle <see cref="DiplomacyOptions"/>
    /// name, and the options themselves, validated at start-up: the initial chronicle is not null, and at most one of
    /// <see cref="DiplomacyOptions.InitialChronicle"/> and <see cref="DiplomacyOptions.InitialChronicleFactory"/> is set.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; every call's action applies, in call order.</param>
    /// <remarks>
    /// <para>Safe to call more than once: the store and the validator are added only if missing.</para>
    /// <para>Invalid options fail with <see cref="OptionsValidationException"/> when a host starts (through
    /// <c>ValidateOnStart</c>; without a host, resolve <see cref="IStartupValidator"/> and call its <c>Validate</c>), and
    /// at the latest when the store is first resolved.</para>
    /// </remarks>
    public static IServiceCollection AddDiplomacy(this IServiceCollection services, Action<DiplomacyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DiplomacyOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiplomacyOptions>, DiplomacyOptionsValidator>());
        services.TryAddSingleton<IChronicleStore>(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<DiplomacyOptions>>().Value;
            var initial = configured.InitialChronicleFactory?.Invoke(provider) ?? configured.InitialChronicle;
            return new ChronicleStore(initial);
        });
        return services;
    }
}
