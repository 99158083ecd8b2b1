using System.Text;

namespace Diplomacy.Serialization.Tests;

/// <summary>A temporary directory, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "diplomacy-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class Chronicles
{
    /// <summary>True when two chronicles hold equal actors and events, in the same order.</summary>
    public static bool SameContent(Chronicle expected, Chronicle actual) =>
        expected.Actors.SequenceEqual(actual.Actors) && expected.Events.SequenceEqual(actual.Events);

    public static void AssertSameContent(Chronicle expected, Chronicle actual)
    {
        Assert.Equal(expected.Actors, actual.Actors);
        Assert.Equal(expected.Events, actual.Events);
    }

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}

/// <summary>A stream that supports nothing; test streams override what they do.</summary>
internal abstract class TestStream : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
