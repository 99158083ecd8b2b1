namespace Diplomacy.Serialization.Tests;

/// <summary>Every file in Malformed/ is refused, at the path and line its .expected file names (see Malformed/README.md).</summary>
public class MalformedCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Malformed");

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Files() => new(Names());

    [Fact]
    public void The_corpus_covers_every_kind_of_bad_input_in_the_issue()
    {
        var names = Names().ToHashSet();
        string[] required =
        [
            "malformed-json.json", "wrong-type-for-field.json", "unknown-event-type.json", "missing-required-field.json",
            "unknown-property.json", "invalid-edtf-date.json", "invalid-cameo-code.json", "duplicate-event-id.json",
            "unknown-actor-reference.json", "newer-format-version.json",
        ];
        Assert.All(required, r => Assert.Contains(r, names));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Is_refused_with_its_location(string name)
    {
        var file = Path.Combine(Folder, name);
        var expected = Expectation.Read(Path.ChangeExtension(file, ".expected"));

        var error = name.EndsWith(".jsonl", StringComparison.Ordinal)
            ? await Assert.ThrowsAsync<ChronicleFormatException>(() => ReadAll(file))
            : Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Load(file));

        Assert.Equal(expected.Path, error.Path);
        Assert.Equal(expected.Line, error.LineNumber);
        Assert.NotNull(error.BytePositionInLine);
        Assert.Contains(expected.Message, error.Message, StringComparison.Ordinal);
        Assert.Contains($"{expected.Path}, line {expected.Line}, byte {error.BytePositionInLine}", error.Message, StringComparison.Ordinal);
    }

    private static async Task ReadAll(string file)
    {
        await using var stream = File.OpenRead(file);
        await foreach (var _ in EventJsonLines.ReadAsync(stream))
        {
        }
    }

    private sealed record Expectation(string Path, long Line, string Message)
    {
        public static Expectation Read(string file)
        {
            Assert.True(File.Exists(file), $"{System.IO.Path.GetFileName(file)} is missing: every malformed file needs one (path:, line:, message:).");
            var fields = File.ReadAllLines(file)
                .Where(l => l.Contains(':', StringComparison.Ordinal))
                .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)], l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            return new Expectation(fields["path"], long.Parse(fields["line"], System.Globalization.CultureInfo.InvariantCulture), fields["message"]);
        }
    }
}
