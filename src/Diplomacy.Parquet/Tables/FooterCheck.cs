using System.Buffers.Binary;
using System.Reflection;

namespace Diplomacy.Parquet.Tables;

/// <summary>
/// Checks a Parquet file's framing and footer before the decoder is given it: the magic bytes at both ends, a footer
/// length that fits the file, and a footer that the decoder's own metadata parser reads without running off its end.
/// </summary>
/// <remarks>
/// Parquet.Net 6.1 parses the footer from a buffer whose end it reads as bytes of 0xFF, so a damaged footer that makes
/// it read past the end leaves it in an endless loop inside a variable-length number (found by fuzzing). Here the same
/// parser (<c>FileMetaData.Read</c>, internal to Parquet.Net, found by reflection) reads the footer from a stream that
/// throws at its end, which turns that loop into a refusal. If a later Parquet.Net renames the parser, the framing is
/// still checked and the footer is left to the decoder.
/// </remarks>
internal static class FooterCheck
{
    private static readonly Action<Stream>? Parse = FindParser();

    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    /// <summary>The problem with the file's framing or footer, or null when the decoder can be given it.</summary>
    /// <param name="stream">The whole file; seekable. Its position is restored.</param>
    public static string? Problem(Stream stream)
    {
        var start = stream.Position;
        try
        {
            var length = stream.Length;
            if (length < 12)
            {
                return $"{length} bytes is too short for a Parquet file (at least 12: the magic bytes at both ends and the footer's length).";
            }

            Span<byte> head = stackalloc byte[4];
            Span<byte> tail = stackalloc byte[8];
            stream.Position = 0;
            stream.ReadExactly(head);
            stream.Position = length - 8;
            stream.ReadExactly(tail);
            if (!head.SequenceEqual(Magic) || !tail[4..].SequenceEqual(Magic))
            {
                return "it does not begin and end with the magic bytes 'PAR1'.";
            }

            var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
            if (footerLength <= 0 || footerLength > length - 12)
            {
                return $"its footer length {footerLength} does not fit a file of {length} bytes.";
            }

            if (Parse is null)
            {
                return null;
            }

            var footer = new byte[footerLength];
            stream.Position = length - 8 - footerLength;
            stream.ReadExactly(footer);
            try
            {
                Parse(new EndStrictStream(new MemoryStream(footer, writable: false)));
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return $"its footer is not valid metadata ({e.Message})";
            }
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static Action<Stream>? FindParser()
    {
        var reader = Type.GetType("Parquet.Meta.Proto.ThriftCompactProtocolReader, Parquet", throwOnError: false);
        var create = reader?.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [typeof(Stream)]);
        var read = reader is null ? null : typeof(global::Parquet.Meta.FileMetaData).GetMethod("Read", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public, [reader]);
        if (read is null || create is null)
        {
            return null;
        }

        return stream => read.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [create.Invoke(BindingFlags.DoNotWrapExceptions, null, [stream], null)], null);
    }
}
