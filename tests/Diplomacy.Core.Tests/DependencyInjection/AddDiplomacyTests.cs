using Diplomacy.TestKit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Diplomacy.Core.Tests.DependencyInjection;

public class AddDiplomacyTests
{
    [Fact]
    public void Registers_the_system_clock_and_an_empty_store()
    {
        using var provider = new ServiceCollection().AddDiplomacy().BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Empty(provider.GetRequiredService<IChronicleStore>().Current.Events);
    }

    [Fact]
    public void Keeps_a_clock_that_is_already_registered()
    {
        var fake = new FakeClock(Instant.FromUtc(2024, 7, 8, 0, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddDiplomacy().BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Is_safe_to_call_twice_and_applies_both_configurations()
    {
        var sample = SampleWorld.Build();
        var services = new ServiceCollection()
            .AddDiplomacy(o => o.InitialChronicle = Chronicle.Empty)
            .AddDiplomacy(o => o.InitialChronicle = sample);
        Assert.Single(services, d => d.ServiceType == typeof(IChronicleStore));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        using var provider = services.BuildServiceProvider();
        Assert.Same(sample, provider.GetRequiredService<IChronicleStore>().Current);
    }

    [Fact]
    public void The_factory_wins_over_the_initial_chronicle()
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
}
