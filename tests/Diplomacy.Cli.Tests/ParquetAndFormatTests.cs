using Diplomacy.Serialization;

namespace Diplomacy.Cli.Tests;

public sealed class ParquetAndFormatTests
{
    [Fact]
    public async Task A_parquet_export_is_read_back_by_ask_with_the_same_answer()
    {
        using var folder = new TempFile(".parquet");
        var exported = await CliRun.Of("export", "parquet", "--data", CliRun.Seed, "-o", folder.Path);
        Assert.True(exported.ExitCode == 0, exported.Error);

        var fromParquet = await CliRun.Of("ask", "trade-offs", "RUS", "--data", folder.Path, "--json");
        var fromJson = await CliRun.Of("ask", "trade-offs", "RUS", "--data", CliRun.Seed, "--json");

        Assert.True(fromParquet.ExitCode == 0, fromParquet.Error);
        Assert.Equal(fromJson.Out, fromParquet.Out);
    }

    [Fact]
    public async Task A_parquet_export_needs_an_output_folder()
    {
        var run = await CliRun.Of("export", "parquet", "--data", CliRun.Seed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-o", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task An_import_to_a_parquet_path_writes_a_table_set()
    {
        using var folder = new TempFile(".parquet");

        var run = await CliRun.Of("import", "plover", CliRun.Fixture("plover-records.jsonl"), "-o", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("(parquet)", run.Out);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "events")));
    }

    [Fact]
    public async Task A_parquet_output_does_not_replace_a_folder_of_other_files()
    {
        using var folder = new TempFile(".parquet");
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "mine");

        var run = await CliRun.Of("export", "parquet", "--data", CliRun.Seed, "-o", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "notes.txt")));
    }

    [Fact]
    public async Task A_polecat_file_is_imported()
    {
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "polecat", CliRun.Fixture("polecat-events.txt"), "-o", output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.NotEmpty(ChronicleJson.Load(output.Path).Events);
    }

    [Fact]
    public async Task A_sipri_export_is_imported_as_arms_transfers()
    {
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "sipri", CliRun.Fixture("sipri-trade-register.csv"), "-o", output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(ChronicleJson.Load(output.Path).Events, e => e is ArmsTransfer);
    }
}
