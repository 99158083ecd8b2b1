using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.TestKit;
using NodaTime;

namespace Diplomacy.Serialization.Tests;

/// <summary>An application's own type with Diplomacy values in it.</summary>
public sealed record Briefing(
    ActorId Subject,
    FuzzyDate Period,
    LocalDate Prepared,
    ReactionTone Tone,
    Money? Budget,
    IReadOnlyList<DiplomaticEvent> Evidence,
    Dictionary<ActorId, int> Mentions,
    Chronicle? Background);

[JsonSerializable(typeof(Briefing))]
internal sealed partial class BriefingContext : JsonSerializerContext;

/// <summary>ConfigureForDiplomacy: Diplomacy types inside an application's own JSON, in the format's shapes, without reflection.</summary>
public class ConfigureForDiplomacyTests
{
    private static JsonSerializerOptions Options(JsonUnmappedMemberHandling unmapped = JsonUnmappedMemberHandling.Skip) =>
        new JsonSerializerOptions { TypeInfoResolver = BriefingContext.Default, UnmappedMemberHandling = unmapped }.ConfigureForDiplomacy();

    private static Briefing Sample() => new(
        SampleWorld.Serbia,
        FuzzyDate.Parse("2023-21~"),
        new LocalDate(2024, 7, 8),
        ReactionTone.Evasive,
        new Money(800_000_000m, "EUR", isApproximate: true),
        SampleWorld.Events,
        new Dictionary<ActorId, int> { [SampleWorld.Vulin] = 3 },
        SampleWorld.Build());

    [Fact]
    public void Values_are_written_in_the_formats_shapes()
    {
        var json = JsonSerializer.Serialize(Sample(), Options());
        Assert.Contains("\"Subject\":\"SRB\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Period\":\"2023-21~\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Prepared\":\"2024-07-08\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Tone\":\"evasive\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Budget\":{\"amount\":800000000,\"currency\":\"EUR\",\"approximate\":true}", json, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"relationshipChange\",\"id\":\"war-begins\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Mentions\":{\"aleksandar-vulin\":3}", json, StringComparison.Ordinal);
        Assert.Contains("\"Background\":{\"formatVersion\":1,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_round_trip()
    {
        var options = Options();
        var sample = Sample();
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(sample, options), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Briefing>)options.GetTypeInfo(typeof(Briefing)))!;

        Assert.Equal(sample.Subject, back.Subject);
        Assert.Equal(sample.Period, back.Period);
        Assert.Equal(sample.Prepared, back.Prepared);
        Assert.Equal(sample.Tone, back.Tone);
        Assert.Equal(sample.Budget, back.Budget);
        Assert.Equal(sample.Evidence, back.Evidence);
        Assert.Equal(sample.Mentions, back.Mentions);
        Chronicles.AssertSameContent(sample.Background!, back.Background!);
    }

    [Fact]
    public void Bad_values_are_json_exceptions_with_the_callers_path()
    {
        var json = JsonSerializer.Serialize(Sample(), Options()).Replace("\"2023-21~\"", "\"spring 2023\"", StringComparison.Ordinal);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Briefing>)Options().GetTypeInfo(typeof(Briefing))));
        Assert.Equal("$.Period", error.Path);
        Assert.Contains("Invalid EDTF date 'spring 2023'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_objects_are_strict_when_the_callers_options_are()
    {
        var json = JsonSerializer.Serialize(Sample(), Options()).Replace("{\"type\":\"relationshipChange\",", "{\"type\":\"relationshipChange\",\"note\":1,", StringComparison.Ordinal);
        Assert.NotNull(JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Briefing>)Options().GetTypeInfo(typeof(Briefing))));

        var strict = Options(JsonUnmappedMemberHandling.Disallow);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Briefing>)strict.GetTypeInfo(typeof(Briefing))));
    }

    [Fact]
    public void Converters_the_caller_already_has_are_kept()
    {
        var mine = new FixedLocalDateConverter();
        var options = new JsonSerializerOptions { TypeInfoResolver = BriefingContext.Default, Converters = { mine } }.ConfigureForDiplomacy();
        Assert.Single(options.Converters, c => c.Type == typeof(LocalDate));
        Assert.Contains(mine, options.Converters);
    }

    private sealed class FixedLocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(2000, 1, 1);

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue("fixed");
    }

    [Fact]
    public void Reflection_based_serialization_is_disabled_in_these_tests()
    {
        // The project sets JsonSerializerIsReflectionEnabledByDefault=false, so every test here proves that the
        // library's contracts are all source-generated.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
    }
}
