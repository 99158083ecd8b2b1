using System.Runtime.InteropServices;

namespace Diplomacy.Serialization.Files;

/// <summary>
/// Replaces a file all at once, as durable databases do: writes a temporary file beside it (with the target's
/// permissions), flushes it to disk, renames it over the target and, on Unix, flushes the directory so that the
/// rename itself survives a power loss. A failure part-way (a full disk, an exception while writing, a cancellation)
/// leaves the previous file as it was and removes the temporary file; a process killed at any moment leaves the old
/// file or the new one, complete, and at worst a stray temporary file (<c>.NAME.*.tmp</c>).
/// </summary>
internal static partial class AtomicFile
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
                KeepPermissions(target, file);
                var stream = wrap?.Invoke(file) ?? file;
                write(stream);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            FlushDirectory(target);
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
                KeepPermissions(target, file);
                var stream = wrap?.Invoke(file) ?? file;
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
            FlushDirectory(target);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Gives the temporary file the permissions of the file it replaces (Unix; Windows has no modes).</summary>
    private static void KeepPermissions(string target, FileStream temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            File.SetUnixFileMode(temporary.SafeFileHandle, File.GetUnixFileMode(target));
        }
    }

    /// <summary>
    /// On Unix, flushes the directory holding <paramref name="target"/>, so that the rename is on disk and not only in
    /// the file system's cache. Windows makes the rename durable itself.
    /// </summary>
    /// <exception cref="IOException">The directory could not be flushed (the file is in place; it may not survive a power loss).</exception>
    private static void FlushDirectory(string target)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var directory = Path.GetDirectoryName(target)!;
        var fd = Open(directory, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            // A directory we may not open for reading (unusual permissions): the rename stands, unflushed.
            return;
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno != 22 /* EINVAL: the file system cannot flush directories */)
                {
                    throw new IOException($"The directory '{directory}' could not be flushed to disk after replacing '{Path.GetFileName(target)}' (errno {errno}); the new file is in place but may not survive a power loss.");
                }
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

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
