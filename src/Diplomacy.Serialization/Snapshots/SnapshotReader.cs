using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Json;

namespace Diplomacy.Serialization.Snapshots;

/// <summary>
/// Reads a snapshot in <see cref="SnapshotFormat"/> from a stream, section by section, checking each section's name,
/// kind, length and checksum before handing its contents out.
/// </summary>
internal sealed class SnapshotReader : ISnapshotReader
{
    private readonly Stream _stream;
    private readonly XxHash3 _hash = new();

    /// <summary>The checksum of the previous section (of the header, at first): each section's checksum covers it, chaining them.</summary>
    private ulong _previous;
    private long _offset;
    private long _sectionStart;
    private string? _section;

    public SnapshotReader(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Chronicle snapshots are read on little-endian machines only.");
        }

        _stream = stream;
        Span<byte> header = stackalloc byte[12];
        var read = _stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        _offset = read;
        if (read < SnapshotFormat.Magic.Length || !header[..8].SequenceEqual(SnapshotFormat.Magic))
        {
            throw Fail(ChronicleSnapshotProblem.NotASnapshot, "it does not start with \"DIPLSNAP\".");
        }

        if (read < header.Length)
        {
            throw Fail(ChronicleSnapshotProblem.Truncated, "the header ends before the format version.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version > SnapshotFormat.Version)
        {
            throw Fail(ChronicleSnapshotProblem.NewerVersion, $"format version {version}; this library reads up to version {SnapshotFormat.Version}. Update Diplomacy.Serialization.");
        }

        if (version < 1)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, $"format version {version} does not exist.");
        }

        if (version < SnapshotFormat.OldestRead)
        {
            throw Fail(ChronicleSnapshotProblem.OlderVersion, $"format version {version}, written by a preview of this library that stored events uncompressed; this library reads versions {SnapshotFormat.OldestRead} to {SnapshotFormat.Version}. Load the chronicle from its JSON or source data and save the snapshot again.");
        }

        Version = version;

        _previous = XxHash3.HashToUInt64(header);
    }

    /// <inheritdoc/>
    public int Version { get; }

    /// <inheritdoc/>
    public int[] ReadInts(string section) => Read<int>(section, SnapshotFormat.Kind.Int32);

    /// <inheritdoc/>
    public byte[] ReadBytes(string section) => Read<byte>(section, SnapshotFormat.Kind.Bytes);

    /// <inheritdoc/>
    public long[] ReadLongs(string section) => Read<long>(section, SnapshotFormat.Kind.Int64);

    /// <inheritdoc/>
    public T[] ReadModels<T>(string section)
    {
        var payload = Read<byte>(section, SnapshotFormat.Kind.Models);
        var json = DiplomacyJson.For(null);
        try
        {
            var typeInfo = (JsonTypeInfo<T>)json.Options.GetTypeInfo(typeof(T));
            var reader = new Utf8JsonReader(payload, json.ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw Fail(ChronicleSnapshotProblem.Malformed, "the section is not a JSON array.");
            }

            var values = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                values.Add(JsonSerializer.Deserialize(ref reader, typeInfo) ?? throw Fail(ChronicleSnapshotProblem.Malformed, $"entry {values.Count} is null."));
            }

            return [.. values];
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, $"the models cannot be read: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<T> ReadModelsOnDemand<T>(string section)
        where T : class
    {
        var payload = Read<byte>(section, SnapshotFormat.Kind.Models);
        try
        {
            return new ModelsOnDemand<T>(payload, DiplomacyJson.For(null));
        }
        catch (JsonException e)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, $"the models cannot be read: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public Exception Inconsistent(string section, string why) =>
        new ChronicleSnapshotException(ChronicleSnapshotProblem.Malformed, why, section, _sectionStart);

    /// <summary>Reads the end section and checks that nothing follows it.</summary>
    public void End()
    {
        Read<byte>(SnapshotFormat.EndSection, SnapshotFormat.Kind.End);
        if (_stream.ReadByte() >= 0)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, "data follows the end of the snapshot.");
        }
    }

    private T[] Read<T>(string section, SnapshotFormat.Kind kind)
        where T : unmanaged
    {
        _section = section;
        _sectionStart = _offset;
        Span<byte> header = stackalloc byte[1 + 255 + 1 + 8];
        ReadExactly(header[..1], "the section header");
        var nameLength = header[0];
        ReadExactly(header.Slice(1, nameLength + 9), "the section header");
        var name = Encoding.ASCII.GetString(header.Slice(1, nameLength));
        if (name != section)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, $"found section '{name}' where '{section}' is expected.");
        }

        if (header[1 + nameLength] != (byte)kind)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, $"the section holds kind {header[1 + nameLength]}, not {kind}.");
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(header[(2 + nameLength)..]);
        var size = Marshal.SizeOf<T>();
        if (length < 0 || length % size != 0 || length / size > Array.MaxLength)
        {
            throw Fail(ChronicleSnapshotProblem.Malformed, $"a payload of {length} bytes cannot hold {typeof(T).Name} values.");
        }

        if (_stream.CanSeek && length > _stream.Length - _stream.Position)
        {
            throw Fail(ChronicleSnapshotProblem.Truncated, $"the section says {length} bytes follow, but only {_stream.Length - _stream.Position} do.");
        }

        var values = new T[length / size];
        var payload = MemoryMarshal.AsBytes(values.AsSpan());
        ReadExactly(payload, "the section's payload");
        Span<byte> checksum = stackalloc byte[8];
        ReadExactly(checksum, "the section's checksum");
        Span<byte> previous = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(previous, _previous);
        _hash.Reset();
        _hash.Append(previous);
        _hash.Append(header[..(10 + nameLength)]);
        _hash.Append(payload);
        _previous = _hash.GetCurrentHashAsUInt64();
        if (_previous != BinaryPrimitives.ReadUInt64LittleEndian(checksum))
        {
            throw Fail(ChronicleSnapshotProblem.ChecksumMismatch, "the contents do not match the checksum (which also covers every section before); the snapshot is damaged.");
        }

        return values;
    }

    private void ReadExactly(Span<byte> into, string what)
    {
        var read = _stream.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
        _offset += read;
        if (read < into.Length)
        {
            throw Fail(ChronicleSnapshotProblem.Truncated, $"the data ends inside {what}.");
        }
    }

    private ChronicleSnapshotException Fail(ChronicleSnapshotProblem problem, string detail, Exception? inner = null) =>
        new(problem, detail, _section, _section is null ? 0 : _sectionStart, inner);
}
