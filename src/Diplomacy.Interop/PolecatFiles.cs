using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Diplomacy.Interop;

/// <summary>Reads a POLECAT file as published: a weekly text file, or a yearly zip whose text entries are read in place.</summary>
internal static class PolecatFiles
{
    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    /// <summary>
    /// The records of a text file, or of every <c>.txt</c> entry of a zip (in entry-name order). Each file's release is
    /// the one its name says (an entry's own name, else the zip's; see <see cref="ReleaseNames.OfPolecat"/>) unless
    /// the options set one.
    /// </summary>
    public static IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options, CancellationToken cancellationToken) =>
        ReadAsync(stream, options, null, cancellationToken);

    /// <summary>As <see cref="ReadAsync(Stream, ImportOptions?, CancellationToken)"/>, for a stream read from the file at <paramref name="path"/> (whose name then says the release).</summary>
    public static async IAsyncEnumerable<ImportRecord> ReadAsync(Stream stream, ImportOptions? options, string? path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fileRelease = ReleaseNames.OfPolecat(path) ?? ReleaseNames.OfStream(stream, ReleaseNames.OfPolecat);
        if (!await IsZipAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var record in PolecatReader.ReadAsync(stream, options, fileRelease, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }

            yield break;
        }

        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var text = new BoundedReadStream(entry.Open(), (options ?? ImportOptions.Default).MaxDecompressedBytes, entry.FullName);
            await using (text.ConfigureAwait(false))
            {
                await foreach (var record in PolecatReader.ReadAsync(text, options, ReleaseNames.OfPolecat(entry.FullName) ?? fileRelease, cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }
            }
        }
    }

    /// <summary>Whether a stream starts with a zip file's signature; a seekable stream is put back where it was.</summary>
    private static async Task<bool> IsZipAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        var head = new byte[4];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = start;
        return read == head.Length && head.AsSpan().SequenceEqual(ZipSignature);
    }
}
