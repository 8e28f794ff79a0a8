using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertRouter.Tests.Delivery;

/// <summary>
/// AssertNotifyLeaksNoSecret through the whole service: distinctive secrets in every integration, endpoints that
/// echo the whole request back in their errors, failures of every kind; then nothing a user or a scraper can read —
/// the delivery log, the receivers API, the delivery test, the config and groups APIs, /metrics, /health and the
/// logs — may contain a secret.
/// </summary>
public class DeliverySecretLeakTests
{
    private const string RoutingKey = "pdkeyLEAK8d2c51f3a9e04b7a";
    private const string SlackHookToken = "hookLEAK9c1e7f2b6a";
    private const string AppToken = "xoxb-LEAK-4f8a2d9c0b7e";
    private const string HookPath = "whLEAK7a3c9e1f5d";
    private const string Bearer = "bearerLEAK2b9d4f61";
    private const string BasicPassword = "basicLEAK5e2a8c07";
    private const string SmtpPassword = "smtpLEAK3e7b1a9d";
    private const string AdminToken = "adminLEAK0f3b5d7e";

    private static readonly string[] Secrets =
    [
        RoutingKey, SlackHookToken, "T0LEAK1234", "B0LEAK5678", AppToken, HookPath, Bearer, BasicPassword, SmtpPassword, AdminToken,
        Convert.ToBase64String(Encoding.UTF8.GetBytes("hookuser:" + BasicPassword)),
    ];

    private static string Config(string yaml) => yaml
        .Replace("@RoutingKey@", RoutingKey, StringComparison.Ordinal).Replace("@SlackHookToken@", SlackHookToken, StringComparison.Ordinal)
        .Replace("@AppToken@", AppToken, StringComparison.Ordinal).Replace("@HookPath@", HookPath, StringComparison.Ordinal)
        .Replace("@Bearer@", Bearer, StringComparison.Ordinal).Replace("@BasicPassword@", BasicPassword, StringComparison.Ordinal)
        .Replace("@SmtpPassword@", SmtpPassword, StringComparison.Ordinal)
        .Replace("@Port@", Tools.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // JSON escapes '<', '+' and the like (\u003C): compare against the decoded strings, not the raw text.
    private static string Decoded(string json)
    {
        var strings = new List<string>();
        Collect(JsonDocument.Parse(json).RootElement);
        return string.Join("\n", strings);

        void Collect(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        strings.Add(p.Name);
                        Collect(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                case JsonValueKind.String:
                    strings.Add(e.GetString()!);
                    break;
            }
        }
    }

    private static string Echo(CapturedRequest r) =>
        $"{r.Method} {r.Path}{r.Query}\n" + string.Join("\n", r.Headers.Select(h => $"{h.Key}: {h.Value}")) + "\n" + r.Body;

    private static ScriptedResponse Answer(CapturedRequest r) => r.Path switch
    {
        "/pd" => ScriptedResponse.Json(400, "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":[" +
            System.Text.Json.JsonSerializer.Serialize(Echo(r)) + "]}"),
        _ when r.Path.StartsWith("/services", StringComparison.Ordinal) => new ScriptedResponse(500, Echo(r)),
        "/api/chat.postMessage" => new ScriptedResponse(403, Echo(r)),
        _ => new ScriptedResponse(503, Echo(r)),
    };

    [Fact]
    public async Task Secrets_FailingDeliveriesOfEveryIntegration_AppearNowhereAUserCanRead()
    {
        var logs = new CapturedLogs();
        await using var app = await PipelineApp.StartAsync(Config("""
            route: {receiver: leaky, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers:
              - name: leaky
                pagerduty_configs: [{routing_key: @RoutingKey@, url: SINK/pd}]
                slack_configs:
                  - {api_url: 'SINK/services/T0LEAK1234/B0LEAK5678/@SlackHookToken@', channel: '#ops'}
                  - {app_token: @AppToken@, app_url: SINK/api/chat.postMessage, channel: '#ops'}
                webhook_configs:
                  - {url: 'SINK/hook/@HookPath@?token=@HookPath@', http_config: {authorization: {credentials: @Bearer@}}}
                  - {url: 'SINK/hook/@HookPath@', http_config: {basic_auth: {username: hookuser, password: @BasicPassword@}}}
                email_configs:
                  - {to: oncall@example.test, from: ar@example.test, smarthost: '127.0.0.1:@Port@', auth_username: ar, auth_password: @SmtpPassword@}
            """), new Dictionary<string, string> { ["Api:AdminToken"] = AdminToken }, s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        app.Sink.Responder = Answer;

        await app.PostAlertAsync(("alertname", "Leak"), ("severity", "critical"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));
        var test = await app.App.PostJsonAsync("/api/v1/receivers/leaky/test", token: AdminToken);

        // The endpoints did see (and echo) the secrets, so redaction had something to do (the basic-auth password
        // travels base64-encoded, the SMTP password and the admin token never reach an HTTP endpoint).
        var echoed = string.Join("\n", app.Sink.Requests.Select(Echo));
        Assert.All(Secrets.Except([SmtpPassword, AdminToken, BasicPassword]), s => Assert.Contains(s, echoed, StringComparison.Ordinal));
        var notifications = await app.App.Api.GetStringAsync("/api/v1/notifications");
        Assert.Equal(6, (await app.App.NotificationsAsync()).Count);
        Assert.Contains("<secret>", Decoded(notifications), StringComparison.Ordinal);

        var readable = new Dictionary<string, string>
        {
            ["GET /api/v1/notifications"] = Decoded(notifications),
            ["GET /api/v1/receivers"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/receivers")),
            ["POST /api/v1/receivers/leaky/test"] = Decoded(await test.Content.ReadAsStringAsync()),
            ["GET /api/v1/config"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/config")),
            ["GET /api/v1/groups"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/groups")),
            ["GET /metrics"] = await app.App.Ops.GetStringAsync("/metrics"),
            ["GET /health"] = Decoded((await app.App.HealthAsync()).GetRawText()),
            ["logs"] = logs.All,
        };
        Assert.Contains("Delivery to leaky/pagerduty[0]", logs.All, StringComparison.Ordinal); // the capture sees the delivery logs
        Assert.Contains("…4b7a", readable["GET /api/v1/receivers"], StringComparison.Ordinal); // the PD key's last 4 only
        foreach (var (where, text) in readable)
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} leaks {secret}:\n{text}");
            }
        }
    }
}
