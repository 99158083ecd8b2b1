using System.Text.Json;

namespace Diplomacy.Cli.Tests;

/// <summary>Every <c>ask</c> question's <c>--json</c> output is one JSON object whose field names do not depend on the data.</summary>
public sealed class JsonAnswerTests
{
    /// <summary>Each question, asked of the seed so that it has answers, and the fields of every answer, in order.</summary>
    private static readonly Dictionary<string, (string Question, string[] Fields)> Questions = new()
    {
        ["trade-offs"] = ("trade-offs RUS", ["partner", "relationship", "change", "when", "gained", "from"]),
        ["stance"] = ("stance SRB RUS --on 2024-07-08", ["imposer", "target", "on", "posture", "since", "certainty", "measures", "bound-by"]),
        ["flows"] = ("flows SRB UKR", ["route", "quantities", "value", "transfers"]),
        ["reactions"] = ("reactions RUS --by SRB --kind arms-transfer", ["speaker", "tone", "when", "quote", "responds-to", "through", "certainty"]),
        ["tolerated"] = ("tolerated RUS", ["act", "doer", "how-hostile", "enemy", "strongest-reaction", "certainty"]),
        ["divergence"] = ("divergence SRB RUS", ["measure", "goldstein-mean", "events"]),
        ["contacts"] = ("contacts SRB RUS", ["person", "counterpart", "meetings", "without-office", "where", "certainty"]),
        ["role"] = ("role aleksandar-vulin --on 2023-06-01", ["office", "body", "since", "until", "certainty"]),
        ["holders"] = ("holders --body russian-security-council --on 2024-06-01", ["person", "office", "body", "since", "until", "certainty"]),
        ["members"] = ("members csto --on 2024-07-08", ["member", "suspended", "since", "certainty"]),
        ["timeline"] = ("timeline --actor SRB", ["event", "when", "kind", "actors", "summary"]),
        ["spells sanctions"] = ("spells sanctions SRB RUS", ["posture", "since", "until", "measures", "in-force"]),
        ["spells membership"] = ("spells membership csto", ["member", "suspended", "joined", "since", "until"]),
        ["spells offices"] = ("spells offices aleksandar-vulin", ["office", "body", "since", "until"]),
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
        Assert.All(answers, a => Assert.Equal(fields, Names(a)));
        Assert.All(answers, a => Assert.All(a.EnumerateObject(), f => Assert.True(f.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null, f.Name)));
        var evidence = json.RootElement.GetProperty("evidence").EnumerateArray().ToArray();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(["id", "kind", "when", "basis", "summary", "citations"], Names(e)));
        Assert.All(evidence.SelectMany(e => e.GetProperty("citations").EnumerateArray()), c => Assert.Equal(["source", "name", "published", "title", "url"], Names(c)));
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
