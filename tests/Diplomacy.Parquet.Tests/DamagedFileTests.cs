using Diplomacy.TestKit;

namespace Diplomacy.Parquet.Tests;

/// <summary>A table set with a damaged file is refused with a typed error that names the table and the file.</summary>
public class DamagedFileTests
{
    private static async Task<(TempDirectory Temp, string File)> WrittenSeedAsync()
    {
        var temp = new TempDirectory();
        await ChronicleParquet.WriteAsync(ArticleFixture.Build(), temp.Path);
        var file = Directory.GetFiles(Path.Combine(temp.Path, "events"), "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        return (temp, file);
    }

    [Fact]
    public async Task A_truncated_table_file_is_refused_naming_its_table_and_file()
    {
        var (temp, file) = await WrittenSeedAsync();
        using var _ = temp;
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<ParquetFormatException>(() => ChronicleParquet.ReadAsync(temp.Path));

        Assert.Equal(("events", Path.GetRelativePath(temp.Path, file)), (error.Table, error.File));
    }

    [Fact]
    public async Task A_footer_that_runs_past_its_end_is_refused_rather_than_decoded()
    {
        var (temp, file) = await WrittenSeedAsync();
        using var _ = temp;
        var bytes = await File.ReadAllBytesAsync(file);
        var footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        // Keep the framing, cut the metadata short: the footer now ends inside its first value.
        byte[] damaged = [.. bytes[..(bytes.Length - 8 - footerLength)], 0x15, 0xFF, .. BitConverter.GetBytes(2), .. "PAR1"u8];
        await File.WriteAllBytesAsync(file, damaged);

        var error = await Assert.ThrowsAsync<ParquetFormatException>(() => ChronicleParquet.ReadAsync(temp.Path));

        Assert.Contains("footer", error.Message, StringComparison.Ordinal);
    }
}
