using Diplomacy.TestKit;

namespace Diplomacy.Core.Tests.Actors;

/// <summary>Checks the country catalogue against the names a real ICEWS file uses (skipped where ../shared/data is absent).</summary>
public class CountriesDataTests
{
    private const string IcewsSample = "icews/events.2018.sample.tab";

    [SharedDataFact(IcewsSample)]
    public void Every_country_name_in_the_icews_sample_resolves()
    {
        var lines = File.ReadAllLines(SharedData.PathTo(IcewsSample));
        var header = lines[0].Split('\t');
        int[] columns = [Array.IndexOf(header, "Source Country"), Array.IndexOf(header, "Target Country"), Array.IndexOf(header, "Country")];
        Assert.DoesNotContain(-1, columns);

        var names = lines.Skip(1)
            .Select(line => line.Split('\t'))
            .SelectMany(fields => columns.Select(i => fields[i]))
            .Where(name => name is not ("NA" or ""))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(names.Count > 100, $"{names.Count} names");
        Assert.Empty(names.Where(name => !Countries.TryResolve(name, out _)).Order(StringComparer.Ordinal));
    }
}
