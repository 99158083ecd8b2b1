using System.IO.Compression;
using System.Text;
using Diplomacy.Interop;
using Diplomacy.TestKit;

namespace Diplomacy.Interop.Tests;

/// <summary>Files of hostile size are refused with a clear error after reading a bounded amount of them.</summary>
public class HostileSizeTests
{
    private const long FourGiB = 4L << 30;

    [Fact]
    public async Task A_multi_gigabyte_line_in_an_icews_file_is_refused_with_its_line_after_reading_little_of_it()
    {
        var header = (await File.ReadAllLinesAsync(Fixtures.PathTo(Fixtures.Icews)))[0] + "\n";
        var stream = new GeneratedStream(Encoding.UTF8.GetBytes(header + "1\t"), "x"u8.ToArray(), FourGiB);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new ChronicleImporter().AddAsync(IcewsReader.ReadAsync(stream)));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("ImportOptions.MaxRecordLength", error.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < 4L * ImportOptions.DefaultMaxRecordLength, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public async Task A_multi_gigabyte_line_in_a_gdelt_file_is_refused_after_reading_little_of_it()
    {
        var stream = new GeneratedStream("1\t"u8.ToArray(), "x"u8.ToArray(), FourGiB);

        await Assert.ThrowsAsync<InvalidDataException>(() => new ChronicleImporter().AddAsync(GdeltReader.ReadEventsAsync(stream)));

        Assert.True(stream.BytesRead < 4L * ImportOptions.DefaultMaxRecordLength, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public async Task A_multi_gigabyte_plover_record_ends_the_import_with_a_malformed_rejection()
    {
        var stream = new GeneratedStream("{\"id\":\""u8.ToArray(), "x"u8.ToArray(), FourGiB);
        var importer = new ChronicleImporter();

        await importer.AddAsync(PloverReader.ReadAsync(stream, new ImportOptions { MaxRecordLength = 1 << 20 }));

        var rejection = Assert.Single(importer.Summary.Rejections);
        Assert.Equal(ImportIssueKind.Malformed, rejection.Kind);
        Assert.Contains("MaxRecordLength", rejection.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < 4L << 20, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public async Task The_record_limit_applies_as_set()
    {
        var header = (await File.ReadAllLinesAsync(Fixtures.PathTo(Fixtures.Icews)))[0] + "\n";
        var stream = new GeneratedStream(Encoding.UTF8.GetBytes(header), "x"u8.ToArray(), 5_000);

        await Assert.ThrowsAsync<InvalidDataException>(() => new ChronicleImporter().AddAsync(IcewsReader.ReadAsync(stream, new ImportOptions { MaxRecordLength = 4_096 })));
    }

    [Fact]
    public void A_zip_entry_that_expands_past_the_limit_is_refused()
    {
        // 64 MiB of zeros compress to a few dozen KiB: a small zip bomb.
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = archive.CreateEntry("events.tsv", CompressionLevel.Fastest).Open())
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        zip.Position = 0;
        using var read = new ZipArchive(zip, ZipArchiveMode.Read);
        using var bounded = new BoundedReadStream(read.Entries[0].Open(), 1 << 20, read.Entries[0].FullName);

        var error = Assert.Throws<InvalidDataException>(() => bounded.CopyTo(Stream.Null));

        Assert.Contains("events.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDecompressedBytes", error.Message, StringComparison.Ordinal);
        Assert.True(bounded.Position <= (1 << 20) + 1);
    }

    [Fact]
    public void A_bounded_stream_passes_content_within_the_limit_unchanged()
    {
        var content = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();
        using var bounded = new BoundedReadStream(new MemoryStream(content), content.Length, "content");
        using var copy = new MemoryStream();

        bounded.CopyTo(copy);

        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task A_polecat_row_over_the_record_limit_is_refused_with_its_line()
    {
        var header = (await File.ReadAllLinesAsync(Fixtures.PathTo(Fixtures.Polecat)))[0] + "\n";
        var stream = new GeneratedStream(Encoding.UTF8.GetBytes(header + "20240701-0001\t"), "x"u8.ToArray(), 1L << 24);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChronicleImporter.ImportPolecatAsync(stream, new ImportOptions { MaxRecordLength = 4_096 }));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("ImportOptions.MaxRecordLength", error.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < 1L << 20, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public async Task A_polecat_zip_entry_that_expands_past_the_limit_is_refused_with_its_name()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = archive.CreateEntry("ngecEventsDV-2024.txt", CompressionLevel.Fastest).Open())
        {
            entry.Write(Encoding.UTF8.GetBytes((await File.ReadAllLinesAsync(Fixtures.PathTo(Fixtures.Polecat)))[0] + "\n"));
            var blanks = new byte[1 << 20];
            blanks.AsSpan().Fill((byte)'\n');
            for (var i = 0; i < 8; i++)
            {
                entry.Write(blanks);
            }
        }

        zip.Position = 0;
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChronicleImporter.ImportPolecatAsync(zip, new ImportOptions { MaxDecompressedBytes = 1 << 20 }));

        Assert.Contains("ngecEventsDV-2024.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDecompressedBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_refuse_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { MaxRecordLength = 10 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { MaxDecompressedBytes = 0 });
    }
}
