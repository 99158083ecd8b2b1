using Diplomacy.Parquet;
using Diplomacy.Reliability.Fuzzing;

namespace Diplomacy.Reliability;

/// <summary>The Parquet fuzz target starts from inputs the reader accepts, so that mutations reach past the decoder.</summary>
public class ParquetTableFuzzingTests
{
    [Fact]
    public void Every_made_seed_table_reads_back_into_the_seed_chronicle()
    {
        var seeds = ParquetTableFuzzing.Seeds();

        Assert.All(seeds, seed => ParquetTableFuzzing.Run(seed));
        Assert.Equal(16, seeds.Count);
    }

    [Fact]
    public void Bytes_that_are_not_parquet_are_refused_with_the_table_and_file_named()
    {
        var error = Assert.Throws<ParquetFormatException>(() => ParquetTableFuzzing.Run([1, .. "PAR1 not really"u8]));

        Assert.Equal(("events", "events/fuzzed.parquet"), (error.Table, error.File));
        Assert.Contains("not a readable Parquet file", error.Message, StringComparison.Ordinal);
    }
}
