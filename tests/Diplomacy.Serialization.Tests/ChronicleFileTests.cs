using Diplomacy.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diplomacy.Serialization.Tests;

/// <summary>AddDiplomacyChronicleFile: the store starts from a file, and IChronicleFile saves it back.</summary>
public class ChronicleFileTests
{
    private static ServiceProvider Services(string path, Action<ChronicleFileOptions>? configure = null) =>
        new ServiceCollection().AddDiplomacyChronicleFile(path, configure).BuildServiceProvider();

    [Fact]
    public void The_store_starts_with_the_files_chronicle()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        ChronicleJson.Save(SampleWorld.Build(), path);

        using var services = Services(path);

        Chronicles.AssertSameContent(SampleWorld.Build(), services.GetRequiredService<IChronicleStore>().Current);
        Assert.Equal(path, services.GetRequiredService<IChronicleFile>().Path);
    }

    [Fact]
    public async Task Saving_writes_the_current_chronicle_back()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        ChronicleJson.Save(SampleWorld.Build(), path);
        using var services = Services(path);
        var store = services.GetRequiredService<IChronicleStore>();
        store.Append([new Meeting("later", FuzzyDate.FromYear(2025), [SampleWorld.Cite(SampleWorld.Vreme, "2025")], [SampleWorld.Vulin])]);

        var saved = await services.GetRequiredService<IChronicleFile>().SaveAsync();

        Assert.Same(store.Current, saved);
        Chronicles.AssertSameContent(store.Current, ChronicleJson.Load(path));
    }

    [Fact]
    public void A_missing_file_is_an_error_unless_starting_empty_is_allowed()
    {
        using var directory = new TempDirectory();
        var path = directory.File("absent.json");

        using (var strict = Services(path))
        {
            Assert.Throws<FileNotFoundException>(() => strict.GetRequiredService<IChronicleStore>());
        }

        using var lenient = Services(path, o => o.StartEmptyIfMissing = true);
        Assert.Empty(lenient.GetRequiredService<IChronicleStore>().Current.Events);
    }

    [Fact]
    public async Task Starting_empty_then_saving_creates_the_file()
    {
        using var directory = new TempDirectory();
        var path = directory.File("new.json");
        using var services = Services(path, o => o.StartEmptyIfMissing = true);
        services.GetRequiredService<IChronicleStore>().Update(_ => SampleWorld.Build());

        await services.GetRequiredService<IChronicleFile>().SaveAsync();

        Chronicles.AssertSameContent(SampleWorld.Build(), ChronicleJson.Load(path));
    }

    [Fact]
    public void A_malformed_file_fails_with_its_location_when_the_store_is_resolved()
    {
        using var directory = new TempDirectory();
        var path = directory.File("bad.json");
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"events\": [ { \"type\": \"summit\" } ] }");
        using var services = Services(path);

        var error = Assert.Throws<ChronicleFormatException>(() => services.GetRequiredService<IChronicleStore>());
        Assert.Equal("$.events[0].type", error.Path);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public void The_formats_options_are_used()
    {
        using var directory = new TempDirectory();
        var path = directory.File("extra.json");
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"generator\": \"hand\" }");

        using var services = Services(path, o => o.Format = new ChronicleJsonOptions { AllowUnknownProperties = true });

        Assert.Empty(services.GetRequiredService<IChronicleStore>().Current.Actors);
    }

    [Fact]
    public void Works_beside_AddDiplomacy_and_only_once()
    {
        var services = new ServiceCollection().AddDiplomacy().AddDiplomacyChronicleFile("a.json", o => o.StartEmptyIfMissing = true);
        Assert.Throws<InvalidOperationException>(() => services.AddDiplomacyChronicleFile("b.json"));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Same(Chronicle.Empty, provider.GetRequiredService<IChronicleStore>().Current);
        Assert.Equal(Path.GetFullPath("a.json"), provider.GetRequiredService<IChronicleFile>().Path);
    }

    [Fact]
    public void A_second_chronicle_file_is_refused_with_its_path()
    {
        var services = new ServiceCollection().AddDiplomacyChronicleFile("a.json");
        var error = Assert.Throws<InvalidOperationException>(() => services.AddDiplomacyChronicleFile("b.json"));
        Assert.Contains(Path.GetFullPath("b.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_of_the_applications_own_is_refused()
    {
        var services = new ServiceCollection().AddSingleton<IChronicleStore>(new ChronicleStore(Chronicle.Empty));
        var error = Assert.Throws<InvalidOperationException>(() => services.AddDiplomacyChronicleFile("a.json"));
        Assert.Contains("would never be loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_chronicle_configured_before_the_file_fails_at_start_up_naming_the_file()
    {
        using var provider = new ServiceCollection()
            .AddDiplomacy(o => o.InitialChronicle = SampleWorld.Build())
            .AddDiplomacyChronicleFile("a.json", o => o.StartEmptyIfMissing = true)
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(Path.GetFullPath("a.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_chronicle_factory_configured_after_the_file_fails_at_start_up_naming_the_file()
    {
        using var provider = new ServiceCollection()
            .AddDiplomacyChronicleFile("a.json", o => o.StartEmptyIfMissing = true)
            .AddDiplomacy(o => o.InitialChronicleFactory = _ => Chronicle.Empty)
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(Path.GetFullPath("a.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_format_fails_at_start_up()
    {
        using var provider = new ServiceCollection()
            .AddDiplomacyChronicleFile("a.json", o => o.Format = null!)
            .BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("ChronicleFileOptions.Format is null", error.Message, StringComparison.Ordinal);
    }
}
