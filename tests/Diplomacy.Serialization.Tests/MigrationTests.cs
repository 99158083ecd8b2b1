using System.Text;
using System.Text.Json.Nodes;
using Diplomacy.Serialization.Documents;

namespace Diplomacy.Serialization.Tests;

/// <summary>Format versions: newer ones are refused, older ones migrate step by step to the current one.</summary>
public class MigrationTests
{
    /// <summary>An imaginary version 0 that called events "log" and the discriminator "kind".</summary>
    private const string VersionZero = """
        {
          "formatVersion": 0,
          "actors": [
            { "type": "state", "id": "RUS", "name": "Russia" },
            { "type": "organization", "id": "vreme", "name": "Vreme", "kind": "newsOutlet" }
          ],
          "log": [
            { "kind": "meeting", "id": "m", "when": "2024", "participants": ["RUS", "SRB"], "citations": [ { "source": "vreme", "published": "2024" } ] }
          ]
        }
        """;

    private sealed class FromVersionZero : IFormatMigration
    {
        public int FromVersion => 0;

        public void Migrate(JsonObject document)
        {
            var log = document["log"] ?? throw new InvalidOperationException("a version 0 document has a 'log'.");
            document.Remove("log");
            foreach (var e in log.AsArray())
            {
                var o = e!.AsObject();
                var kind = o["kind"]!.GetValue<string>();
                o.Remove("kind");
                o.Insert(0, "type", kind);
            }

            document["events"] = log;
        }
    }

    private static Chronicle Read(string text, params IFormatMigration[] migrations) =>
        ChronicleDocumentReader.Read(Encoding.UTF8.GetBytes(text), null, null, migrations);

    [Fact]
    public void An_older_version_is_migrated_and_then_read_as_the_current_one()
    {
        var chronicle = Read(VersionZero.Replace(", \"SRB\"", string.Empty, StringComparison.Ordinal), new FromVersionZero());
        var meeting = Assert.IsType<Meeting>(Assert.Single(chronicle.Events));
        Assert.Equal(["RUS"], meeting.Participants);
    }

    [Fact]
    public void Errors_in_a_migrated_document_say_so()
    {
        var error = Assert.Throws<ChronicleFormatException>(() => Read(VersionZero, new FromVersionZero()));
        Assert.Equal("$.events[0].participants[1]", error.Path);
        Assert.Contains("unknown actor 'SRB'", error.Message, StringComparison.Ordinal);
        Assert.Contains("migrated from formatVersion 0 to 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_migration_that_cannot_proceed_is_reported()
    {
        var error = Assert.Throws<ChronicleFormatException>(() => Read(VersionZero.Replace("\"log\"", "\"journal\"", StringComparison.Ordinal), new FromVersionZero()));
        Assert.Contains("could not be migrated from formatVersion 0: a version 0 document has a 'log'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_version_without_a_migration_is_refused()
    {
        var error = Assert.Throws<ChronicleFormatException>(() => Read(VersionZero));
        Assert.Equal("$.formatVersion", error.Path);
        Assert.Contains("no migration from it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_ships_no_migration_yet_and_reads_version_1()
    {
        Assert.Empty(FormatMigrations.All);
        Assert.Equal(1, ChronicleJson.FormatVersion);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    public void A_version_that_is_not_a_whole_number_is_refused(string version)
    {
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize($$"""{ "formatVersion": {{version}} }"""));
        Assert.Equal("$.formatVersion", error.Path);
        Assert.Equal(1, error.LineNumber);
    }
}
