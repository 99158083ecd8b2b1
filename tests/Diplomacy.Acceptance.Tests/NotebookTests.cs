using System.Reflection;
using Diplomacy.Serialization;

namespace Diplomacy.Acceptance.Tests;

/// <summary>The notebook in samples/notebooks references the packages this build produces (CI also runs it).</summary>
public class NotebookTests
{
    [Fact]
    public void The_notebook_references_the_current_package_version()
    {
        var version = typeof(ChronicleJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var notebooks = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "notebooks"), "*.dib");
        Assert.NotEmpty(notebooks);
        Assert.All(notebooks, path => Assert.Contains($"#r \"nuget: Diplomacy.Serialization, {version}\"", File.ReadAllText(path), StringComparison.Ordinal));
    }
}
