namespace Diplomacy.Cli.Tests;

public sealed class ProgressStreamTests
{
    [Fact]
    public async Task Every_byte_read_is_counted_once_whichever_read_is_used()
    {
        long counted = 0;
        var bytes = new byte[10_000];
        using var stream = new ProgressStream(new MemoryStream(bytes), n => counted += n);

        _ = stream.Read(new byte[1000], 0, 1000);
        _ = stream.Read(new byte[500].AsSpan());
        _ = await stream.ReadAsync(new byte[2000].AsMemory());
        await stream.CopyToAsync(Stream.Null);

        Assert.Equal(bytes.Length, counted);
    }
}
