using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>One page of a fresh browser context, with every console error, uncaught exception and failed request kept.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _errors = new();

    public BrowserTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _errors.Enqueue($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue("page error: " + error);
        page.RequestFailed += (_, request) => _errors.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => [.. _errors];

    public void ClearErrors() => _errors.Clear();

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(UiBrowser.ScreenshotDir, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
