using Diplomacy.DuckDb;
using Diplomacy.TestKit;
using DuckDB.NET.Data;
using NodaTime;

namespace Diplomacy.Parquet.Tests;

/// <summary>A table set written before later columns existed (data releases, GeoNames ids) is still queried through DuckDB.</summary>
public class OlderTableSetTests
{
    [Fact]
    public async Task A_table_set_without_the_release_columns_answers_as_one_without_releases()
    {
        var chronicle = ArticleFixture.Build();
        using var temp = new TempDirectory();
        await ChronicleParquet.WriteAsync(chronicle, temp.Path);
        DropColumn(temp.Path, "events", "first_released");
        DropColumn(temp.Path, "citations", "release_published");

        using var duck = DuckDbChronicle.Open(temp.Path, new DuckDbOptions { MemoryLimit = "1GB" });
        var day = new LocalDate(2023, 3, 31);

        Assert.Equal(chronicle.AsKnownAt(day, KnownBy.Release).EventsBetween("SRB", "UKR"), duck.AsKnownAt(day, KnownBy.Release).EventsBetween("SRB", "UKR"));
        Assert.Equal(chronicle.EventsBetween("SRB", "RUS"), duck.EventsBetween("SRB", "RUS"));
    }

    /// <summary>Rewrites every file of a table without one column, as an older writer would have written it.</summary>
    private static void DropColumn(string root, string table, string column)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var file in Directory.GetFiles(Path.Combine(root, table), "*.parquet", SearchOption.AllDirectories))
        {
            var older = file + ".older";
            using (var command = connection.CreateCommand())
            {
                command.CommandText = $"COPY (SELECT * EXCLUDE ({column}) FROM read_parquet('{file}')) TO '{older}' (FORMAT parquet)";
                command.ExecuteNonQuery();
            }

            File.Move(older, file, overwrite: true);
        }
    }
}
