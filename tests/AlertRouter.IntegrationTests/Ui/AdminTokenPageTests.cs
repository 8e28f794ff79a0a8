using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>The operator page with an admin token configured, and label values that hold markup.</summary>
public sealed class AdminTokenPageTests(AdminTokenFixture fixture) : IClassFixture<AdminTokenFixture>
{
    private static readonly string[] Pages = ["/ui/", "/ui/alerts", "/ui/deliveries", "/ui/routing", "/ui/receivers"];

    private UiStack Stack => fixture.Stack;

    [Fact]
    public async Task AdminToken_Configured_PageAsksForItAndMutatingButtonsSendIt()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await page.GotoAsync(Stack.Url("/ui/receivers"));
        await Expect(page.Locator("#token-banner")).ToContainTextAsync("requires an admin token");
        await Expect(page.Locator("#session")).ToContainTextAsync("Admin token needed");
        var ops = page.Locator("section.receiver[data-receiver='ops']");
        var dialog = page.Locator("#token-dialog");

        await ops.GetByRole(AriaRole.Button, new() { Name = "Send test notification to ops" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByLabel("Admin token").FillAsync("wrong-token");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Use token" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("refused");
        await dialog.GetByLabel("Admin token").FillAsync(AdminTokenFixture.Token);
        await dialog.GetByLabel("Admin token").PressAsync("Enter");

        await Expect(ops.Locator(".test-result")).ToContainTextAsync("Every integration accepted the test notification.");
        await Expect(dialog).Not.ToBeVisibleAsync();
        await Expect(page.Locator("#session")).ToContainTextAsync("Admin token set");
        await Expect(page.Locator("#token-banner")).ToHaveCountAsync(0);
        Assert.Contains(Stack.Sink.Requests, r => r.Path.StartsWith("/hooks/ops/", StringComparison.Ordinal) && r.Body.Contains("AlertRouterTest", StringComparison.Ordinal));

        // The token is kept for the tab: the retry on another page goes through without asking.
        var dead = (await Stack.NotificationsAsync("&state=dead")).Single().GetProperty("id").GetString()!;
        await page.GotoAsync(Stack.Url("/ui/deliveries"));
        Stack.PaymentsFail = false;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Retry notification {dead}" }).ClickAsync();
            await Expect(page.Locator("#notice")).ToContainTextAsync("delivered.", new() { Timeout = 20_000 });
        }
        finally
        {
            Stack.PaymentsFail = true;
        }

        await Expect(dialog).Not.ToBeVisibleAsync();
        await page.GotoAsync(Stack.Url("/ui/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload config" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("Config reloaded (unchanged)");
        await tab.ScreenshotAsync("admin-token-overview");

        foreach (var path in Pages)
        {
            await page.GotoAsync(Stack.Url(path));
            await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
            var html = await page.ContentAsync();
            Assert.All(AdminTokenFixture.Secrets, secret => Assert.DoesNotContain(secret, html, StringComparison.Ordinal));
        }

        Assert.All(tab.Errors, e => Assert.Contains("401", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminToken_DialogCancelled_SendsNothing()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await page.GotoAsync(Stack.Url("/ui/receivers"));
        var before = Stack.Sink.Requests.Count;
        var ops = page.Locator("section.receiver[data-receiver='ops']");

        await ops.GetByRole(AriaRole.Button, new() { Name = "Send test notification to ops" }).ClickAsync();
        await page.Locator("#token-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(ops.Locator(".test-result")).ToContainTextAsync("Cancelled: no admin token given.");
        Assert.Equal(before, Stack.Sink.Requests.Count);
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task LabelValues_HoldingMarkup_AreShownAsTextOnEveryPage()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;

        await page.GotoAsync(Stack.Url("/ui/alerts"));
        await Expect(page.Locator(".label .v", new() { HasText = AdminTokenFixture.Markup })).ToHaveCountAsync(1);
        await Expect(page.Locator(".summary")).ToHaveTextAsync("<script>window.__xss=2</script>");

        await page.GotoAsync(Stack.Url("/ui/deliveries"));
        await Expect(page.Locator("tr", new() { HasText = "XssProbe" })).ToHaveCountAsync(1);

        await page.GotoAsync(Stack.Url("/ui/routing?labels=" + Uri.EscapeDataString(JsonSerializer.Serialize(new Dictionary<string, string> { ["alertname"] = AdminTokenFixture.Markup }))));
        await Expect(page.Locator("#dry-result")).ToContainTextAsync("<img src=x onerror=");

        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.Empty(tab.Errors);
    }
}
