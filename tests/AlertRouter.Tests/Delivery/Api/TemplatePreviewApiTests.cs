using System.Net;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery.Api;

/// <summary>POST /api/v1/templates/render: what the preview shows is what is then sent, and nothing is sent by it.</summary>
public sealed class TemplatePreviewApiTests
{
    private const string AdminToken = "admin-preview-5d1c9e";

    private const string Config = """
        route: {receiver: team, group_by: [alertname], group_wait: 30s}
        receivers:
          - name: team
            slack_configs:
              - api_url: SINK/services/T1/B2/abcdefghijkl
                channel: '#{{ .CommonLabels.team }}'
                title: '{{ .CommonLabels.alertname | toUpper }} ({{ len .Alerts }})'
                text: '{{ range .Alerts }}*{{ .Annotations.summary }}* {{ .Labels.severity }}{{ "\n" }}{{ end }}'
                footer: '{{ .Nope }}'
            email_configs:
              - to: oncall@example.org
                from: alertrouter@example.org
                smarthost: 127.0.0.1:9
                require_tls: false
        """;

    private static readonly Dictionary<string, string> Token = new() { ["Api:AdminToken"] = AdminToken };

    [Fact]
    public async Task Render_StoredGroup_ShowsTheFieldsThenSentAndSendsNothing()
    {
        await using var app = await PipelineApp.StartAsync(Config.Replace("footer: '{{ .Nope }}'", "footer: 'by {{ .Receiver }}'", StringComparison.Ordinal), Token);
        app.Sink.Responder = _ => new ScriptedResponse(200, "ok");
        await app.PostAsync(
            new WebhookAlertSpec(new() { ["alertname"] = "DiskFull", ["team"] = "db", ["severity"] = "page", ["instance"] = "db-1" }, Annotations: new() { ["summary"] = "95% full" }),
            new WebhookAlertSpec(new() { ["alertname"] = "DiskFull", ["team"] = "db", ["severity"] = "info", ["instance"] = "db-2" }, Annotations: new() { ["summary"] = "80% full" }));
        await app.TickAsync();
        var groupKey = (await JsonAsync(await app.App.Api.GetAsync("/api/v1/groups")))[0].GetProperty("groupKey").GetString();

        var response = await app.App.PostJsonAsync("/api/v1/templates/render", new { receiver = "team", integration = "slack[0]", groupKey }, AdminToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await JsonAsync(response);
        Assert.Equal(("slack", 2), (preview.GetProperty("type").GetString(), preview.GetProperty("alerts").GetInt32()));
        var fields = Fields(preview);
        Assert.Equal("#db", fields["channel"]);
        Assert.Equal("DISKFULL (2)", fields["title"]);
        Assert.Equal("*95% full* page\n*80% full* info\n", fields["text"]);
        Assert.Equal("by team", fields["footer"]);
        Assert.Contains("fallback", fields.Keys); // Alertmanager's default for an unset field is rendered too
        Assert.Empty(app.Sink.Requests);

        await app.AdvanceAsync(TimeSpan.FromSeconds(31));

        var sent = JsonDocument.Parse(Assert.Single(app.Sink.Requests).Body).RootElement;
        var attachment = sent.GetProperty("attachments")[0];
        Assert.Equal(fields["channel"], sent.GetProperty("channel").GetString());
        foreach (var name in new[] { "title", "text", "footer", "fallback", "color" })
        {
            Assert.Equal(fields[name], attachment.GetProperty(name).GetString());
        }
    }

    [Fact]
    public async Task Render_PostedAlerts_EveryFieldWithErrorsPerFieldAndHtmlEscaped()
    {
        await using var app = await PipelineApp.StartAsync(Config, Token);
        var alerts = new[] { new { labels = new Dictionary<string, string> { ["alertname"] = "Xss", ["instance"] = "<script>alert(1)</script>" } } };

        var slack = Fields(await JsonAsync(await app.App.PostJsonAsync("/api/v1/templates/render", new { receiver = "team", integration = "slack[0]", alerts }, AdminToken)), errors: true);
        var email = await JsonAsync(await app.App.PostJsonAsync("/api/v1/templates/render", new { receiver = "team", integration = "email[0]", alerts }, AdminToken));

        Assert.Equal("template: :1:3: executing \"\" at <.Nope>: can't evaluate field Nope in type *template.Data", slack["footer"]);
        Assert.Equal("XSS (1)", Fields(await JsonAsync(await app.App.PostJsonAsync("/api/v1/templates/render",
            new { receiver = "team", integration = "slack[0]", alerts }, AdminToken)))["title"]);
        var html = email.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "html");
        Assert.True(html.GetProperty("html").GetBoolean());
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("[FIRING:1]  (Xss <script>alert(1)</script>)", Fields(email)["headers.Subject"]);
        Assert.Empty(app.Sink.Requests);
    }

    [Theory]
    [InlineData("""{"receiver": "nobody", "integration": "slack[0]", "alerts": []}""", 404, "receiver")]
    [InlineData("""{"receiver": "team", "integration": "slack[7]", "alerts": []}""", 404, "integration")]
    [InlineData("""{"receiver": "team", "integration": "slack[0]"}""", 400, "groupKey")]
    [InlineData("""{"receiver": "team", "integration": "slack[0]", "groupKey": "{}:{}", "alerts": []}""", 400, "groupKey")]
    [InlineData("""{"receiver": "team", "integration": "slack[0]", "groupKey": "{}:{nope=\"1\"}"}""", 404, "groupKey")]
    [InlineData("""{"receiver": "team", "integration": "slack[0]", "alerts": [{"labels": {}}]}""", 400, "alerts")]
    [InlineData("""{"receiver": """, 400, "body")]
    public async Task Render_BadRequest_ProblemJsonNamingTheField(string body, int status, string field)
    {
        await using var app = await PipelineApp.StartAsync(Config, Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/templates/render") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", AdminToken);

        var response = await app.App.Api.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(field, (await JsonAsync(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Render_WithoutTheAdminToken_401()
    {
        await using var app = await PipelineApp.StartAsync(Config, Token);

        var response = await app.App.PostJsonAsync("/api/v1/templates/render", new { receiver = "team", integration = "slack[0]", alerts = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Dictionary<string, string> Fields(JsonElement preview, bool errors = false) =>
        preview.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!,
            f => (errors ? f.GetProperty("error").GetString() : null) ?? f.GetProperty("value").GetString()!);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }
}
