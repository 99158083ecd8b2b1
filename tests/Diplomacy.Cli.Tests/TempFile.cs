namespace Diplomacy.Cli.Tests;

/// <summary>A file name in the temporary folder, deleted (if it was made) when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension) => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"diplomacy-cli-{Guid.NewGuid():N}{extension}");

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        else
        {
            File.Delete(Path);
        }
    }
}
