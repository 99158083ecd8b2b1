using Microsoft.Playwright;

namespace Diplomacy.Charts.Tests;

/// <summary>One headless Chromium for the browser tests, launched from the system's package.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Opens a report in a new page, collecting console errors, page errors and any network request.</summary>
    public async Task<(IPage Page, List<string> Errors, List<string> Requests)> OpenAsync(string path)
    {
        var page = await Instance.NewPageAsync();

        // Generous: a machine shared by several builds may take a while to parse a page of 100,000 events.
        page.SetDefaultTimeout(120_000);
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                requests.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { Timeout = 180_000 });
        return (page, errors, requests);
    }
}
