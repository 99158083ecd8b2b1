using System.Text.Json;

namespace Diplomacy.Cli.Tests;

/// <summary>Every <c>ask</c> question's <c>--json</c> output is one JSON object whose field names do not depend on the data.</summary>
public sealed class JsonAnswerTests
{
    /// <summary>
    /// Each question, asked of the seed so that it has answers, and the fields of every answer, in order, each with the
    /// JSON kind of its value: <c>s</c> text, <c>a</c> an actor object, <c>a[]</c> an array of actor objects, <c>s[]</c>
    /// an array of text, <c>n</c> a number, <c>b</c> true or false (any of them may be null).
    /// </summary>
    private static readonly Dictionary<string, (string Question, string[] Fields)> Questions = new()
    {
        ["trade-offs"] = ("trade-offs RUS", ["partner:a", "relationship:s", "change:s", "when:s", "gained:s", "from:a"]),
        ["stance"] = ("stance SRB RUS --on 2024-07-08", ["imposer:a", "target:a", "on:s", "posture:s", "since:s", "certainty:s", "measures:s[]", "bound-by:a[]"]),
        ["flows"] = ("flows SRB UKR", ["route:a[]", "quantities:s[]", "value:s[]", "transfers:s[]"]),
        ["reactions"] = ("reactions RUS --by SRB --kind arms-transfer", ["speaker:a", "tone:s", "when:s", "quote:s", "responds-to:s[]", "through:s[]", "certainty:s"]),
        ["tolerated"] = ("tolerated RUS", ["act:s", "doer:a", "how-hostile:s", "enemy:a", "strongest-reaction:s", "certainty:s"]),
        ["divergence"] = ("divergence SRB RUS", ["measure:s", "goldstein-mean:n", "events:n", "certainty:s"]),
        ["contacts"] = ("contacts SRB RUS", ["person:a", "counterpart:a", "meetings:n", "without-office:n", "where:s[]", "certainty:s"]),
        ["role"] = ("role aleksandar-vulin --on 2023-06-01", ["office:s", "body:a", "since:s", "until:s", "certainty:s"]),
        ["holders"] = ("holders --body russian-security-council --on 2024-06-01", ["person:a", "office:s", "body:a", "since:s", "until:s", "certainty:s"]),
        ["members"] = ("members csto --on 2024-07-08", ["member:a", "suspended:b", "since:s", "certainty:s"]),
        ["timeline"] = ("timeline --actor SRB", ["event:s", "when:s", "kind:s", "actors:a[]", "summary:s"]),
        ["spells sanctions"] = ("spells sanctions SRB RUS", ["posture:s", "since:s", "until:s", "measures:s[]", "in-force:b"]),
        ["spells membership"] = ("spells membership csto", ["member:a", "suspended:b", "joined:s", "since:s", "until:s"]),
        ["spells offices"] = ("spells offices aleksandar-vulin", ["office:s", "body:a", "since:s", "until:s"]),
    };

    public static TheoryData<string> Names() => [.. Questions.Keys];

    [Fact]
    public void Every_question_of_ask_is_checked()
    {
        var ask = DiplomacyCli.CreateRoot(CliConsole.Redirected(TextWriter.Null, TextWriter.Null)).Subcommands.Single(c => c.Name == "ask");

        Assert.Equal(CommandLineTests.Leaves(ask, []).Order(), Questions.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Json_is_one_object_with_the_same_field_names_for_every_answer_event_and_citation(string name)
    {
        var (question, fields) = Questions[name];
        var run = await CliRun.Of(["ask", .. question.Split(' '), "--json", "--data", CliRun.Seed]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(["question", "answers", "evidence"], Names(json.RootElement));
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("question").ValueKind);
        var answers = json.RootElement.GetProperty("answers").EnumerateArray().ToArray();
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal(fields.Select(f => f.Split(':')[0]), Names(a)));
        foreach (var answer in answers)
        {
            foreach (var (field, kind) in fields.Select(f => f.Split(':')).Select(f => (f[0], f[1])))
            {
                var value = answer.GetProperty(field);
                Assert.True(value.ValueKind == JsonValueKind.Null || Is(kind, value), $"{field} should be {kind}: {value.GetRawText()}");
            }
        }

        var evidence = json.RootElement.GetProperty("evidence").EnumerateArray().ToArray();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(["id", "kind", "when", "basis", "summary", "citations"], Names(e)));
        Assert.All(evidence.SelectMany(e => e.GetProperty("citations").EnumerateArray()), c => Assert.Equal(["source", "name", "published", "title", "url"], Names(c)));
    }

    [Fact]
    public async Task Json_gives_actors_as_ids_with_names_and_lists_as_arrays_in_order()
    {
        var flows = await CliRun.Of(["ask", "flows", "SRB", "UKR", "--json", "--data", CliRun.Seed]);
        var stance = await CliRun.Of(["ask", "stance", "SRB", "RUS", "--on", "2024-07-08", "--json", "--data", CliRun.Seed]);

        using var flowsJson = JsonDocument.Parse(flows.Out);
        var routes = flowsJson.RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("route").EnumerateArray().ToArray()).ToArray();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Equal("UKR", r[^1].GetProperty("id").GetString()));
        Assert.Contains(routes, r => r[0].GetProperty("id").GetString() == "SRB" && r[0].GetProperty("name").GetString() == "Serbia");
        using var stanceJson = JsonDocument.Parse(stance.Out);
        var imposer = stanceJson.RootElement.GetProperty("answers")[0].GetProperty("imposer");
        Assert.Equal(("SRB", "Serbia"), (imposer.GetProperty("id").GetString(), imposer.GetProperty("name").GetString()));
    }

    private static bool Is(string kind, JsonElement value) => kind switch
    {
        "s" => value.ValueKind == JsonValueKind.String,
        "n" => value.ValueKind == JsonValueKind.Number,
        "b" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "a" => value.ValueKind == JsonValueKind.Object && Names(value).SequenceEqual(["id", "name"]),
        _ when kind.EndsWith("[]", StringComparison.Ordinal) => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(v => Is(kind[..^2], v)),
        _ => throw new ArgumentException($"unknown kind '{kind}'", nameof(kind)),
    };

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
