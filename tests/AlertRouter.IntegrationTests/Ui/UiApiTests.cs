using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>The read-only APIs the page draws from, and how the page's files are served, over plain HTTP.</summary>
[Collection(OperatorPageCollection.Name)]
public sealed class UiApiTests(OperatorPageFixture fixture)
{
    private TestApp App => fixture.Stack.App;

    [Fact]
    public async Task StatusApi_Get_CountsAlertsGroupsQueueAndReceiversFromTheStore()
    {
        var status = await App.Api.GetFromJsonAsync<JsonElement>("/api/v1/status");
        var dead = (await fixture.Stack.NotificationsAsync("&state=dead")).Count;

        var alerts = status.GetProperty("alerts");
        Assert.Equal(6, alerts.GetProperty("firing").GetInt32());
        Assert.Equal(2, alerts.GetProperty("suppressed").GetInt32());
        Assert.Equal(1, alerts.GetProperty("inhibited").GetInt32());
        Assert.Equal(1, alerts.GetProperty("muted").GetInt32());
        Assert.Equal(0, alerts.GetProperty("resolved").GetInt32());
        Assert.Equal(7, status.GetProperty("groups").GetProperty("count").GetInt32());
        Assert.Equal(dead, status.GetProperty("queue").GetProperty("deadLetters").GetInt32());
        Assert.False(status.GetProperty("adminTokenRequired").GetBoolean());
        Assert.Equal("degraded", status.GetProperty("health").GetProperty("status").GetString());
        var config = status.GetProperty("config");
        Assert.Equal((await App.Api.GetFromJsonAsync<JsonElement>("/api/v1/config")).GetProperty("hash").GetString(), config.GetProperty("hash").GetString());
        Assert.True(config.GetProperty("lastReload").GetProperty("succeeded").GetBoolean());
        Assert.Equal(6, config.GetProperty("routes").GetInt32());

        var receivers = status.GetProperty("receivers").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(["default", "critical", "database-team", "payments", "security"], receivers.Keys);
        Assert.Equal("unconfigured", receivers["security"].GetProperty("health").GetString());
        Assert.Equal("ok", receivers["critical"].GetProperty("health").GetString());
        Assert.Contains(receivers["payments"].GetProperty("health").GetString(), new[] { "failing", "dead_letters" });
        var payments = receivers["payments"].GetProperty("integrations")[0];
        Assert.Equal(dead, payments.GetProperty("deadLetters").GetInt32());
        Assert.Equal("closed", payments.GetProperty("circuit").GetString());
        Assert.All(OperatorPageFixture.Secrets, s => Assert.DoesNotContain(s, status.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoutesApi_Get_ReturnsTheTreeWithEffectiveSettingsAndInhibitRules()
    {
        var routes = await App.Api.GetFromJsonAsync<JsonElement>("/api/v1/routes");

        var root = routes.GetProperty("root");
        Assert.Equal("default", root.GetProperty("receiver").GetString());
        Assert.Equal(["alertname", "service"], root.GetProperty("groupBy").EnumerateArray().Select(g => g.GetString()!));
        var children = root.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["critical", "database-team", "payments", "security", "default"], children.Select(c => c.GetProperty("receiver").GetString()!));
        Assert.True(children[0].GetProperty("continue").GetBoolean());
        Assert.Equal(["severity=\"critical\""], children[0].GetProperty("matchers").EnumerateArray().Select(m => m.GetString()!));
        Assert.Equal(["alertname", "instance"], children[1].GetProperty("groupBy").EnumerateArray().Select(g => g.GetString()!));
        Assert.Equal("1h", children[3].GetProperty("repeatInterval").GetString());
        Assert.Equal("5m", children[3].GetProperty("groupInterval").GetString());
        Assert.Equal(["maintenance"], children[4].GetProperty("muteTimeIntervals").EnumerateArray().Select(m => m.GetString()!));
        Assert.Equal("{}/{severity=\"critical\"}", children[0].GetProperty("key").GetString());
        var rule = Assert.Single(routes.GetProperty("inhibitRules").EnumerateArray());
        Assert.Equal("critical-inhibits-warning", rule.GetProperty("name").GetString());
        Assert.Equal(["alertname", "service"], rule.GetProperty("equal").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["maintenance"], routes.GetProperty("timeIntervals").EnumerateArray().Select(t => t.GetString()!));
    }

    [Fact]
    public async Task UiPaths_Get_ServePagesWithAStrictPolicyOnTheApiListenerOnly()
    {
        using var api = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(App.ApiUrl) };

        using var bare = await api.GetAsync("/ui");
        using var trailing = await api.GetAsync("/ui/alerts/");
        using var page = await api.GetAsync("/ui/deliveries");
        using var script = await api.GetAsync("/ui/assets/ui.js");
        using var unknown = await api.GetAsync("/ui/nope");
        using var template = await api.GetAsync("/ui/assets/shell.html");
        using var onOps = await App.Ops.GetAsync("/ui/");

        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("ui/", bare.Headers.Location?.OriginalString);
        Assert.Equal("../alerts", trailing.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/deliveries.js\" defer></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, template.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onOps.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/ui/assets/ui.js") { Headers = { { "If-None-Match", script.Headers.ETag!.Tag } } };
        using var cached = await api.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Fact]
    public async Task UiAssets_Scripts_NeverAssignMarkupOrLoadAnythingExternal()
    {
        var files = new[] { "ui.js", "api.js", "overview.js", "alerts.js", "deliveries.js", "routing.js", "receivers.js", "ui.css" };

        foreach (var file in files)
        {
            var text = await App.Api.GetStringAsync("/ui/assets/" + file);
            Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
            Assert.DoesNotContain("outerHTML", text, StringComparison.Ordinal);
            Assert.DoesNotContain("insertAdjacentHTML", text, StringComparison.Ordinal);
            Assert.DoesNotContain("document.write", text, StringComparison.Ordinal);
            Assert.DoesNotContain("//cdn", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
            Assert.DoesNotContain("fonts.googleapis", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpsIndex_Get_LinksToTheUiOnTheApiPort()
    {
        var index = await App.Ops.GetStringAsync("/");
        var link = App.ApiUrl.TrimEnd('/') + "/ui/";

        Assert.Contains($"<a href=\"{link}\">", index, StringComparison.Ordinal);
        Assert.Contains("<title>Overview · AlertRouter</title>", await App.Api.GetStringAsync(new Uri(link)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpsIndex_ExternalUrlSet_LinksThroughIt()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["ExternalUrl"] = "https://alerts.example.com/router/" });

        var index = await app.Ops.GetStringAsync("/");

        Assert.Contains("<a href=\"https://alerts.example.com/router/ui/\">", index, StringComparison.Ordinal);
    }
}
