using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Delivery;

/// <summary>
/// The status table end to end: an alert per receiver goes through intake, flush, the queue, the lane's pipeline and
/// the webhook notifier to a real sink that answers the row's status, and the outcome is read back where a user
/// reads it: the delivery log API and /metrics.
/// </summary>
public class DeliveryStatusTableTests
{
    // The webhook URL is the secret: the sink echoes the path it was called on, so an unredacted error would show it.
    private const string Token = "tok-6c1f0e9b2a7d4e58";

    private static readonly string[] Rows = ["200", "202", "400", "401", "403", "404", "429", "500", "503", "refused"];

    private static string Config(int refusedPort, params string[] extraRows)
    {
        var sb = new StringBuilder("route:\n  receiver: none\n  group_by: [case]\n  group_wait: 0s\n  group_interval: 10m\n  routes:\n");
        foreach (var row in Rows.Concat(extraRows))
        {
            sb.Append(CultureInfo.InvariantCulture, $"    - {{receiver: r{row}, matchers: ['case=\"{row}\"']}}\n");
        }

        sb.Append("receivers:\n  - name: none\n");
        foreach (var row in Rows.Concat(extraRows))
        {
            var url = row == "refused" ? $"http://127.0.0.1:{refusedPort}/{row}/{Token}" : $"SINK/{row}/{Token}";
            var timeout = row == "timeout" ? ", timeout: 2s" : "";
            sb.Append(CultureInfo.InvariantCulture, $"  - {{name: r{row}, webhook_configs: [{{url: '{url}'{timeout}}}]}}\n");
        }

        return sb.ToString();
    }

    private static ScriptedResponse Answer(CapturedRequest request)
    {
        var row = request.Path.Split('/')[1];
        var status = int.Parse(row, CultureInfo.InvariantCulture);
        var body = status < 300 ? "ok" : $"hook {request.Path} refused the message";
        return status == 429
            ? new ScriptedResponse(429, body) { Headers = new Dictionary<string, string> { ["Retry-After"] = "30" } }
            : new ScriptedResponse(status, body);
    }

    public static TheoryData<string, string, string?, int?> Table => new()
    {
        { "200", "delivered", null, 200 },
        { "202", "delivered", null, 202 },
        { "400", "dead", "clientError", 400 },
        { "401", "dead", "authError", 401 },
        { "403", "dead", "authError", 403 },
        { "404", "dead", "clientError", 404 },
        { "429", "failed", "rateLimited", 429 },
        { "500", "failed", "serverError", 500 },
        { "503", "failed", "serverError", 503 },
        { "refused", "failed", "network", null },
    };

    [Fact]
    public async Task Deliver_StatusTable_StateAttemptsReasonMetricAndRedactedError()
    {
        await using var app = await PipelineApp.StartAsync(Config(Tools.FreePort()));
        app.Sink.Responder = Answer;
        foreach (var row in Rows)
        {
            await app.PostAlertAsync(("alertname", "StatusTable"), ("case", row));
        }

        await app.TickAsync();

        var scrape = await app.App.ScrapeAsync();
        foreach (var (row, state, reason, status) in Table.Select(r => ((string)r[0], (string)r[1], (string?)r[2], (int?)r[3])))
        {
            var n = await app.App.NotificationAsync("r" + row);
            Assert.True(state == n.GetProperty("state").GetString(), $"{row}: {n}");
            var attempt = Assert.Single(n.GetProperty("attemptLog").EnumerateArray());
            Assert.Equal(1, n.GetProperty("attempts").GetInt32());
            Assert.Equal(status, attempt.GetProperty("statusCode").ValueKind == JsonValueKind.Null ? null : attempt.GetProperty("statusCode").GetInt32());
            Assert.Equal(reason, attempt.GetProperty("reason").GetString());
            var failedTotal = scrape.Sum("alertrouter_notifications_failed_total", ("receiver", "r" + row), ("integration", "webhook"));
            Assert.Equal(reason is null ? 0 : 1, failedTotal);
            if (reason is not null)
            {
                Assert.Equal(1, scrape.Value("alertrouter_notifications_failed_total", ("receiver", "r" + row), ("integration", "webhook"), ("reason", reason)));
                var error = n.GetProperty("lastError").GetString()!;
                Assert.DoesNotContain(Token, error, StringComparison.Ordinal);
                Assert.DoesNotContain(Token, attempt.GetProperty("error").GetString()!, StringComparison.Ordinal);
                if (status is not null)
                {
                    Assert.Contains($"unexpected status code {status}", error, StringComparison.Ordinal);
                    Assert.Contains("<secret>", error, StringComparison.Ordinal);
                }
            }

            Assert.Equal(1, scrape.Value("alertrouter_notification_requests_total", ("receiver", "r" + row), ("integration", "webhook")));
            Assert.Equal(reason is null ? 0 : 1, scrape.Value("alertrouter_notification_requests_failed_total", ("receiver", "r" + row), ("integration", "webhook")));
            if (state == "failed")
            {
                var next = n.GetProperty("nextAttemptAt").GetDateTimeOffset();
                Assert.True(next > app.Now, $"{row}: retry scheduled in the future");
            }
        }

        Assert.Equal(app.Now.AddSeconds(30), (await app.App.NotificationAsync("r429")).GetProperty("nextAttemptAt").GetDateTimeOffset());
        Assert.Contains("connection", (await app.App.NotificationAsync("rrefused")).GetProperty("lastError").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, scrape.Sum("alertrouter_dead_letters"));
    }

    [Fact]
    public async Task Deliver_SinkNeverAnswers_AttemptTimesOutAndIsRetried()
    {
        await using var app = await PipelineApp.StartAsync(Config(Tools.FreePort(), "timeout"));
        using var arrived = new SemaphoreSlim(0);
        app.Sink.Responder = _ =>
        {
            arrived.Release();
            return new ScriptedResponse(200, "too late", Delay: TimeSpan.FromSeconds(30));
        };
        await app.PostAlertAsync(("alertname", "StatusTable"), ("case", "timeout"));

        var tick = app.TickAsync();
        Assert.True(await arrived.WaitAsync(TimeSpan.FromSeconds(10)), "the request reached the sink");
        var sent = app.Now;
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await tick.WaitAsync(TimeSpan.FromSeconds(10));

        var n = await app.App.NotificationAsync("rtimeout");
        Assert.Equal("failed", n.GetProperty("state").GetString());
        var attempt = Assert.Single(n.GetProperty("attemptLog").EnumerateArray());
        Assert.Equal("timeout", attempt.GetProperty("reason").GetString());
        Assert.Equal(2000, attempt.GetProperty("durationMs").GetDouble(), 1);
        Assert.Contains("timed out after 2s", n.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(n.GetProperty("nextAttemptAt").GetDateTimeOffset() > sent + TimeSpan.FromSeconds(2));
        var scrape = await app.App.ScrapeAsync();
        Assert.Equal(1, scrape.Value("alertrouter_notifications_failed_total", ("receiver", "rtimeout"), ("integration", "webhook"), ("reason", "timeout")));
    }
}
