using Diplomacy.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Diplomacy.Core.Tests.DependencyInjection;

public class AddDiplomacyTests
{
    [Fact]
    public void Registers_an_empty_store_and_no_clock()
    {
        var services = new ServiceCollection().AddDiplomacy();
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IClock));
        using var provider = services.BuildServiceProvider();
        Assert.Same(Chronicle.Empty, provider.GetRequiredService<IChronicleStore>().Current);
    }

    [Fact]
    public void Is_safe_to_call_twice_and_applies_both_configurations()
    {
        var sample = SampleWorld.Build();
        var services = new ServiceCollection()
            .AddDiplomacy(o => o.InitialChronicle = Chronicle.Empty)
            .AddDiplomacy(o => o.InitialChronicle = sample);
        Assert.Single(services, d => d.ServiceType == typeof(IChronicleStore));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<DiplomacyOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Same(sample, provider.GetRequiredService<IChronicleStore>().Current);
    }

    [Fact]
    public void The_factory_makes_the_initial_chronicle()
    {
        var sample = SampleWorld.Build();
        using var provider = new ServiceCollection()
            .AddDiplomacy(o => o.InitialChronicleFactory = _ => sample)
            .BuildServiceProvider();
        Assert.Same(sample, provider.GetRequiredService<IChronicleStore>().Current);
    }

    [Fact]
    public void The_store_is_a_singleton()
    {
        using var provider = new ServiceCollection().AddDiplomacy().BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<IChronicleStore>(), provider.GetRequiredService<IChronicleStore>());
    }

    [Fact]
    public void Valid_options_pass_start_up_validation()
    {
        using var provider = new ServiceCollection().AddDiplomacy(o => o.InitialChronicle = SampleWorld.Build()).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotEmpty(provider.GetRequiredService<IChronicleStore>().Current.Events);
    }

    [Fact]
    public void A_null_initial_chronicle_fails_at_start_up()
    {
        using var provider = new ServiceCollection().AddDiplomacy(o => o.InitialChronicle = null!).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("InitialChronicle is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_both_the_initial_chronicle_and_its_factory_fails_at_start_up()
    {
        var sample = SampleWorld.Build();
        using var provider = new ServiceCollection()
            .AddDiplomacy(o => o.InitialChronicle = sample)
            .AddDiplomacy(o => o.InitialChronicleFactory = _ => sample)
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("both InitialChronicle and InitialChronicleFactory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_fail_when_the_store_is_first_resolved_without_a_host()
    {
        using var provider = new ServiceCollection().AddDiplomacy(o => o.InitialChronicle = null!).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChronicleStore>());
    }
}
