using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Serialization.Json;

namespace Diplomacy.Serialization.Snapshots;

/// <summary>Writes a snapshot in <see cref="SnapshotFormat"/> to a stream, section by section.</summary>
internal sealed class SnapshotWriter : ISnapshotWriter
{
    private readonly Stream _stream;
    private readonly XxHash3 _hash = new();

    /// <summary>The checksum of the previous section (of the header, at first): each section's checksum covers it, chaining them.</summary>
    private ulong _previous;

    public SnapshotWriter(Stream stream)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Chronicle snapshots are written on little-endian machines only.");
        }

        _stream = stream;
        Span<byte> header = stackalloc byte[12];
        SnapshotFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], SnapshotFormat.Version);
        _stream.Write(header);
        _previous = XxHash3.HashToUInt64(header);
    }

    /// <inheritdoc/>
    public void Write(string section, ReadOnlySpan<int> values) => Section(section, SnapshotFormat.Kind.Int32, MemoryMarshal.AsBytes(values));

    /// <inheritdoc/>
    public void Write(string section, ReadOnlySpan<byte> values) => Section(section, SnapshotFormat.Kind.Bytes, values);

    /// <inheritdoc/>
    public void Write(string section, ReadOnlySpan<long> values) => Section(section, SnapshotFormat.Kind.Int64, MemoryMarshal.AsBytes(values));

    /// <inheritdoc/>
    public void WriteModels<T>(string section, IReadOnlyList<T> values)
    {
        if (values is IModelsJson read)
        {
            // Read from a snapshot of this version and not changed since (chronicles are immutable): the same bytes.
            Section(section, SnapshotFormat.Kind.Models, read.Json);
            return;
        }

        var json = DiplomacyJson.For(null);
        var typeInfo = (JsonTypeInfo<T>)json.Options.GetTypeInfo(typeof(T));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, json.WriterOptions(indented: false)))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
            }

            writer.WriteEndArray();
        }

        Section(section, SnapshotFormat.Kind.Models, buffer.WrittenSpan);
    }

    /// <summary>Writes the end section; the snapshot is complete.</summary>
    public void End() => Section(SnapshotFormat.EndSection, SnapshotFormat.Kind.End, []);

    private void Section(string name, SnapshotFormat.Kind kind, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[1 + 255 + 1 + 8];
        var nameLength = Encoding.ASCII.GetBytes(name, header[1..]);
        header[0] = checked((byte)nameLength);
        header[1 + nameLength] = (byte)kind;
        BinaryPrimitives.WriteInt64LittleEndian(header[(2 + nameLength)..], payload.Length);
        header = header[..(10 + nameLength)];
        Span<byte> checksum = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, _previous);
        _hash.Reset();
        _hash.Append(checksum);
        _hash.Append(header);
        _hash.Append(payload);
        _previous = _hash.GetCurrentHashAsUInt64();
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, _previous);
        _stream.Write(header);
        _stream.Write(payload);
        _stream.Write(checksum);
    }
}
