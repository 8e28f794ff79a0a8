using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>The receivers page's Preview in Chromium: each current group's rendered message, sent nowhere.</summary>
public sealed class PreviewPageTests(PreviewPageFixture fixture) : IClassFixture<PreviewPageFixture>
{
    [Fact]
    public async Task ReceiversPage_Preview_ShowsEachGroupsRenderedFieldsAsTextAndSendsNothing()
    {
        await using var tab = await fixture.Browser.OpenAsync();
        var page = tab.Page;
        await page.GotoAsync(fixture.Stack.Url("/ui/receivers"));
        var team = page.Locator("section.receiver[data-receiver='team']");

        await team.GetByRole(AriaRole.Button, new() { Name = "Preview the messages of team" }).ClickAsync();
        var dialog = page.Locator("#token-dialog");
        await dialog.GetByLabel("Admin token").FillAsync(PreviewPageFixture.Token);
        await dialog.GetByLabel("Admin token").PressAsync("Enter");

        var slack = team.Locator(".preview-group .preview-integration[data-integration='slack[0]']");
        await Expect(slack).ToHaveCountAsync(1);
        await Expect(slack.Locator("tr[data-field='title'] pre")).ToHaveTextAsync("DISKFULL (2)");
        await Expect(slack.Locator("tr[data-field='channel'] pre")).ToHaveTextAsync("#db");
        await Expect(slack.Locator("tr[data-field='text'] pre"))
            .ToHaveTextAsync($"{PreviewPageFixture.Markup}: 80% full\ndb-1: 95% full\n"); // Alertmanager's order: by labels
        await Expect(team.Locator(".preview-group h3")).ToContainTextAsync("(2 alerts)");
        await Expect(team.Locator(".preview-result")).ToContainTextAsync("nothing was sent");
        await tab.ScreenshotAsync("receivers-preview");

        var idle = page.Locator("section.receiver[data-receiver='idle']");
        await idle.GetByRole(AriaRole.Button, new() { Name = "Preview the messages of idle" }).ClickAsync();
        await Expect(idle.Locator(".preview-result")).ToContainTextAsync("No current group is routed to idle.");

        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.DoesNotContain("slack-secret-77aa", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(fixture.Stack.Sink.Requests);
        Assert.Empty(tab.Errors);
    }
}
