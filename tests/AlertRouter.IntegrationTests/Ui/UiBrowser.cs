using AlertRouter.TestSupport;
using Microsoft.Playwright;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>
/// Debian's Chromium driven by Playwright (never <c>playwright install</c>: there are no downloads here), launched once
/// per test class. Each <see cref="OpenAsync"/> is a fresh browser context, so sessionStorage starts empty.
/// </summary>
public sealed class UiBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private UiBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Where screenshots go: <c>test-results/screenshots/</c> under the repository root (a CI artifact).</summary>
    public static string ScreenshotDir
    {
        get
        {
            var dir = Path.Combine(Tools.RepoRoot, "test-results", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static async Task<UiBrowser> LaunchAsync()
    {
        var chromium = Tools.Require("chromium");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
            return new UiBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A new tab in a new context, recording console errors, page errors and failed requests.</summary>
    public async Task<BrowserTab> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserTab(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
