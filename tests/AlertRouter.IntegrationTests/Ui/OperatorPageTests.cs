using AlertRouter.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>The operator page in Debian's Chromium against a running AlertRouter (see <see cref="OperatorPageFixture"/>).</summary>
[Collection(OperatorPageCollection.Name)]
public sealed class OperatorPageTests(OperatorPageFixture fixture)
{
    private UiStack Stack => fixture.Stack;

    [Fact]
    public async Task EveryPage_Loaded_ShowsItsDataWithoutConsoleErrorsOrSecrets()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;

        await OpenAsync(page, "/ui/", "Overview");
        await Expect(Card(page, "Firing alerts")).ToHaveTextAsync("6");
        await Expect(Card(page, "Suppressed")).ToHaveTextAsync("2");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Receivers" })).ToContainTextAsync("database-team");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("5 receivers");
        var overview = await SaveAsync(tab, "overview");

        await OpenAsync(page, "/ui/alerts", "Alerts and groups");
        var alerts = page.GetByRole(AriaRole.Table, new() { Name = "Alerts", Exact = true });
        await Expect(alerts.Locator("tbody tr")).ToHaveCountAsync(6);
        var inhibited = alerts.Locator("tbody tr", new() { HasText = "instance=db-2" });
        await Expect(inhibited).ToContainTextAsync("inhibited");
        await Expect(inhibited).ToContainTextAsync("Inhibited by DiskFull {instance=db-1");
        await Expect(inhibited).ToContainTextAsync("database-team");
        await Expect(alerts.Locator("tbody tr", new() { HasText = "NightlyBackupSlow" })).ToContainTextAsync("time interval maintenance");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Aggregation groups" }).Locator("tbody tr")).ToHaveCountAsync(7);
        await SaveAsync(tab, "alerts");

        await OpenAsync(page, "/ui/deliveries", "Deliveries");
        var log = page.GetByRole(AriaRole.Table, new() { Name = "Delivery log" });
        await Expect(log.Locator("tr[data-state=delivered]").First).ToBeVisibleAsync();
        await Expect(log.Locator("tr[data-state=dead]").First).ToContainTextAsync("unexpected status code 400");
        await Expect(log.Locator("tr[data-state=dead]").First.GetByRole(AriaRole.Button)).ToHaveTextAsync("Retry");
        await SaveAsync(tab, "deliveries");

        await OpenAsync(page, "/ui/routing", "Routing");
        await Expect(page.Locator(".tree .node")).ToHaveCountAsync(6);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Inhibit rules" })).ToContainTextAsync("critical-inhibits-warning");
        await SaveAsync(tab, "routing");

        await OpenAsync(page, "/ui/receivers", "Receivers");
        await Expect(page.Locator("section.receiver")).ToHaveCountAsync(5);
        await Expect(Receiver(page, "security")).ToContainTextAsync("ALERTROUTER_UI_TEST_UNSET_SECURITY_KEY");
        await Expect(Receiver(page, "critical")).ToContainTextAsync("routing key …31e0");
        await SaveAsync(tab, "receivers");

        Assert.Empty(tab.Errors);
        if (Environment.GetEnvironmentVariable("ALERTROUTER_UPDATE_DOCS_SCREENSHOT") == "1")
        {
            File.Copy(overview, Path.Combine(Tools.RepoRoot, "docs", "images", "ui-overview.png"), overwrite: true);
        }
    }

    [Fact]
    public async Task AlertsPage_MatcherFilter_ShowsOnlyMatchingAlertsAndKeepsItInTheUrl()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await OpenAsync(page, "/ui/alerts", "Alerts and groups");

        await page.GetByLabel("Label matchers").FillAsync("team=\"database\", severity=~\"crit.*|warning\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Alerts", Exact = true }).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("DiskFull");
        await Expect(rows.Nth(1)).ToContainTextAsync("DiskFull");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Aggregation groups" }).Locator("tbody tr")).ToHaveCountAsync(3);
        Assert.Contains("filter=team%3D%22database%22", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Alerts", Exact = true }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.GetByLabel("Label matchers")).ToHaveValueAsync("team=\"database\", severity=~\"crit.*|warning\"");

        await page.GetByLabel("Label matchers").FillAsync("team=~\"(\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator("#notice [role=alert]")).ToContainTextAsync("answered 400");
    }

    [Fact]
    public async Task RoutingPage_DryRun_ShowsMatchedReceiversRoutesAndInhibition()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await OpenAsync(page, "/ui/routing", "Routing");

        await page.GetByLabel("Labels").FillAsync("alertname=DiskFull\nseverity=critical\nteam=database\nservice=postgres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run dry run" }).ClickAsync();

        var result = page.Locator("#dry-result");
        await Expect(result.Locator("p.receivers .badge")).ToHaveTextAsync(["critical", "database-team"]);
        await Expect(result.GetByRole(AriaRole.Table, new() { Name = "Matched routes" }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(result).ToContainTextAsync("not inhibited");
        await Expect(page.Locator(".tree .node.matched")).ToHaveCountAsync(2);

        await page.GetByLabel("Labels").FillAsync("{alertname=\"DiskFull\", severity=\"warning\", team=\"database\", service=\"postgres\"}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run dry run" }).ClickAsync();

        await Expect(result.Locator("p.receivers .badge")).ToHaveTextAsync(["database-team"]);
        await Expect(result).ToContainTextAsync("inhibited by rule critical-inhibits-warning");
        await Expect(page.Locator(".tree .node.matched")).ToHaveCountAsync(1);

        await page.GetByLabel("Labels").FillAsync("alertname=NightlyBackupSlow\nseverity=info");
        await page.GetByLabel("At (optional)").FillAsync("2026-11-21T03:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run dry run" }).ClickAsync();
        await Expect(result.GetByRole(AriaRole.Table, new() { Name = "Matched routes" })).ToContainTextAsync("muted by maintenance");
        await Expect(result).ToContainTextAsync("Evaluated at 2026-11-21T03:15:00");
        await SaveAsync(tab, "routing-dry-run");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task AlertsPage_ExplainLink_RunsTheDryRunForThatAlert()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await OpenAsync(page, "/ui/alerts", "Alerts and groups");

        await page.GetByRole(AriaRole.Table, new() { Name = "Alerts", Exact = true }).Locator("tbody tr", new() { HasText = "instance=db-2" })
            .GetByRole(AriaRole.Link, new() { Name = "Explain in a dry run" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Routing");
        await Expect(page.GetByLabel("Labels")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("instance=db-2"));
        await Expect(page.Locator("#dry-result")).ToContainTextAsync("inhibited by rule critical-inhibits-warning");
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task ReceiversPage_SendTestNotification_ShowsDeliveredAndTheSinkReceivesIt()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await OpenAsync(page, "/ui/receivers", "Receivers");
        var before = Stack.Sink.Requests.Count;

        var database = Receiver(page, "database-team");
        await database.GetByRole(AriaRole.Button, new() { Name = "Send test notification to database-team" }).ClickAsync();

        await Expect(database.Locator(".test-result")).ToContainTextAsync("Every integration accepted the test notification.");
        await Expect(database.GetByRole(AriaRole.Table, new() { Name = "Test of database-team" })).ToContainTextAsync("delivered");
        var test = Stack.Sink.Requests.Skip(before).Single(r => r.Path.StartsWith("/hooks/database/", StringComparison.Ordinal));
        Assert.Contains("AlertRouterTest", test.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer bearer-secret-5e11a9f0", test.Headers["Authorization"]);

        var payments = Receiver(page, "payments");
        await payments.GetByRole(AriaRole.Button, new() { Name = "Send test notification to payments" }).ClickAsync();
        await Expect(payments.Locator(".test-result")).ToContainTextAsync("did not accept");
        await Expect(payments.Locator(".test-result")).ToContainTextAsync("unexpected status code 400");
        await SaveAsync(tab, "receivers-test");
        Assert.All(tab.Errors, e => Assert.Contains("502", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliveriesPage_RetryDeadLetter_ReplaysItAndShowsDelivered()
    {
        var dead = (await Stack.NotificationsAsync("&state=dead&receiver=payments")).First().GetProperty("id").GetString()!;
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await OpenAsync(page, "/ui/deliveries?state=dead", "Deliveries");
        var row = page.Locator($"tr[data-id='{dead}']");
        await Expect(row).ToHaveAttributeAsync("data-state", "dead");
        var before = Stack.Sink.Requests.Count;

        Stack.PaymentsFail = false;
        try
        {
            await row.GetByRole(AriaRole.Button, new() { Name = $"Retry notification {dead}" }).ClickAsync();
            await Expect(page.Locator("#notice")).ToContainTextAsync($"Replayed notification {dead} to payments/webhook[0]: delivered.", new() { Timeout = 20_000 });
        }
        finally
        {
            Stack.PaymentsFail = true;
        }

        Assert.Contains(Stack.Sink.Requests.Skip(before), r => r.Path.StartsWith("/hooks/payments/", StringComparison.Ordinal));
        var replayed = (await Stack.NotificationsAsync("&receiver=payments")).Single(n => n.GetProperty("id").GetString() == dead);
        Assert.Equal("delivered", replayed.GetProperty("state").GetString());

        await page.GetByLabel("State").SelectOptionAsync("delivered");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator($"tr[data-id='{dead}']")).ToHaveAttributeAsync("data-state", "delivered");
        await page.Locator($"tr[data-id='{dead}'] summary").ClickAsync();
        await Expect(page.Locator($"tr[data-id='{dead}'] table.inner tbody tr")).ToHaveCountAsync(2);
        Assert.Empty(tab.Errors);
    }

    private static ILocator Card(IPage page, string label) =>
        page.Locator(".card", new() { Has = page.Locator(".card-label", new() { HasText = label }) }).Locator(".card-value");

    private static ILocator Receiver(IPage page, string name) => page.Locator($"section.receiver[data-receiver='{name}']");

    private async Task OpenAsync(IPage page, string path, string heading)
    {
        await page.GotoAsync(Stack.Url(path));
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.Locator(".loading")).ToHaveCountAsync(0);
    }

    /// <summary>Screenshots the page and checks its rendered HTML holds no integration secret.</summary>
    private static async Task<string> SaveAsync(BrowserTab tab, string name)
    {
        var html = await tab.Page.ContentAsync();
        foreach (var secret in OperatorPageFixture.Secrets)
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }

        return await tab.ScreenshotAsync(name);
    }
}
