using System.Text;
using Diplomacy.TestKit;

namespace Diplomacy.Serialization.Tests;

/// <summary>Input of hostile size is refused with a located error after reading a bounded amount of it.</summary>
public class HostileSizeTests
{
    private const long FourGiB = 4L << 30;

    [Fact]
    public async Task A_multi_gigabyte_line_in_json_lines_is_refused_after_reading_little_of_it()
    {
        var stream = new GeneratedStream("{\"type\":\"meeting\",\"summary\":\""u8.ToArray(), "x"u8.ToArray(), FourGiB);

        var error = await Assert.ThrowsAsync<ChronicleFormatException>(async () =>
        {
            await foreach (var _ in EventJsonLines.ReadAsync(stream))
            {
            }
        });

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("MaxLineBytes", error.Message, StringComparison.Ordinal);
        Assert.True(stream.BytesRead <= 4L * ChronicleJsonOptions.Default.MaxLineBytes, $"Read {stream.BytesRead} bytes.");
    }

    [Fact]
    public void A_document_array_longer_than_the_limit_is_refused_at_its_first_element_too_many()
    {
        var options = new ChronicleJsonOptions { MaxArrayLength = 1_000 };
        var events = string.Join(",", Enumerable.Range(0, 1_001).Select(i => $"{{\"type\":\"meeting\",\"id\":\"m{i}\",\"when\":\"2024\",\"citations\":[{{\"source\":\"vreme\",\"published\":\"2024\"}}],\"participants\":[\"SRB\"]}}"));
        var json = $"{{\"formatVersion\":1,\"actors\":[],\"events\":[{events}]}}";

        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(json, options));

        Assert.Equal("$.events[1000]", error.Path);
        Assert.Contains("MaxArrayLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_in_an_unknown_property_is_refused_when_unknown_properties_are_allowed()
    {
        var depth = 100_000;
        var json = new StringBuilder("{\"formatVersion\":1,\"extra\":")
            .Append('[', depth).Append(']', depth)
            .Append(",\"actors\":[],\"events\":[]}")
            .ToString();

        var error = Assert.Throws<ChronicleFormatException>(() => ChronicleJson.Deserialize(json, new ChronicleJsonOptions { AllowUnknownProperties = true }));

        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_array_limit_cannot_be_set_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChronicleJsonOptions { MaxArrayLength = 0 });
    }
}
