using Diplomacy.TestKit;

namespace Diplomacy.Reliability;

/// <summary>Files of the repository this program runs from.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding Diplomacy.sln above the program).</summary>
    public static string Root { get; } = SharedData.RepositoryRoot
        ?? throw new InvalidOperationException($"No folder holding Diplomacy.sln above {AppContext.BaseDirectory}: run from the repository.");

    /// <summary>The full path of a file given relative to the root.</summary>
    public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>The files matching <c>folder/pattern</c> (relative to the root), in name order; none when the folder is absent.</summary>
    public static IReadOnlyList<string> Files(string folderAndPattern)
    {
        var folder = PathOf(Path.GetDirectoryName(folderAndPattern) ?? ".");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, Path.GetFileName(folderAndPattern)).Order(StringComparer.Ordinal)]
            : [];
    }
}
