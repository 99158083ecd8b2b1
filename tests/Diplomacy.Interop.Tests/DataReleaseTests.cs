using System.IO.Compression;
using System.Text;
using Diplomacy.Interop;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Diplomacy.Interop.Tests;

/// <summary>The importers record the data set release that carried each event, and importing a superseding release changes nothing already known.</summary>
public sealed class DataReleaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("diplomacy-releases-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Copy(string fixture, string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(Fixtures.PathTo(fixture), path);
        return path;
    }

    private static IEnumerable<DataRelease?> ReleasesOf(Chronicle chronicle) => chronicle.Events.SelectMany(e => e.Citations).Select(c => c.Release).Distinct();

    [Fact]
    public async Task A_weekly_polecat_file_is_the_release_its_name_says()
    {
        var path = Copy(Fixtures.Polecat, "ngecEvents.20240705093012.Release0412.DV.txt");

        var (chronicle, _) = await ChronicleImporter.ImportPolecatAsync(path);

        var release = Assert.Single(ReleasesOf(chronicle));
        Assert.Equal(new DataRelease("POLECAT", "Release 412", new LocalDate(2024, 7, 5)), release);
        Assert.All(chronicle.Events, e => Assert.Equal(new LocalDate(2024, 7, 5), e.FirstReleased));
    }

    [Fact]
    public async Task A_yearly_polecat_zip_is_dated_the_last_day_of_its_year()
    {
        var path = Path.Combine(_folder, "ngecEventsDV-2024.txt.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntryFromFile(Fixtures.PathTo(Fixtures.Polecat), "events.txt");
        }

        var (chronicle, _) = await ChronicleImporter.ImportPolecatAsync(path);

        Assert.Equal(new DataRelease("POLECAT", "yearly 2024", new LocalDate(2024, 12, 31)), Assert.Single(ReleasesOf(chronicle)));
    }

    [Fact]
    public async Task A_zip_entry_named_as_a_release_is_that_release()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntryFromFile(Fixtures.PathTo(Fixtures.Polecat), "ngecEvents.20240712.Release413.DV.txt");
        }

        zipped.Position = 0;
        var (chronicle, _) = await ChronicleImporter.ImportPolecatAsync(zipped);

        Assert.Equal(new DataRelease("POLECAT", "Release 413", new LocalDate(2024, 7, 12)), Assert.Single(ReleasesOf(chronicle)));
    }

    [Fact]
    public async Task The_release_set_in_the_options_wins_over_the_file_name()
    {
        var path = Copy(Fixtures.Polecat, "ngecEvents.20240705093012.Release412.DV.txt");
        var mine = new DataRelease("POLECAT", "mirror of 2024-08-01", new LocalDate(2024, 8, 1));

        var (chronicle, _) = await ChronicleImporter.ImportPolecatAsync(path, new ImportOptions { Release = mine });

        Assert.Equal(mine, Assert.Single(ReleasesOf(chronicle)));
    }

    [Fact]
    public async Task A_file_whose_name_says_no_release_records_none()
    {
        var (chronicle, _) = await ChronicleImporter.ImportPolecatAsync(Fixtures.PathTo(Fixtures.Polecat));

        Assert.Null(Assert.Single(ReleasesOf(chronicle)));
        Assert.All(chronicle.Events, e => Assert.Null(e.FirstReleased));
    }

    [Fact]
    public async Task An_icews_yearly_file_is_the_release_of_its_timestamp()
    {
        var path = Copy(Fixtures.Icews, "events.2018.20200427084805.tab");

        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(path);

        Assert.Equal(new DataRelease("ICEWS", "events.2018.20200427084805", new LocalDate(2020, 4, 27)), Assert.Single(ReleasesOf(chronicle)));
    }

    [Fact]
    public async Task An_icews_weekly_file_is_the_release_of_its_day()
    {
        var path = Copy(Fixtures.Icews, "20181119-icews-events.tab");

        var (chronicle, _) = await ChronicleImporter.ImportIcewsAsync(path);

        Assert.Equal(new DataRelease("ICEWS", "weekly 20181119", new LocalDate(2018, 11, 19)), Assert.Single(ReleasesOf(chronicle)));
    }

    [Fact]
    public async Task A_gdelt_event_is_the_release_of_its_DATEADDED()
    {
        var (chronicle, _) = await Fixtures.ImportAsync(Fixtures.GdeltEvents, s => ChronicleImporter.ImportGdeltAsync(s));

        var release = chronicle.GetEvent("gdelt-1180000002").Citations[0].Release;
        Assert.Equal(new DataRelease("GDELT 2.0", "20240701123000", new LocalDate(2024, 7, 1)), release);
    }

    [Fact]
    public async Task A_yearly_file_over_the_weekly_files_it_replaces_adds_nothing_and_keeps_the_weekly_release()
    {
        var weekly = Copy(Fixtures.Polecat, "ngecEvents.20240705093012.Release412.DV.txt");
        var yearly = Copy(Fixtures.Polecat, "ngecEventsDV-2024.txt");
        var importer = new ChronicleImporter();
        await using (var stream = File.OpenRead(weekly))
        {
            await importer.AddAsync(PolecatReader.ReadAsync(stream));
        }

        var before = importer.Build().Chronicle;
        await using (var stream = File.OpenRead(yearly))
        {
            await importer.AddAsync(PolecatReader.ReadAsync(stream));
        }

        var (after, summary) = importer.Build();
        Assert.Equal(before.Events, after.Events);
        Assert.DoesNotContain(summary.Warnings, w => w.Kind == ImportIssueKind.RenamedDuplicate);
        Assert.All(after.Events, e => Assert.Equal(new LocalDate(2024, 7, 5), e.FirstReleased));
    }

    [Fact]
    public void Merging_reports_that_differ_only_in_release_keeps_one_citation_with_the_earlier_release()
    {
        var early = new DataRelease("POLECAT", "Release 1", new LocalDate(2024, 7, 5));
        var late = new DataRelease("POLECAT", "yearly 2024", new LocalDate(2024, 12, 31));
        var citation = new Citation("wire", new LocalDate(2024, 7, 2));
        var chronicle = new ChronicleBuilder()
            .AddActors([new State("SRB", "Serbia"), new State("RUS", "Russia"), new Organization("wire", "Wire", OrganizationKind.NewsOutlet)])
            .AddEvents([
                new CodedEvent("a", new LocalDate(2024, 7, 1), [citation with { Release = late }], "SRB", Coding.FromCameo("040")) { Target = "RUS" },
                new CodedEvent("b", new LocalDate(2024, 7, 1), [citation with { Release = early }], "SRB", Coding.FromCameo("040")) { Target = "RUS" }])
            .Build();

        var (merged, _) = DuplicateMerge.Apply(chronicle, DuplicateStrategy.SameDayDyadCode);

        var kept = Assert.Single(merged.Events);
        Assert.Equal(early, Assert.Single(kept.Citations).Release);
    }

    private static readonly string[] PolecatLines = File.ReadAllLines(Fixtures.PathTo(Fixtures.Polecat), Encoding.UTF8);

    /// <summary>Good rows of the fixture (those of its first four events) with new ids and publication days.</summary>
    private static Gen<string[]> Rows(int count, string prefix)
    {
        var header = PolecatLines[0].Split('\t');
        var id = Array.IndexOf(header, "Event ID");
        var published = Array.IndexOf(header, "Publication Date");
        var row = from template in Gen.Elements(PolecatLines[1..5])
                  from day in Gen.Choose(0, 60)
                  select (template, day);
        return row.ArrayOf(count).Select(rows => rows.Select((r, i) =>
        {
            var cells = r.template.Split('\t');
            cells[id] = $"{prefix}-{i}";
            cells[published] = new LocalDate(2024, 6, 1).PlusDays(r.day).ToString("uuuu-MM-dd", null);
            return string.Join('\t', cells);
        }).ToArray());
    }

    private static void Add(ChronicleImporter importer, IEnumerable<string> rows, DataRelease release)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', rows.Prepend(PolecatLines[0])) + "\n"));
        importer.AddAsync(PolecatReader.ReadAsync(stream, new ImportOptions { Release = release })).GetAwaiter().GetResult();
    }

    [Fact]
    public void Importing_a_superseding_yearly_file_changes_no_answer_for_a_day_before_its_release()
    {
        var cases = from count in Gen.Choose(1, 12)
                    from rows in Rows(count, "e")
                    from weeks in Gen.Choose(0, 3).ArrayOf(count)
                    from extra in Gen.Choose(0, 3).SelectMany(n => Rows(n, "late"))
                    from day in Gen.Choose(0, 210)
                    select (rows, weeks, extra, day);
        var property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var importer = new ChronicleImporter();
            for (var week = 0; week < 4; week++)
            {
                Add(importer, c.rows.Where((_, i) => c.weeks[i] == week), new DataRelease("POLECAT", $"Release {week}", new LocalDate(2024, 7, 5).PlusWeeks(week)));
            }

            var before = importer.Build().Chronicle;
            var yearlyRelease = new DataRelease("POLECAT", "yearly 2024", new LocalDate(2024, 12, 31));
            Add(importer, c.rows.Concat(c.extra), yearlyRelease);
            var after = importer.Build().Chronicle;

            var day = new LocalDate(2024, 6, 1).PlusDays(c.day);
            var unchanged = before.AsKnownAt(day, KnownBy.Release).Events.SequenceEqual(after.AsKnownAt(day, KnownBy.Release).Events);
            var noDuplicates = after.Events.Count == before.Events.Count + after.Events.Count(e => e.Id.Value.StartsWith("polecat-late-", StringComparison.Ordinal));
            var notLater = before.Events.All(e => after.GetEvent(e.Id).FirstReleased == e.FirstReleased);
            return day < yearlyRelease.Published && unchanged && noDuplicates && notLater;
        });

        Check.QuickThrowOnFailure(property);
    }
}
