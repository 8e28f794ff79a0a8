using System.Text;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers;

/// <summary>
/// Alertmanager's AssertNotifyLeaksNoSecret, harder: distinctive secrets in every place an integration has them, a
/// server that echoes the whole request (path, query, headers, body) back in its error answers — padded so that the
/// secrets straddle the 1024-character cut of error bodies — plus timeouts, refused connections and cancellation.
/// No secret, nor a token-like part of a secret URL, may appear in a result's error, in any log line or in an
/// exception's text.
/// </summary>
public sealed class SecretLeakTests : NotifierTest
{
    private const string RoutingKey = "R0UTINGKEYSECRET0123456789abcdef";
    private const string AppToken = "xoxb-SECRET-APPTOKEN-987654";
    private const string Bearer = "BEARERSECRET321xyz";
    private const string BasicPassword = "BASICSECRET789pw";
    private static readonly string BasicEncoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("hookuser:" + BasicPassword));

    private static string[] Forbidden(string baseUrl) =>
    [
        RoutingKey, AppToken, Bearer, BasicPassword, BasicEncoded,
        "T0SECRET42", "B0SECRET43", "XSECRETTOKEN123", "SECRETPATH456", "QSECRET789",
        baseUrl + "/services", baseUrl + "/hook",
    ];

    private IEnumerable<(string Name, IntegrationConfig Config)> Integrations(string baseUrl) =>
    [
        ("pagerduty", new PagerDutyConfig { RoutingKey = new Secret(RoutingKey), Url = baseUrl + "/v2/enqueue", Http = new HttpClientConfig { AuthorizationCredentials = new Secret(Bearer) } }),
        ("pagerduty alert mode", new PagerDutyConfig { RoutingKey = new Secret(RoutingKey), Url = baseUrl + "/v2/enqueue", DedupKeyMode = PagerDutyDedupKeyMode.Alert }),
        ("slack webhook", new SlackConfig { ApiUrl = new Secret(baseUrl + "/services/T0SECRET42/B0SECRET43/XSECRETTOKEN123"), Channel = "#ops" }),
        ("slack bot", new SlackConfig { AppToken = new Secret(AppToken), AppUrl = baseUrl + "/api/chat.postMessage", Channel = "#ops" }),
        ("webhook bearer", new WebhookConfig { Url = new Secret(baseUrl + "/hook/SECRETPATH456?token=QSECRET789"), Http = new HttpClientConfig { AuthorizationCredentials = new Secret(Bearer) } }),
        ("webhook basic", new WebhookConfig { Url = new Secret(baseUrl + "/hook/SECRETPATH456"), Http = new HttpClientConfig { BasicAuthUsername = "hookuser", BasicAuthPassword = new Secret(BasicPassword) } }),
    ];

    private static string Echo(CapturedRequest r, int padding) =>
        new string('.', padding) + $"{r.Method} {r.Path}{r.Query}\n" + string.Join("\n", r.Headers.Select(h => $"{h.Key}: {h.Value}")) + "\n" + r.Body;

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task NotifyAsync_ServerEchoesTheRequest_NoSecretInErrorOrLogs(int status)
    {
        var texts = new List<string>();
        foreach (var padding in new[] { 0, 960, 990, 1000, 1010, 1020 })
        {
            Server.Responder = r => new ScriptedResponse(status, Echo(r, padding));
            var slackOkFalse = status == 200;
            foreach (var (name, config) in Integrations(Server.Url))
            {
                if (slackOkFalse)
                {
                    Server.Responder = r => ScriptedResponse.Json(200, "{\"ok\":false,\"error\":\"" + Echo(r, padding).Replace("\"", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"}");
                }

                var result = await Harness.NotifyAsync(config, Samples.DiskFull());
                texts.Add($"{name} (pad {padding}): {result.Error}");
            }
        }

        Assert.Contains(texts, t => t.Contains("unexpected status code", StringComparison.Ordinal) || t.Contains("error", StringComparison.Ordinal));
        AssertNoSecret(texts.Append(Harness.Logs.All), Server.Url);
    }

    [Fact]
    public async Task NotifyAsync_TimeoutRefusedAndCancelled_NoSecretInErrorLogsOrException()
    {
        var texts = new List<string>();
        Server.Enqueue([.. Enumerable.Repeat(new ScriptedResponse(200, "ok", TimeSpan.FromSeconds(5)), 6)]);
        var closed = $"http://127.0.0.1:{Tools.FreePort()}";
        foreach (var baseUrl in new[] { Server.Url, closed })
        {
            foreach (var (name, config) in Integrations(baseUrl))
            {
                var result = await Impatient.NotifyAsync(config, Samples.DiskFull());
                Assert.IsType<Retryable>(result);
                texts.Add($"{name}: {result.Error}");
            }
        }

        foreach (var (_, config) in Integrations(Server.Url))
        {
            Server.Enqueue(new ScriptedResponse(200, "ok", TimeSpan.FromSeconds(5)));
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Harness.NotifyAsync(config, Samples.DiskFull(), cts.Token));
            texts.Add(e.ToString());
        }

        AssertNoSecret(texts.Append(Harness.Logs.All).Append(Impatient.Logs.All), closed);
        AssertNoSecret(texts, Server.Url);
    }

    [Fact]
    public async Task NotifyAsync_BrokenTemplatesAndBadUrls_NoSecretInErrorOrLogs()
    {
        var texts = new List<string>();
        var configs = new IntegrationConfig[]
        {
            new PagerDutyConfig { RoutingKey = new Secret(RoutingKey), Url = "not a url " + RoutingKey, Description = "{{nohelper}}" },
            new SlackConfig { ApiUrl = new Secret("hxxp://services/T0SECRET42/B0SECRET43/XSECRETTOKEN123"), Title = "{{#each}}" },
            new WebhookConfig { Url = new Secret("ftp://hook/SECRETPATH456?token=QSECRET789") },
        };
        foreach (var config in configs)
        {
            texts.Add((await Harness.NotifyAsync(config, Samples.DiskFull())).Error ?? "");
        }

        Assert.All(texts, t => Assert.NotEmpty(t));
        AssertNoSecret(texts.Append(Harness.Logs.All), "hxxp://services");
    }

    private static void AssertNoSecret(IEnumerable<string> texts, string baseUrl)
    {
        foreach (var text in texts)
        {
            foreach (var secret in Forbidden(baseUrl))
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"secret {secret} leaked in: {text}");
            }

            // A secret cut in half by a truncation still gives most of it away.
            foreach (var secret in new[] { RoutingKey, AppToken, Bearer, BasicPassword, "XSECRETTOKEN123" })
            {
                Assert.False(text.Contains(secret[..10], StringComparison.OrdinalIgnoreCase), $"part of {secret} leaked in: {text}");
            }
        }
    }
}
