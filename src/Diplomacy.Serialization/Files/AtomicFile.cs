namespace Diplomacy.Serialization.Files;

/// <summary>
/// Replaces a file all at once: writes a temporary file beside it, flushes it to disk, and renames it over the
/// target. A failure part-way (a full disk, an exception while writing, a cancellation) leaves the previous file
/// as it was and removes the temporary file.
/// </summary>
internal static class AtomicFile
{
    private const int BufferSize = 64 * 1024;

    /// <param name="path">The file to replace or create.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="wrap">For tests: wraps the temporary file's stream (e.g. in one that fails part-way).</param>
    public static void Write(string path, Action<Stream> write, Func<Stream, Stream>? wrap = null)
    {
        var (target, temporary) = Paths(path);
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                var stream = wrap?.Invoke(file) ?? file;
                write(stream);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <inheritdoc cref="Write"/>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken, Func<Stream, Stream>? wrap = null)
    {
        var (target, temporary) = Paths(path);
        try
        {
            var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                var stream = wrap?.Invoke(file) ?? file;
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static (string Target, string Temporary) Paths(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' names no file.", nameof(path));
        return (target, Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp"));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The temporary file stays behind; the target is intact either way.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
