using System.Globalization;

namespace Diplomacy.Interop;

/// <summary>
/// A read-only, forward-only <see cref="Stream"/> that passes through at most a given number of bytes and throws an
/// <see cref="InvalidDataException"/> when its source holds more: wrap a zip entry's stream in it
/// (<c>new BoundedReadStream(entry.Open(), options.MaxDecompressedBytes, entry.FullName)</c>) so that an archive that
/// expands without end (a zip bomb) is refused after <see cref="ImportOptions.MaxDecompressedBytes"/> rather than read
/// for ever. Disposing it disposes the source.
/// </summary>
/// <param name="source">The stream to read.</param>
/// <param name="maxBytes">The most bytes accepted.</param>
/// <param name="name">What the stream holds (an entry's name), for the message.</param>
internal sealed class BoundedReadStream(Stream source, long maxBytes, string name) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Counted(source.Read(Limit(buffer)));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await source.ReadAsync(Limit(buffer), cancellationToken).ConfigureAwait(false));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Asks for no more than one byte past the limit, so that an excess is noticed without reading it all.</summary>
    private Span<byte> Limit(Span<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, maxBytes - _read + 1)];

    private Memory<byte> Limit(Memory<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, maxBytes - _read + 1)];

    private int Counted(int read)
    {
        _read += read;
        return _read > maxBytes
            ? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"'{name}' expands to more than {maxBytes} bytes (ImportOptions.MaxDecompressedBytes); it is damaged or hostile (a zip bomb), or raise the limit for a file you trust."))
            : read;
    }
}
