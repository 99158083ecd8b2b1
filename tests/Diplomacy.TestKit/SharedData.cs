using Xunit;

namespace Diplomacy.TestKit;

/// <summary>
/// Finds the real data files of <c>../shared/data/</c> (beside the repository; see its SOURCES.md). A plain clone
/// does not have that folder, so tests that read it use <see cref="SharedDataFactAttribute"/> and are skipped, with a
/// message saying which file is missing, rather than passing without having run.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test assembly that holds Diplomacy.sln, if any.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The full path of the shared data folder, or null when it is absent.</summary>
    public static string? Root => LazyRoot.Value;

    /// <summary>Says whether a shared data file is present.</summary>
    /// <param name="relativePath">A path inside the shared data folder, e.g. <c>cameo/cameo-codes.csv</c>.</param>
    public static bool Exists(string relativePath) => Root is { } root && File.Exists(Combine(root, relativePath));

    /// <summary>The full path of a shared data file.</summary>
    /// <param name="relativePath">A path inside the shared data folder, e.g. <c>cameo/cameo-codes.csv</c>.</param>
    /// <exception cref="FileNotFoundException">The file is absent; tests should be marked <see cref="SharedDataFactAttribute"/>.</exception>
    public static string PathTo(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = Combine(Root ?? Combine(RepositoryRoot ?? AppContext.BaseDirectory, "../shared/data"), relativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The shared data file '{relativePath}' is absent (looked for {path}); mark the test [SharedDataFact(\"{relativePath}\")] so that it is skipped where the data is missing.", path);
    }

    /// <summary>Why a test that needs the files would be skipped, or null when they are all present.</summary>
    public static string? SkipReason(IReadOnlyList<string> relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        if (RepositoryRoot is null)
        {
            return $"Needs shared data ({string.Join(", ", relativePaths)}), but no folder holding Diplomacy.sln was found above {AppContext.BaseDirectory}.";
        }

        var missing = relativePaths.Where(p => !Exists(p)).ToArray();
        return missing.Length == 0
            ? null
            : $"Needs the shared data file(s) {string.Join(", ", missing)}, absent from {Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"))} (a plain clone has no ../shared/data beside it).";
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Diplomacy.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? FindRoot()
    {
        if (RepositoryRoot is null)
        {
            return null;
        }

        var root = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return Directory.Exists(root) ? root : null;
    }

    private static string Combine(string root, string relativePath) =>
        Path.GetFullPath(Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
}

/// <summary>
/// A fact that reads files from the shared data folder (<see cref="SharedData"/>): it runs when they are all present
/// and is reported as skipped, naming the missing files, when any is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="relativePaths">The files the test reads, relative to the shared data folder, e.g. <c>cameo/cameo-codes.csv</c>.</param>
    public SharedDataFactAttribute(params string[] relativePaths)
    {
        RelativePaths = relativePaths ?? [];
        if (SharedData.SkipReason(RelativePaths) is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The files the test reads.</summary>
    public IReadOnlyList<string> RelativePaths { get; }
}
