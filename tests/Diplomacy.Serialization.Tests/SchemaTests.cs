using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomacy.TestKit;
using FsCheck;
using FsCheck.Fluent;
using Json.Schema;

namespace Diplomacy.Serialization.Tests;

/// <summary>docs/schema/chronicle-v1.schema.json describes what the library writes, and agrees with the code.</summary>
public class SchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "chronicle-v1.schema.json"));

    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Failures(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));

    [Fact]
    public void Written_documents_validate_against_the_schema()
    {
        var property = Prop.ForAll(ModelGenerators.Chronicles(12).ToArbitrary(), c => Evaluate(ChronicleJson.Serialize(c)).IsValid);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    [Fact]
    public void The_edge_cases_validate_against_the_schema()
    {
        var results = Evaluate(ChronicleJson.Serialize(EdgeWorld.Build()));
        Assert.True(results.IsValid, Failures(results));
    }

    [Fact]
    public async Task Each_json_lines_event_validates_as_an_event_of_the_schema()
    {
        using var stream = new MemoryStream();
        await EventJsonLines.WriteAsync(EdgeWorld.Events, stream);
        foreach (var line in System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var results = Evaluate($$"""{ "formatVersion": 1, "events": [ {{line}} ] }""");
            Assert.True(results.IsValid, Failures(results));
        }
    }

    [Theory]
    [InlineData("unknown-event-type.json")]
    [InlineData("unknown-property.json")]
    [InlineData("invalid-edtf-date.json")]
    [InlineData("invalid-cameo-code.json")]
    [InlineData("invalid-actor-id.json")]
    [InlineData("missing-required-field.json")]
    [InlineData("newer-format-version.json")]
    public void The_schema_refuses_malformed_documents_too(string name)
    {
        Assert.False(Evaluate(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Malformed", name))).IsValid);
    }

    public static TheoryData<string, string[]> EnumsInCode() => new()
    {
        { "OrganizationKind", Names<OrganizationKind>() },
        { "AllianceObligations", [.. Names<AllianceObligations>().Where(n => n != "none")] },
        { "WeaponCategory", Names<WeaponCategory>() },
        { "TransferTerms", Names<TransferTerms>() },
        { "EndUserClause", Names<EndUserClause>() },
        { "ReactionTone", Names<ReactionTone>() },
        { "SanctionsActionKind", Names<SanctionsActionKind>() },
        { "RelationshipKind", Names<RelationshipKind>() },
        { "RelationshipChangeKind", Names<RelationshipChangeKind>() },
        { "ConsiderationKind", Names<ConsiderationKind>() },
        { "OfficeChangeKind", Names<OfficeChangeKind>() },
        { "MembershipChangeKind", Names<MembershipChangeKind>() },
        { "DisclosureMethod", Names<DisclosureMethod>() },
        { "CommitmentDecision", Names<CommitmentDecision>() },
        { "QuadClass", Names<QuadClass>() },
        { "PloverCategory", Names<PloverCategory>() },
        { "EvidenceBasis", Names<EvidenceBasis>() },
    };

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    [Theory]
    [MemberData(nameof(EnumsInCode))]
    public void Every_enum_of_the_model_is_listed_in_the_schema_with_the_same_names(string enumName, string[] names)
    {
        var listed = EnumLists(JsonNode.Parse(SchemaText)!).Select(list => string.Join(",", list)).ToHashSet();
        Assert.True(listed.Contains(string.Join(",", names)), $"The schema has no enum [{string.Join(", ", names)}] for {enumName}.");
    }

    [Fact]
    public void Every_kind_of_actor_and_event_has_a_definition()
    {
        var definitions = JsonNode.Parse(SchemaText)!["$defs"]!.AsObject();
        foreach (var name in (string[])["state", "person", "organization", "alliance", "armsTransfer", "meeting", "publicReaction", "sanctionsAction", "relationshipChange", "officeChange", "membershipChange", "disclosure", "commitment", "codedEvent"])
        {
            Assert.Equal(name, definitions[name]!["properties"]!["type"]!["const"]!.GetValue<string>());
        }
    }

    [Fact]
    public void The_schema_lists_exactly_the_event_kinds_of_the_catalogue()
    {
        var schema = JsonNode.Parse(SchemaText)!;
        var listed = schema["$defs"]!["event"]!["oneOf"]!.AsArray().Select(r => r!["$ref"]!.GetValue<string>().Split('/')[^1]);
        Assert.Equal(EventCatalog.Kinds.Select(k => k.Name).Order(), listed.Order());
        Assert.All(EventCatalog.Kinds, k => Assert.Equal(k.Name, schema["$defs"]![k.Name]!["properties"]!["type"]!["const"]!.GetValue<string>()));
    }

    [Fact]
    public void Every_event_kind_of_the_catalogue_has_a_generated_json_contract()
    {
        Assert.All(EventCatalog.Kinds, k => Assert.NotNull(Diplomacy.Serialization.Json.DiplomacyJsonContext.Default.GetTypeInfo(k.Type)));
    }

    private static IEnumerable<string[]> EnumLists(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["enum"] is JsonArray values)
                {
                    yield return [.. values.Select(v => v!.GetValue<string>())];
                }

                foreach (var (_, child) in o)
                {
                    if (child is not null)
                    {
                        foreach (var list in EnumLists(child))
                        {
                            yield return list;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a.OfType<JsonNode>())
                {
                    foreach (var list in EnumLists(child))
                    {
                        yield return list;
                    }
                }

                break;
        }
    }
}
