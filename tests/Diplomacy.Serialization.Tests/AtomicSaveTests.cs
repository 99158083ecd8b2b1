using Diplomacy.TestKit;

namespace Diplomacy.Serialization.Tests;

/// <summary>Saving to a file never loses the previous file: a failure part-way leaves it as it was.</summary>
public class AtomicSaveTests
{
    private static readonly Chronicle Big = new ChronicleBuilder()
        .AddActors(SampleWorld.Actors)
        .AddEvents(Enumerable.Range(0, 2000).Select(i => new Meeting($"m{i}", FuzzyDate.FromYear(2000 + (i % 20)), [SampleWorld.Cite(SampleWorld.Vreme, "2024")], [SampleWorld.Vulin])))
        .Build();

    /// <summary>Passes writes through until <c>limit</c> bytes, then fails like a full disk.</summary>
    private sealed class FailingStream(Stream inner, long limit) : TestStream
    {
        private long _written;

        public override bool CanWrite => true;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_written + buffer.Length > limit)
            {
                throw new IOException("There is not enough space on the disk (simulated).");
            }

            inner.Write(buffer);
            _written += buffer.Length;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => inner.Flush();
    }

    [Fact]
    public void Save_replaces_the_file_and_leaves_nothing_else()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        File.WriteAllText(path, "old");

        ChronicleJson.Save(SampleWorld.Build(), path);

        Chronicles.AssertSameContent(SampleWorld.Build(), ChronicleJson.Load(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void A_failure_part_way_leaves_the_previous_file_intact()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        ChronicleJson.Save(SampleWorld.Build(), path);
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<IOException>(() => ChronicleJson.Save(Big, path, null, wrap: s => new FailingStream(s, 100_000)));

        Assert.Contains("simulated", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task An_asynchronous_failure_part_way_leaves_the_previous_file_intact()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        await ChronicleJson.SaveAsync(SampleWorld.Build(), path);
        var before = await File.ReadAllBytesAsync(path);

        await Assert.ThrowsAsync<IOException>(() => ChronicleJson.SaveAsync(Big, path, null, wrap: s => new FailingStream(s, 100_000), CancellationToken.None));

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task A_cancelled_save_leaves_the_previous_file_intact()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        File.WriteAllText(path, "old");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ChronicleJson.SaveAsync(Big, path, cancellationToken: cancelled.Token));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void A_failed_first_save_creates_no_file()
    {
        using var directory = new TempDirectory();
        var path = directory.File("new.json");

        Assert.Throws<IOException>(() => ChronicleJson.Save(Big, path, null, wrap: s => new FailingStream(s, 10)));

        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Save_keeps_the_permissions_of_the_file_it_replaces()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        File.WriteAllText(path, "old");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        ChronicleJson.Save(SampleWorld.Build(), path);

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task SaveAsync_keeps_the_permissions_of_the_file_it_replaces()
    {
        using var directory = new TempDirectory();
        var path = directory.File("chronicle.json");
        File.WriteAllText(path, "old");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(path, mode);

        await ChronicleJson.SaveAsync(SampleWorld.Build(), path);

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }
}

/// <summary>A fact about Unix file modes and directories, skipped (saying so) on Windows.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes do not exist on Windows.";
        }
    }
}
