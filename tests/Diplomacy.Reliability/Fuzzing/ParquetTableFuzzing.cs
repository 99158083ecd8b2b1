using Diplomacy.Parquet;
using Diplomacy.Parquet.Tables;
using Diplomacy.Serialization;
using Parquet.Serialization;

namespace Diplomacy.Reliability.Fuzzing;

/// <summary>
/// Fuzzes the Parquet reader one table file at a time, which is what a damaged table set holds. An input is a table
/// number (its first byte, modulo the number of tables) followed by the bytes of a Parquet file. The reader decodes that
/// file as the table and puts it together with the other tables of the article's seed, decoded once, then builds the
/// chronicle as <see cref="ChronicleParquet.ReadAsync"/> does. Decoding the whole set for every input would cost some
/// 70 files each time; the other tables are the same bytes every time.
/// </summary>
internal static class ParquetTableFuzzing
{
    private static readonly Lazy<(List<ActorRow> Actors, RowSet Rows, IReadOnlyList<byte[]> Seeds)> Template = new(Make);

    /// <summary>One seed per table: its number, then all of the seed's rows of that table as one Parquet file.</summary>
    public static IReadOnlyList<byte[]> Seeds() => Template.Value.Seeds;

    /// <summary>Decodes the input as its table's file and builds the chronicle with the other tables of the seed.</summary>
    public static void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var table = TableReader.Names[input[0] % TableReader.Names.Count];
        var (actors, rows) = Copy(Template.Value.Actors, Template.Value.Rows, except: table);
        // A copy, not a window on the input: Parquet.Net reads a MemoryStream's buffer from its start.
        using var stream = new MemoryStream(input[1..], writable: false);
        TableReader.ReadAsync(table, stream, $"{table}/fuzzed.parquet", actors, rows, CancellationToken.None).GetAwaiter().GetResult();
        _ = ChronicleParquet.Assemble(actors, rows);
    }

    private static (List<ActorRow> Actors, RowSet Rows, IReadOnlyList<byte[]> Seeds) Make()
    {
        var chronicle = ChronicleJson.Load(Repository.PathOf("seeds/serbia-arms-2024.json"));
        var directory = Path.Combine(Path.GetTempPath(), "diplomacy-fuzz-parquet-" + Guid.NewGuid().ToString("N"));
        try
        {
            ChronicleParquet.WriteAsync(chronicle, directory).GetAwaiter().GetResult();
            var actors = new List<ActorRow>();
            var rows = new RowSet();
            foreach (var table in TableReader.Names)
            {
                var folder = Path.Combine(directory, table);
                var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories) : [];
                foreach (var file in files.Order(StringComparer.Ordinal))
                {
                    using var stream = File.OpenRead(file);
                    TableReader.ReadAsync(table, stream, file, actors, rows, CancellationToken.None).GetAwaiter().GetResult();
                }
            }

            var seeds = TableReader.Names.Select((table, number) => Seed(number, table, actors, rows)).ToList();
            return (actors, rows, seeds);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] Seed(int number, string table, List<ActorRow> actors, RowSet rows)
    {
        // The file on its own first: Parquet records offsets from the start of the stream it writes to.
        using var stream = new MemoryStream();
        TableLists.ApplyAsync(table, actors, rows, new Encode(stream)).GetAwaiter().GetResult();
        return [(byte)number, .. stream.ToArray()];
    }

    /// <summary>A copy of the template's lists (assembly does not change rows), without the fuzzed table's rows.</summary>
    private static (List<ActorRow>, RowSet) Copy(List<ActorRow> actors, RowSet rows, string except)
    {
        var copyActors = new List<ActorRow>();
        var copy = new RowSet();
        foreach (var table in TableReader.Names.Where(t => t != except))
        {
            TableLists.ApplyAsync(table, actors, rows, new CopyInto(copyActors, copy)).GetAwaiter().GetResult();
        }

        return (copyActors, copy);
    }

    private sealed class Encode(Stream stream) : ITableAction
    {
        public Task RunAsync<TRow>(string table, List<TRow> rows)
            where TRow : class, new() => ParquetSerializer.SerializeAsync(rows, stream);
    }

    private sealed class CopyInto(List<ActorRow> actors, RowSet rows) : ITableAction
    {
        public Task RunAsync<TRow>(string table, List<TRow> from)
            where TRow : class, new() => TableLists.ApplyAsync(table, actors, rows, new AddAll<TRow>(from));
    }

    private sealed class AddAll<TFrom>(List<TFrom> from) : ITableAction
    {
        public Task RunAsync<TRow>(string table, List<TRow> to)
            where TRow : class, new()
        {
            to.AddRange((List<TRow>)(object)from);
            return Task.CompletedTask;
        }
    }
}
