namespace Diplomacy.Parquet.Tables;

/// <summary>
/// A read-only view of a seekable stream that throws <see cref="EndOfStreamException"/>, rather than answering
/// "nothing left", when read at its end. Parquet.Net 6.1 reads page headers and footers byte by byte and takes the
/// end of the stream for bytes of 0xFF, which leaves it looping for ever on a damaged file; through this stream the
/// same damage ends the read. A valid file is never read past its end, so it reads the same through this stream.
/// </summary>
internal sealed class EndStrictStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int ReadByte()
    {
        var value = inner.ReadByte();
        return value >= 0 ? value : throw Ended();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        return read > 0 || buffer.IsEmpty ? read : throw Ended();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return read > 0 || buffer.IsEmpty ? read : throw Ended();
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("The stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The stream is read-only.");

    private static EndOfStreamException Ended() => new("The file ends inside a value: it is truncated or damaged.");
}
