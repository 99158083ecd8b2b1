namespace Diplomacy.Core.Tests.Actors;

public class ActorIdTests
{
    [Theory]
    [InlineData("SRB")]
    [InlineData("RUS")]
    [InlineData("aleksandar-vulin")]
    [InlineData("financial-times")]
    [InlineData("g7")]
    public void Accepts_state_codes_and_slugs(string text) => Assert.Equal(text, new ActorId(text).ToString());

    [Theory]
    [InlineData("", "cannot be empty")]
    [InlineData("Srb", "'S' at position 0")]
    [InlineData("aleksandar vulin", "' ' at position 10")]
    [InlineData("-vulin", "hyphen at the start")]
    [InlineData("vulin-", "position 5")]
    [InlineData("a--b", "position 2")]
    [InlineData("SRBX", "'S' at position 0")]
    public void Rejects_malformed_ids_saying_where(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new ActorId(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implicit_conversion_from_string_validates() =>
        Assert.Throws<ArgumentException>(() => { ActorId id = "Not An Id"; _ = id; });

    [Theory]
    [InlineData("Aleksandar Vučić", "aleksandar-vucic")]
    [InlineData("Katarina Đokić", "katarina-djokic")]
    [InlineData("  Financial Times (London) ", "financial-times-london")]
    [InlineData("Foreign Affairs (Bangladesh)", "foreign-affairs-bangladesh")]
    public void FromName_makes_an_ascii_slug(string name, string expected) => Assert.Equal(expected, ActorId.FromName(name).Value);

    [Fact]
    public void FromName_rejects_names_without_letters() => Assert.Throws<ArgumentException>(() => ActorId.FromName("—"));

    [Fact]
    public void Default_id_is_flagged_and_prints_empty()
    {
        Assert.True(default(ActorId).IsDefault);
        Assert.Equal(string.Empty, default(ActorId).ToString());
    }

    [Fact]
    public void State_codes_are_recognised_by_form()
    {
        Assert.True(new ActorId("SRB").IsStateCode);
        Assert.False(new ActorId("srb").IsStateCode);
    }

    [Fact]
    public void Equality_is_ordinal_and_case_sensitive()
    {
        Assert.Equal(new ActorId("srb"), new ActorId("srb"));
        Assert.NotEqual(new ActorId("srb"), new ActorId("SRB"));
    }
}
