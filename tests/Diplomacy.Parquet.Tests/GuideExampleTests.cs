using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using NodaTime;

namespace Diplomacy.Parquet.Tests;

/// <summary>The C# examples of docs/parquet.md and docs/scale-out.md, kept here so that they cannot rot: if one stops compiling or stops being true, fix both.</summary>
public class GuideExampleTests
{
    [Fact]
    public async Task Writing_and_reading_a_chronicle()
    {
        var chronicle = ArticleFixture.Build();
        using var temp = new TempDirectory();
        var directory = temp.Path;

        await ChronicleParquet.WriteAsync(chronicle, directory);
        Chronicle back = await ChronicleParquet.ReadAsync(directory);

        Assert.Equal(chronicle.Events, back.Events);
        Assert.True(File.Exists(Path.Combine(directory, "events", "year=2024", "part-0.parquet")));
    }

    [Fact]
    public async Task Streaming_events_that_do_not_fit_in_memory()
    {
        var article = ArticleFixture.Build();
        using var temp = new TempDirectory();
        IEnumerable<DiplomaticEvent> events = article.Events;

        await using (var writer = ChronicleParquetWriter.Create(temp.Path, new ParquetWriteOptions { BufferedEvents = 100_000 }))
        {
            await writer.WriteActorsAsync(article.Actors);
            foreach (var e in events)
            {
                await writer.AddAsync(e);
            }
        }

        Assert.Equal(article.Events, (await ChronicleParquet.ReadAsync(temp.Path)).Events);
    }

    [Fact]
    public async Task Asking_the_questions_through_DuckDB()
    {
        using var temp = new TempDirectory();
        await ChronicleParquet.WriteAsync(ArticleFixture.Build(), temp.Path);

        using var duck = DuckDbChronicle.Open(temp.Path, new DuckDbOptions { MemoryLimit = "1GB" });
        SanctionsStance stance = duck.SanctionsStance("SRB", "RUS", new LocalDate(2024, 7, 8));
        IReadOnlyList<TradeOff> trades = duck.TradeOffs("RUS", ConsiderationKind.Materiel);
        var known = duck.AsKnownAt(new LocalDate(2023, 3, 31)).EventsBetween("SRB", "UKR");

        Assert.Equal(SanctionsPosture.Refusing, stance.Posture);
        Assert.Equal(["ISR", "KOR"], trades.Select(t => t.Partner.Value).Order());
        Assert.Equal(ArticleFixture.Build().AsKnownAt(new LocalDate(2023, 3, 31)).EventsBetween("SRB", "UKR"), known);
    }

    [Fact]
    public void The_shipped_SQL_is_the_SQL_the_docs_show()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "scale-out.md"));
        foreach (var name in SqlQuestions.Names)
        {
            Assert.Contains(SqlQuestions.Get(name).Trim(), guide.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Diplomacy.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Diplomacy.sln) was not found above the test's folder.");
    }
}
