using System.Text;

namespace Diplomacy.Serialization.Tests;

/// <summary>What reading accepts beyond what writing produces, and how its options change that.</summary>
public class ReadingTests
{
    private const string Actors = """
        "actors": [
          { "type": "state", "id": "RUS", "name": "Russia" },
          { "type": "organization", "id": "vreme", "name": "Vreme", "kind": "newsOutlet" }
        ]
        """;

    private static string Document(string meetingExtra = "", string documentExtra = "") => $$"""
        { "formatVersion": 1, {{documentExtra}}
        {{Actors}},
          "events": [ { "type": "meeting", "id": "m", "when": "2024", "participants": ["RUS"], {{meetingExtra}} "citations": [ { "source": "vreme", "published": "2024" } ] } ]
        }
        """;

    private static readonly ChronicleJsonOptions Lenient = new() { AllowUnknownProperties = true };

    [Fact]
    public void Unknown_properties_are_refused_by_default_and_ignored_when_allowed()
    {
        var text = Document("\"venue\": { \"deep\": [1, 2] },", "\"generator\": \"hand\",");
        Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text));
        Assert.Single(ChronicleJson.Deserialize(text, Lenient).Events);
    }

    [Fact]
    public void Unknown_properties_inside_money_and_coding_follow_the_same_option()
    {
        var text = Document("\"coding\": { \"cameo\": \"040\", \"note\": 1 },");
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text));
        Assert.Contains("'note' is not part of a coding", error.Message, StringComparison.Ordinal);
        Assert.Same(Coding.FromCameo("040"), ChronicleJson.Deserialize(text, Lenient).Events[0].Coding);
    }

    [Theory]
    [InlineData("\"participnts\": [\"RUS\"],", "'participnts' is not part of a meeting; did you mean 'participants'?", "$.events[0].participnts")]
    [InlineData("\"Host\": \"RUS\",", "'Host' is not part of a meeting; did you mean 'host'?", "$.events[0].Host")]
    [InlineData("\"venue\": \"Minsk\",", "'venue' is not part of a meeting. Its properties are: type, id, when, participants,", "$.events[0].venue")]
    [InlineData("\"place\": { \"name\": \"Minsk\", \"contry\": \"RUS\" },", "'contry' is not part of a place; did you mean 'country'? Its properties are: name, country,", "$.events[0].place.contry")]
    public void An_unknown_property_is_named_with_what_it_is_not_part_of_the_likely_meant_one_and_the_known_ones(string extra, string expected, string path)
    {
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(Document(extra)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void The_type_need_not_come_first()
    {
        var text = Document().Replace("{ \"type\": \"meeting\", \"id\": \"m\",", "{ \"id\": \"m\", \"type\": \"meeting\",", StringComparison.Ordinal);
        Assert.IsType<Meeting>(ChronicleJson.Deserialize(text).Events[0]);
    }

    [Fact]
    public void The_format_version_need_not_come_first()
    {
        var text = Document().Replace("\"formatVersion\": 1,", string.Empty, StringComparison.Ordinal).TrimEnd().TrimEnd('}') + ", \"formatVersion\": 1 }";
        Assert.Single(ChronicleJson.Deserialize(text).Events);
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Document())]);
        Assert.Single((await ChronicleJson.LoadAsync(stream)).Events);
    }

    [Fact]
    public void Missing_arrays_are_empty()
    {
        Assert.Empty(ChronicleJson.Deserialize("""{ "formatVersion": 1 }""").Actors);
    }

    [Fact]
    public void A_full_coding_equal_to_the_codebooks_is_the_shared_instance()
    {
        var text = Document("\"coding\": { \"cameo\": \"040\", \"quadClass\": \"verbalCooperation\", \"goldstein\": 1.0, \"ploverCategory\": \"consult\" },");
        Assert.Same(Coding.FromCameo("040"), ChronicleJson.Deserialize(text).Events[0].Coding);
    }

    [Fact]
    public void A_coding_without_a_code_needs_a_quad_class()
    {
        var withQuad = Document("\"coding\": { \"quadClass\": \"materialConflict\", \"goldstein\": -9.5 },");
        Assert.Equal(QuadClass.MaterialConflict, ChronicleJson.Deserialize(withQuad).Events[0].Coding.QuadClass);

        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(Document("\"coding\": { \"goldstein\": -9.5 },")));
        Assert.Contains("needs a 'quadClass'", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.events[0].coding", error.Path);
    }

    [Fact]
    public void Enum_numbers_are_refused()
    {
        var text = Document().Replace("\"kind\": \"newsOutlet\"", "\"kind\": 5", StringComparison.Ordinal);
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text));
        Assert.Equal("$.actors[1].kind", error.Path);
        Assert.Contains("one of: other, governmentBody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_is_limited_by_the_option()
    {
        var nested = "\"venue\": " + new string('[', 20) + new string(']', 20) + ",";
        var text = Document(nested);
        Assert.Single(ChronicleJson.Deserialize(text, Lenient).Events);
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text, Lenient with { MaxDepth = 16 }));
        Assert.Contains("depth of 16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_validation_problem_is_listed_with_its_location()
    {
        var text = Document().Replace("\"participants\": [\"RUS\"]", "\"participants\": [\"RUS\", \"SRB\", \"UKR\"]", StringComparison.Ordinal);
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(text));
        Assert.Equal("$.events[0].participants[1]", error.Path);
        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
        Assert.Contains("At $.events[0].participants[2], line", error.Message, StringComparison.Ordinal);
        var validation = Assert.IsType<ChronicleValidationException>(error.InnerException);
        Assert.Equal(2, validation.Problems.Count);
    }

    [Fact]
    public void Option_values_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChronicleJsonOptions { MaxDepth = 2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChronicleJsonOptions { MaxLineBytes = 10 });
    }

    [Fact]
    public void Load_names_the_file_in_its_message()
    {
        using var directory = new TempDirectory();
        var path = directory.File("bad.json");
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"events\": [ null ] }");
        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Load(path));
        Assert.Equal(path, error.FilePath);
        Assert.StartsWith($"At '{path}', $.events[0], line 1, byte 34: ", error.Message, StringComparison.Ordinal);
    }
}
