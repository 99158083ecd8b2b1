using Diplomacy.Cli;
using Diplomacy.TestKit;

namespace Diplomacy.Cli.Tests;

/// <summary>What a run of the tool printed, and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The seed data set, by its full path.</summary>
    public static string Seed => Repository("seeds/serbia-arms-2024.json");

    /// <summary>A file of this test project's fixtures (or the importers' fixtures linked into it).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A path inside the repository.</summary>
    public static string Repository(string relative) =>
        Path.Combine(SharedData.RepositoryRoot ?? throw new InvalidOperationException("The tests run inside the repository (no Diplomacy.sln found above them)."), relative);

    /// <summary>The lines printed on standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>Parses and runs a command line in this process, with standard output and error captured.</summary>
    public static async Task<CliRun> Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DiplomacyCli.RunAsync(args, CliConsole.Redirected(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
