using System.Globalization;

namespace Diplomacy.Interop;

/// <summary>
/// A <see cref="TextReader"/> that passes text through and throws an <see cref="InvalidDataException"/> as soon as a
/// line grows longer than a limit, so that a parser which holds a whole row (Sep) never buffers a file without line
/// breaks. Disposing it disposes the reader it wraps, as disposing that reader itself would.
/// </summary>
/// <param name="inner">The text to read.</param>
/// <param name="maxLength">The longest line accepted, in characters (without its line break).</param>
/// <param name="setting">The option that sets the limit, named in the message.</param>
internal sealed class LineLengthLimit(TextReader inner, int maxLength, string setting = "ImportOptions.MaxRecordLength") : TextReader
{
    private long _line = 1;
    private long _length;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count([(char)c]);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var newLine = text.IndexOf('\n');
            var length = newLine < 0 ? text.Length : newLine;
            _length += length;
            if (_length > maxLength + 1)
            {
                // One more than the limit leaves room for the '\r' of a CRLF line break.
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Line {_line} is longer than {maxLength} characters ({setting}); the file is damaged or is not a file of this kind."));
            }

            if (newLine < 0)
            {
                return;
            }

            _line++;
            _length = 0;
            text = text[(newLine + 1)..];
        }
    }
}
