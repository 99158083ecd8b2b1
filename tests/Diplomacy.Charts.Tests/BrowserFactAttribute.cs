namespace Diplomacy.Charts.Tests;

/// <summary>
/// A test that drives Debian's Chromium (<c>/usr/bin/chromium</c>) with Playwright; skipped, saying why, where it is
/// not installed (install it with <c>apt-get install -y chromium</c>; <c>.ci/run</c> does).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Browser.ExecutablePath))
        {
            Skip = $"Needs Chromium at {Browser.ExecutablePath} (apt-get install -y chromium); Playwright's own browser download is not used.";
        }
    }
}
