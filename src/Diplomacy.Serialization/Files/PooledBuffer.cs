using System.Buffers;

namespace Diplomacy.Serialization.Files;

/// <summary>A stream's whole content in a pooled array that grows as data arrives (no length field is trusted).</summary>
internal sealed class PooledBuffer : IDisposable
{
    private const int InitialSize = 64 * 1024;
    private const int LargestHint = 64 * 1024 * 1024;

    private byte[] _array;
    private int _length;

    private PooledBuffer(int capacity) => _array = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, _length);

    public static async Task<PooledBuffer> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var hint = stream.CanSeek ? Math.Clamp(stream.Length - stream.Position + 1, InitialSize, LargestHint) : InitialSize;
        var buffer = new PooledBuffer((int)hint);
        try
        {
            while (true)
            {
                if (buffer._length == buffer._array.Length)
                {
                    buffer.Grow();
                }

                var read = await stream.ReadAsync(buffer._array.AsMemory(buffer._length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer;
                }

                buffer._length += read;
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private void Grow()
    {
        if (_array.Length >= Array.MaxLength)
        {
            throw new InvalidOperationException("The document is larger than 2 GB, more than one array can hold; keep events this many in JSON Lines (EventJsonLines), which streams.");
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_array.Length * 2, Array.MaxLength));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }
}
