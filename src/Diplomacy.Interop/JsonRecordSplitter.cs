using System.Text;

namespace Diplomacy.Interop;

/// <summary>
/// Splits a stream of JSON records into one record at a time, with the line each starts on: the elements of a top-level
/// array (<c>[{...},{...}]</c>, however laid out), or the lines of JSON Lines. Memory holds one record and a read buffer,
/// never the file.
/// </summary>
internal sealed class JsonRecordSplitter
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;     // first byte not yet handed out
    private int _end;       // end of the bytes read
    private int _scan;      // where scanning resumes
    private bool _eof;
    private bool? _array;
    private bool _arrayClosed;
    private long _line = 1;

    // The state of the value being scanned in array mode.
    private int _depth;
    private bool _inString;
    private bool _escape;
    private int _valueStart = -1;
    private long _valueLine;

    private readonly int _maxRecordBytes;

    /// <param name="stream">The records.</param>
    /// <param name="maxRecordBytes">The longest record (or line) held; a longer one ends the splitting with an <see cref="Error"/>.</param>
    public JsonRecordSplitter(Stream stream, int maxRecordBytes = ImportOptions.DefaultMaxRecordLength)
    {
        _stream = stream;
        _maxRecordBytes = maxRecordBytes;
    }

    /// <summary>The current record's bytes; valid until the next call of <see cref="NextAsync"/>.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>The line the current record starts on.</summary>
    public long Line { get; private set; }

    /// <summary>When the rest of the file cannot be split (an array that ends inside a record, a record too long), what is wrong; else null.</summary>
    public string? Error { get; private set; }

    /// <summary>Moves to the next record; false at the end of the records (or after an error, which <see cref="Error"/> describes).</summary>
    public async ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_array is null)
            {
                _array = await DetectAsync(cancellationToken).ConfigureAwait(false);
                if (_array is null)
                {
                    return false;
                }
            }

            var found = _array.Value ? ScanArray() : ScanLine();
            if (found)
            {
                return true;
            }

            if (Error is not null || (_array.Value && _arrayClosed))
            {
                return false;
            }

            if (_eof)
            {
                return FinishAtEnd();
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
            if (Error is not null)
            {
                return false;
            }
        }
    }

    private async ValueTask<bool?> DetectAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // Skip a UTF-8 byte order mark and whitespace before the first value.
            if (_start == 0 && _end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = _scan = 3;
            }

            while (_start < _end && IsWhitespace(_buffer[_start]))
            {
                if (_buffer[_start] == (byte)'\n')
                {
                    _line++;
                }

                _start++;
            }

            _scan = _start;
            if (_start < _end && (_end >= 3 || _eof))
            {
                if (_buffer[_start] != (byte)'[')
                {
                    return false;
                }

                _start++;
                _scan = _start;
                return true;
            }

            if (_eof)
            {
                return null;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
            if (Error is not null)
            {
                return null;
            }
        }
    }

    private bool ScanLine()
    {
        while (_scan < _end)
        {
            if (_buffer[_scan] != (byte)'\n')
            {
                _scan++;
                continue;
            }

            var line = _line++;
            var record = Trim(_start, _scan);
            _scan++;
            _start = _scan;
            if (record.Length > 0)
            {
                Current = record;
                Line = line;
                return true;
            }
        }

        return false;
    }

    private bool ScanArray()
    {
        while (_scan < _end)
        {
            var b = _buffer[_scan];
            if (b == (byte)'\n')
            {
                _line++;
            }

            if (_valueStart < 0)
            {
                if (IsWhitespace(b) || b == (byte)',')
                {
                    _scan++;
                    _start = _scan;
                    continue;
                }

                if (b == (byte)']')
                {
                    _arrayClosed = true;
                    _scan++;
                    _start = _scan;
                    return false;
                }

                _valueStart = _scan;
                _valueLine = _line;
                _depth = 0;
                _inString = false;
                _escape = false;
            }

            if (_inString)
            {
                if (_escape)
                {
                    _escape = false;
                }
                else if (b == (byte)'\\')
                {
                    _escape = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                    if (_depth == 0)
                    {
                        return Emit(_scan + 1);
                    }
                }

                _scan++;
                continue;
            }

            switch (b)
            {
                case (byte)'"':
                    _inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    _depth++;
                    break;
                case (byte)'}' or (byte)']':
                    if (--_depth == 0)
                    {
                        return Emit(_scan + 1);
                    }

                    break;
                default:
                    // A bare scalar (number, true, null) ends before a delimiter or at the end of the file.
                    if (_depth == 0)
                    {
                        if (_scan + 1 >= _end)
                        {
                            if (!_eof)
                            {
                                return false;
                            }

                            return Emit(_scan + 1);
                        }

                        if (IsWhitespace(_buffer[_scan + 1]) || _buffer[_scan + 1] is (byte)',' or (byte)']')
                        {
                            return Emit(_scan + 1);
                        }
                    }

                    break;
            }

            _scan++;
        }

        return false;
    }

    private bool Emit(int endExclusive)
    {
        Current = _buffer.AsMemory(_valueStart, endExclusive - _valueStart);
        Line = _valueLine;
        _scan = endExclusive;
        _start = endExclusive;
        _valueStart = -1;
        return true;
    }

    private bool FinishAtEnd()
    {
        if (_array == true)
        {
            if (_valueStart >= 0)
            {
                Error = $"the JSON array ends inside the record that starts on line {_valueLine}.";
                Line = _valueLine;
            }
            else
            {
                Error = "the JSON array is not closed with ']'.";
                Line = _line;
            }

            return false;
        }

        // The last line of JSON Lines may lack its newline.
        var record = Trim(_start, _end);
        _start = _scan = _end;
        if (record.Length == 0)
        {
            return false;
        }

        Current = record;
        Line = _line;
        return true;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        // Keep the unconsumed bytes (the record being scanned), moved to the front; grow when a record fills the buffer.
        var keepFrom = _valueStart >= 0 ? Math.Min(_valueStart, _start) : _start;
        var kept = _end - keepFrom;
        if (keepFrom > 0)
        {
            Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, kept);
            _start -= keepFrom;
            _scan -= keepFrom;
            if (_valueStart >= 0)
            {
                _valueStart -= keepFrom;
            }

            _end = kept;
        }

        if (_end == _buffer.Length)
        {
            if (_end >= _maxRecordBytes)
            {
                Line = _valueStart >= 0 ? _valueLine : _line;
                Error = $"A record is longer than {_maxRecordBytes} bytes (ImportOptions.MaxRecordLength).";
                return;
            }

            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, _maxRecordBytes + 1L));
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private Memory<byte> Trim(int from, int to)
    {
        while (from < to && IsWhitespace(_buffer[from]))
        {
            from++;
        }

        while (to > from && IsWhitespace(_buffer[to - 1]))
        {
            to--;
        }

        return _buffer.AsMemory(from, to - from);
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>The record's text, for a message.</summary>
    public static string Preview(ReadOnlyMemory<byte> record)
    {
        var text = Encoding.UTF8.GetString(record.Span[..Math.Min(record.Length, 60)]);
        return record.Length > 60 ? text + "…" : text;
    }
}
