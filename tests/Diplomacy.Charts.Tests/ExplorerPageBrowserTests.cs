using Diplomacy.TestKit.Synthetic;
using Microsoft.Playwright;

namespace Diplomacy.Charts.Tests;

/// <summary>The explorer page, driven in a real browser (Debian's Chromium through Playwright).</summary>
public sealed class ExplorerPageBrowserTests : IClassFixture<Browser>, IDisposable
{
    private readonly Browser _browser;
    private readonly string _folder = Directory.CreateTempSubdirectory("diplomacy-report-").FullName;

    public ExplorerPageBrowserTests(Browser browser) => _browser = browser;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [BrowserFact]
    public async Task Page_loads_without_console_errors_or_network_requests()
    {
        var (page, errors, requests) = await _browser.OpenAsync(Write(Seed.Chronicle));

        Assert.Equal(50, await page.Locator("#rows tr").CountAsync());
        Assert.Equal(5, await page.Locator("#charts svg").CountAsync());
        Assert.Empty(errors);
        Assert.Empty(requests);
    }

    [BrowserFact]
    public async Task Filtering_by_actor_changes_the_rows_shown()
    {
        var (page, errors, _) = await _browser.OpenAsync(Write(Seed.Chronicle));
        var before = await page.Locator("#rows tr").AllInnerTextsAsync();

        await page.Locator("#actor").SelectOptionAsync(new SelectOptionValue { Label = "Aleksandar Vulin (aleksandar-vulin)" });

        var after = await page.Locator("#rows tr").AllInnerTextsAsync();
        var expected = Seed.Chronicle.Timeline(new TimelineFilter { Actor = "aleksandar-vulin" }).Count;
        Assert.NotEqual(before, after);
        Assert.Equal(expected, after.Count);
        Assert.All(after, row => Assert.Contains("Aleksandar Vulin", row, StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Moving_the_known_at_date_hides_events_published_later()
    {
        var (page, errors, _) = await _browser.OpenAsync(Write(Seed.Chronicle, pageSize: 100));
        var known = new NodaTime.LocalDate(2023, 6, 30);

        await page.Locator("#known-at").FillAsync("2023-06-30");

        var ids = await page.Locator("#rows tr td:nth-child(3)").AllInnerTextsAsync();
        var expected = Seed.Chronicle.AsKnownAt(known).Events.Count;
        Assert.Equal(expected, ids.Count);
        Assert.True(expected < Seed.Chronicle.Events.Count);
        Assert.DoesNotContain(ids, text => text.Contains("Vreme", StringComparison.Ordinal) && text.Contains("investigat", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("as known at 2023-06-30", await page.Locator("#answers-when").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Known_at_answers_show_only_routes_public_by_then()
    {
        var (page, _, _) = await _browser.OpenAsync(Write(Seed.Chronicle, pageSize: 100));
        var everything = await page.Locator("#answer-tables").InnerTextAsync();

        await page.Locator("#known-at").FillAsync("2023-06-30");
        var early = await page.Locator("#answer-tables").InnerTextAsync();

        Assert.Contains("Czech Republic", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Czech Republic", early, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Hostile_names_and_quotes_render_as_text()
    {
        var (page, errors, requests) = await _browser.OpenAsync(Write(Seed.Hostile()));
        await page.Locator("#rows tr").First.ClickAsync();

        Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
        Assert.Contains("<script>window.__pwned=1</script>", await page.Locator("#details").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#details a").CountAsync());
        Assert.Equal(2, await page.Locator("script").CountAsync());
        Assert.Empty(errors);
        Assert.Empty(requests);
    }

    [BrowserFact]
    public async Task A_page_of_100k_events_keeps_one_page_of_rows_in_the_document_and_filters()
    {
        var chronicle = SyntheticChronicle.Generate(100_000).Build();
        var (page, errors, _) = await _browser.OpenAsync(Write(chronicle, charts: false));

        Assert.Equal(50, await page.Locator("#rows tr").CountAsync());
        var actor = chronicle.Actors.OfType<State>().First();
        await page.Locator("#actor").SelectOptionAsync(new SelectOptionValue { Label = $"{actor.Name} ({actor.Id})" });
        var count = await page.Locator("#count").InnerTextAsync();

        Assert.StartsWith($"{chronicle.Timeline(new TimelineFilter { Actor = actor.Id }).Count} of 100000 events", count, StringComparison.Ordinal);
        Assert.True(await page.Locator("#rows tr").CountAsync() <= 50);
        Assert.Empty(errors);
    }

    private string Write(Chronicle chronicle, int pageSize = 50, bool charts = true)
    {
        var path = Path.Combine(_folder, $"report-{Guid.NewGuid():N}.html");
        var seed = chronicle.ContainsActor("SRB") && chronicle.ContainsActor("RUS");
        ChronicleReport.Write(chronicle, path, new ReportOptions
        {
            PageSize = pageSize,
            IncludeCharts = charts,
            Actor = seed ? (ActorId?)"SRB" : null,
            Counterpart = seed ? (ActorId?)"RUS" : null,
        });
        return path;
    }
}
