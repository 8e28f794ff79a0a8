using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webhook;

public sealed class WebhookNotifierTests : NotifierTest
{
    private WebhookConfig Config(string path = "/hook") => new() { Url = new Secret(Server.Url + path) };

    [Theory]
    [InlineData("am-webhook-firing.json")]
    [InlineData("am-webhook-resolved.json")]
    [InlineData("am-webhook-mixed.json")]
    [InlineData("am-webhook-from-prometheus.json")]
    public async Task NotifyAsync_AlertmanagerSample_BodyIsByteIdenticalExceptSubMicrosecondDigits(string sample)
    {
        var expected = Samples.Read(sample);

        var result = await Harness.NotifyAsync(Config(), Samples.FromWebhook(expected));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);

        // The one legitimate difference: .NET keeps 100 ns, so Go's 9-digit fraction .84677489 arrives as .8467748.
        Assert.Equal(expected.Replace("10:54:56.84677489Z", "10:54:56.8467748Z", StringComparison.Ordinal), request.Body);
        Assert.EndsWith("}\n", request.Body, StringComparison.Ordinal);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hook", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);

        // Alertmanager sends "Alertmanager/0.25.0"; AlertRouter names itself.
        Assert.Matches(@"^AlertRouter/\d+\.\d+\.\d+", request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task NotifyAsync_MaxAlerts_TruncatesBeforeStatusAndCommonLabelsAreComputed()
    {
        var context = Samples.Context(
            Samples.Alert("HighLatency", "web-1", resolved: true),
            Samples.Alert("HighLatency", "web-2"),
            Samples.Alert("HighLatency", "web-3"));

        await Harness.NotifyAsync(Config() with { MaxAlerts = 1 }, context);

        var body = Assert.Single(Server.Requests).Body;
        Assert.Contains("\"status\":\"resolved\",\"alerts\":[{\"status\":\"resolved\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("web-2", body, StringComparison.Ordinal);
        Assert.Contains("\"commonLabels\":{\"alertname\":\"HighLatency\",\"instance\":\"web-1\",\"severity\":\"critical\"}", body, StringComparison.Ordinal);
        Assert.EndsWith("\"truncatedAlerts\":2}\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_SpecialCharacters_AreEscapedAsGoDoes()
    {
        var alert = new Alert(
            LabelSet.Of(("alertname", "A<b>&c"), ("zz", "line\u2028sep\u2029 \"q\" \\ \n\t\u0001 é 🙂")),
            LabelSet.Empty, Samples.Now.AddMinutes(-1), GoTime.Zero, "http://g/?a=1&b=2");
        var context = new NotificationContext("r.x+(y)", "{}:{}", LabelSet.Empty, [alert], Samples.Now, "http://ext");

        await Harness.NotifyAsync(Config(), context);

        var body = Assert.Single(Server.Requests).Body;
        Assert.StartsWith("{\"receiver\":\"r\\\\.x\\\\+\\\\(y\\\\)\",", body, StringComparison.Ordinal);
        Assert.Contains("\"alertname\":\"A\\u003cb\\u003e\\u0026c\"", body, StringComparison.Ordinal);
        Assert.Contains("\"zz\":\"line\\u2028sep\\u2029 \\\"q\\\" \\\\ \\n\\t\\u0001 é 🙂\"", body, StringComparison.Ordinal);
        Assert.Contains("\"generatorURL\":\"http://g/?a=1\\u0026b=2\"", body, StringComparison.Ordinal);
        Assert.Contains("\"endsAt\":\"0001-01-01T00:00:00Z\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bearer", "Bearer tok-123")]
    [InlineData("custom", "Token tok-123")]
    [InlineData("basic", "Basic dXNlcjpwdy0xMjM=")]
    public async Task NotifyAsync_HttpConfigAuth_SetsAuthorizationHeader(string kind, string expected)
    {
        var http = kind switch
        {
            "bearer" => new HttpClientConfig { AuthorizationCredentials = new Secret("tok-123") },
            "custom" => new HttpClientConfig { AuthorizationType = "Token", AuthorizationCredentials = new Secret("tok-123") },
            _ => new HttpClientConfig { BasicAuthUsername = "user", BasicAuthPassword = new Secret("pw-123") },
        };

        await Harness.NotifyAsync(Config() with { Http = http }, Samples.Context(Samples.Alert("A", "i")));

        Assert.Equal(expected, Assert.Single(Server.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task NotifyAsync_WebhookTimeoutElapses_RetryableTimeout()
    {
        Server.Enqueue(new ScriptedResponse(200, "late", TimeSpan.FromSeconds(10)));

        var result = await Harness.NotifyAsync(Config() with { Timeout = TimeSpan.FromMilliseconds(200) }, Samples.Context(Samples.Alert("A", "i")));

        var retryable = Assert.IsType<Retryable>(result);
        Assert.Equal(FailureReason.Timeout, retryable.Reason);
        Assert.Contains("timed out", retryable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_CallerCancels_ThrowsOperationCanceled()
    {
        Server.Enqueue(new ScriptedResponse(200, "late", TimeSpan.FromSeconds(10)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Harness.NotifyAsync(Config(), Samples.Context(Samples.Alert("A", "i")), cts.Token));
    }

    [Fact]
    public async Task NotifyAsync_ProxyUrl_SendsThroughTheProxy()
    {
        var config = new WebhookConfig
        {
            Url = new Secret("http://webhook.invalid/hook"),
            Http = new HttpClientConfig { ProxyUrl = Server.Url },
        };

        var result = await Harness.NotifyAsync(config, Samples.Context(Samples.Alert("A", "i")));

        Assert.IsType<Delivered>(result);
        var request = Assert.Single(Server.Requests);
        Assert.Equal("webhook.invalid", request.Headers["Host"]);
        Assert.Equal("/hook", request.Path);
    }

    [Fact]
    public async Task NotifyAsync_UnconfiguredIntegration_PermanentWithoutSending()
    {
        var config = Config() with { MissingVariables = ["HOOK_URL"] };

        var result = await Harness.NotifyAsync(config, Samples.Context(Samples.Alert("A", "i")));

        Assert.Equal("Permanent/clientError", Outcome.Of(result));
        Assert.Contains("HOOK_URL", result.Error, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }
}
