using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Delivery;

/// <summary>
/// Email through the whole service (intake, flush, queue, lane, notifier) to a real aiosmtpd with STARTTLS and AUTH,
/// reading the outcome where a user reads it: the mailbox and the delivery log.
/// </summary>
public class EmailDeliveryTests
{
    private const string User = "alertrouter";
    private const string Password = "Sm7p-Pipeline-Pa55!";

    private static string Config(SmtpServer server, string password, bool requireTls = true) => $$"""
        route: {receiver: mail, group_by: [alertname], group_wait: 0s, group_interval: 1h}
        receivers:
          - name: mail
            email_configs:
              - to: oncall@example.test
                from: alertrouter@example.test
                smarthost: '{{server.Smarthost}}'
                auth_username: {{User}}
                auth_password: '{{password}}'
                require_tls: {{(requireTls ? "true" : "false")}}
                tls_config: {insecure_skip_verify: true}
        """;

    private static async Task<JsonElement> NotificationAsync(PipelineApp app)
    {
        using var doc = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/notifications?receiver=mail"));
        return Assert.Single(doc.RootElement.EnumerateArray()).Clone();
    }

    private static Task PostDiskFullAsync(PipelineApp app) => app.PostAsync(new WebhookAlertSpec(
        new Dictionary<string, string> { ["alertname"] = "DiskFull", ["instance"] = "db-1:9100", ["severity"] = "critical" },
        Annotations: new Dictionary<string, string> { ["summary"] = "disk 95% full ✓" }));

    [Fact]
    public async Task Email_StartTlsAndAuth_DeliveredAsMultipartHtml()
    {
        await using var server = await SmtpServer.StartAsync(starttls: true, User, Password);
        await using var app = await PipelineApp.StartAsync(Config(server, Password));

        await PostDiskFullAsync(app);
        await app.TickAsync();

        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(message.Tls);
        Assert.True(message.Authenticated);
        Assert.Equal(["oncall@example.test"], message.RcptTos);
        Assert.Equal("[FIRING:1] DiskFull (db-1:9100 critical)", message.Header("Subject"));
        Assert.Equal("multipart/alternative", message.ContentType);
        var html = Assert.Single(message.Parts);
        Assert.Equal("text/html", html.ContentType);
        Assert.Equal("utf-8", html.Charset);
        Assert.Contains("summary = disk 95% full ✓", html.Content, StringComparison.Ordinal);
        Assert.Contains("<html", html.Content, StringComparison.Ordinal);
        Assert.NotNull(message.Header("References"));
        var n = await NotificationAsync(app);
        Assert.Equal("delivered", n.GetProperty("state").GetString());
        Assert.Equal(1, n.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Email_WrongPassword_DeadLetterWithAClearErrorAndNoPassword()
    {
        await using var server = await SmtpServer.StartAsync(starttls: true, User, Password);
        await using var app = await PipelineApp.StartAsync(Config(server, "not-the-Pa55word"));

        await PostDiskFullAsync(app);
        await app.TickAsync();

        var n = await NotificationAsync(app);
        Assert.Equal("dead", n.GetProperty("state").GetString());
        var error = n.GetProperty("lastError").GetString()!;
        Assert.StartsWith($"LOGIN authentication at {server.Smarthost} failed (check auth_username and auth_password)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-Pa55word", n.ToString(), StringComparison.Ordinal);
        Assert.Equal("authError", n.GetProperty("attemptLog")[0].GetProperty("reason").GetString());
        Assert.Empty(server.Messages);
        var metrics = MetricsScrape.Parse(await app.App.Ops.GetStringAsync("/metrics"));
        Assert.Equal(1, metrics.Value("alertrouter_dead_letters", ("receiver", "mail"), ("integration", "email")));
        Assert.Equal(1, metrics.Value("alertrouter_notifications_failed_total", ("receiver", "mail"), ("integration", "email"), ("reason", "authError")));
    }

    [Fact]
    public async Task Email_ServerWithoutStartTls_RetriedWithAnErrorThatSaysSo()
    {
        await using var server = await SmtpServer.StartAsync(starttls: false);
        await using var app = await PipelineApp.StartAsync(Config(server, Password));

        await PostDiskFullAsync(app);
        await app.TickAsync();

        var n = await NotificationAsync(app);
        Assert.Equal("failed", n.GetProperty("state").GetString());
        Assert.Equal($"'require_tls' is true (default) but \"{server.Smarthost}\" does not advertise the STARTTLS extension",
            n.GetProperty("lastError").GetString());
        Assert.True(n.GetProperty("nextAttemptAt").GetDateTimeOffset() > app.Now);
        Assert.Empty(server.Messages);
    }
}
