namespace Diplomacy.TestKit;

/// <summary>
/// A read-only stream of hostile size made on the fly, never held or written anywhere: a prefix, then one chunk
/// repeated up to <c>length</c> bytes, then a suffix. It counts what was read, so a test can show that a reader stopped
/// early rather than buffer it all.
/// </summary>
public sealed class GeneratedStream(byte[] prefix, byte[] chunk, long length, byte[]? suffix = null) : Stream
{
    private readonly byte[] _suffix = suffix ?? [];
    private long _position;

    /// <summary>The bytes read so far.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + length + _suffix.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            buffer[written++] = ByteAt(_position++);
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long position) =>
        position < prefix.Length ? prefix[position]
        : position < prefix.Length + length ? chunk[(position - prefix.Length) % chunk.Length]
        : _suffix[position - prefix.Length - length];
}
