using Cloud.Testing;
using Microsoft.Playwright;

namespace Cloud.SystemTests.Browser;

/// <summary>Waiting for a Portal page the way a person would, and the screenshots people look at (artifacts/portal).</summary>
public static class PortalScreens
{
    public const int Desktop = 1440;
    public const int Phone = 390;

    /// <summary>Screenshots of every main page at both widths; git-ignored, named in the note.</summary>
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("CLOUD_ARTIFACTS") ?? Path.Combine(TestEnvironment.RepoRoot, "artifacts");
            return Directory.CreateDirectory(Path.Combine(root, "portal")).FullName;
        }
    }

    /// <summary>Waits until the page's heading (the h1 every Portal page has) reads <paramref name="heading"/>: the circuit is up and the page rendered.</summary>
    public static async Task WaitForPageAsync(IPage page, string heading)
    {
        try
        {
            await page.Locator("h1", new PageLocatorOptions { HasTextString = heading }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException ex)
        {
            // Say where the browser is and what it shows, so a failed journey explains itself.
            var text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 2_000 });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"failed-{Guid.NewGuid():N}.png") });
            throw new TimeoutException($"No page headed '{heading}' at {page.Url}; the page shows: {text[..Math.Min(text.Length, 500)]}", ex);
        }
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var width = page.ViewportSize?.Width ?? Desktop;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}-{width}.png"), FullPage = true });
    }

    /// <summary>Whether the page itself scrolls sideways (at 390 px it must not; tables scroll inside their own box).</summary>
    public static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
}
