using Diplomacy.Serialization;

namespace Diplomacy.Cli.Tests;

public sealed class ImportTests
{
    [Fact]
    public async Task Icews_files_become_a_chronicle_document_with_a_summary()
    {
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "icews", CliRun.Fixture("icews-events.tab"), "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        var chronicle = ChronicleJson.Load(output.Path);
        Assert.NotEmpty(chronicle.Events);
        Assert.Contains($"wrote {output.Path} (json): {chronicle.Events.Count} events", run.Out);
        Assert.Contains("records read:", run.Out);
    }

    [Fact]
    public async Task Rejected_records_are_summarised_by_kind_with_their_lines()
    {
        using var input = IcewsFile(keepFirstRow: false, code: "999");
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "icews", input.Path, "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 rejected", run.Out);
        Assert.Contains("unknown-code", run.Out);
        Assert.Contains("line 2", run.Out);
    }

    [Fact]
    public async Task Gdelt_mentions_are_read_after_the_events_whatever_the_order_given()
    {
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "gdelt", CliRun.Fixture("gdelt-mentions.CSV"), CliRun.Fixture("gdelt-events.export.CSV"), "-o", output.Path);

        // The fixture's mentions table holds three mentions of events the export imports, one of an event it rejects
        // and one short row: read after the events, the three are merged into their events.
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(", 3 merged,", run.Out);
        Assert.DoesNotContain("a GDELT event row has", run.Out);
    }

    [Fact]
    public async Task A_gdelt_mentions_table_is_known_by_its_columns_whatever_its_name()
    {
        using var output = new TempFile(".json");
        var renamed = Path.Combine(Path.GetTempPath(), $"gdelt-{Guid.NewGuid():N}.CSV");
        File.Copy(CliRun.Fixture("gdelt-mentions.CSV"), renamed);
        try
        {
            var run = await CliRun.Of("import", "gdelt", CliRun.Fixture("gdelt-events.export.CSV"), renamed, "-o", output.Path);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(", 3 merged,", run.Out);
            Assert.DoesNotContain("a GDELT event row has", run.Out);
        }
        finally
        {
            File.Delete(renamed);
        }
    }

    [Fact]
    public async Task Plover_records_can_be_written_as_json_lines()
    {
        using var output = new TempFile(".jsonl");

        var run = await CliRun.Of("import", "plover", CliRun.Fixture("plover-records.jsonl"), "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(jsonl)", run.Out);
        await using var stream = File.OpenRead(output.Path);
        var events = await EventJsonLines.ReadAsync(stream).CountAsync();
        Assert.True(events > 0);
    }

    [Fact]
    public async Task An_unknown_option_after_the_files_is_a_usage_error_not_a_missing_file()
    {
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "icews", CliRun.Fixture("icews-events.tab"), "-o", output.Path, "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--bogus'", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("x.json")]
    [InlineData("x.parquet")]
    public async Task An_output_in_a_folder_that_does_not_exist_is_refused_before_the_import_naming_the_folder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");
        var run = await CliRun.Of("import", "icews", CliRun.Fixture("icews-events.tab"), "-o", Path.Combine(folder, name));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"no folder '{folder}'", line);
        Assert.DoesNotContain(".partial", line);
        Assert.DoesNotContain("records read", run.Out);
    }

    [Fact]
    public async Task With_several_files_each_example_names_its_file()
    {
        using var first = IcewsFile(keepFirstRow: false, code: "999");
        using var second = IcewsFile(keepFirstRow: true, code: "998");
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "icews", first.Path, second.Path, "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{Path.GetFileName(first.Path)} line 2", run.Out);
        Assert.Contains($"{Path.GetFileName(second.Path)} line 3", run.Out);
    }

    [Fact]
    public async Task Warnings_are_listed_by_kind_with_examples()
    {
        // The first row again under the same Event ID with another code: imported under a new id, with a warning.
        using var input = IcewsFile(keepFirstRow: true, code: "051");
        using var output = new TempFile(".json");

        var run = await CliRun.Of("import", "icews", input.Path, "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 warnings", run.Out);
        Assert.Contains("warnings, by kind", run.Out);
        Assert.Contains("line 3", run.Out);
    }

    [Fact]
    public async Task An_unknown_format_is_one_line_and_exit_code_2()
    {
        var run = await CliRun.Of("import", "cow", CliRun.Fixture("icews-events.tab"), "-o", "out.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cow", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task An_output_extension_that_names_no_format_is_refused_before_reading()
    {
        var run = await CliRun.Of("import", "icews", CliRun.Fixture("icews-events.tab"), "-o", "out.xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot tell the output format from the extension '.xlsx'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_missing_input_file_is_one_line_and_exit_code_1()
    {
        var run = await CliRun.Of("import", "icews", "no-such-file.tab", "-o", "out.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["diplomacy: no-such-file.tab: no such file"], run.ErrorLines);
    }

    [Fact]
    public async Task A_polecat_release_named_by_its_file_answers_released_by_questions()
    {
        using var folder = new TempFile("");
        var output = await ImportPolecatRelease5(folder.Path);

        var before = await CliRun.Of("ask", "timeline", "--actor", "SRB", "--released-by", "2024-07-09", "--data", output);
        var after = await CliRun.Of("ask", "timeline", "--actor", "SRB", "--released-by", "2024-07-10", "--data", output);

        Assert.Equal(0, before.ExitCode);
        Assert.DoesNotContain("polecat-20240701-0001", before.Out);
        Assert.Contains("polecat-20240701-0001", after.Out);
    }

    [Fact]
    public async Task A_chart_drawn_released_by_a_day_leaves_out_what_the_data_set_released_later()
    {
        using var folder = new TempFile("");
        var data = await ImportPolecatRelease5(folder.Path);
        var (before, after) = (Path.Combine(folder.Path, "before.svg"), Path.Combine(folder.Path, "after.svg"));

        var early = await CliRun.Of("chart", "sanctions", "--data", data, "--released-by", "2024-07-09", "-o", before);
        var late = await CliRun.Of("chart", "sanctions", "--data", data, "--released-by", "2024-07-10", "-o", after);

        Assert.True(early.ExitCode == 0, early.Error);
        Assert.True(late.ExitCode == 0, late.Error);
        Assert.DoesNotContain("Iran", File.ReadAllText(before), StringComparison.Ordinal);
        Assert.Contains("Iran", File.ReadAllText(after), StringComparison.Ordinal);
    }

    /// <summary>Imports the POLECAT fixture as the file of release 5 (published 2024-07-10) into a new folder; returns the chronicle's path.</summary>
    private static async Task<string> ImportPolecatRelease5(string folder)
    {
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "ngecEvents.20240710000000.Release5.DV.txt");
        File.Copy(CliRun.Fixture("polecat-events.txt"), input);
        var output = Path.Combine(folder, "polecat.json");
        Assert.Equal(0, (await CliRun.Of("import", "polecat", input, "-o", output)).ExitCode);
        return output;
    }

    /// <summary>An ICEWS file of the fixture's header and its first row with another CAMEO code, after the row itself when asked.</summary>
    private static TempFile IcewsFile(bool keepFirstRow, string code)
    {
        var input = new TempFile(".tab");
        var lines = File.ReadAllLines(CliRun.Fixture("icews-events.tab"));
        var columns = lines[0].Split('\t');
        var changed = lines[1].Split('\t');
        changed[Array.IndexOf(columns, "CAMEO Code")] = code;
        File.WriteAllLines(input.Path, [lines[0], .. keepFirstRow ? [lines[1]] : Array.Empty<string>(), string.Join('\t', changed)]);
        return input;
    }
}
