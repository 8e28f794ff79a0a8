using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webhook;

/// <summary>http_config's tls_config.insecure_skip_verify and follow_redirects, through the named client variants.</summary>
public sealed class WebhookTransportTests : IDisposable
{
    private readonly NotifierHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task NotifyAsync_SelfSignedCertificate_RejectedUnlessInsecureSkipVerify()
    {
        await using var sink = await HttpsSink.StartAsync();
        var config = new WebhookConfig { Url = new Secret(sink.Url + "/hook") };

        var secure = await _harness.NotifyAsync(config, Samples.DiskFull());
        var insecure = await _harness.NotifyAsync(config with { Http = new HttpClientConfig { InsecureSkipVerify = true } }, Samples.DiskFull());
        var secureAgain = await _harness.NotifyAsync(config, Samples.DiskFull());

        Assert.Equal("Retryable/network", Outcome.Of(secure));
        Assert.StartsWith("TLS handshake failed", secure.Error, StringComparison.Ordinal);
        Assert.IsType<Delivered>(insecure);
        Assert.Equal("Retryable/network", Outcome.Of(secureAgain));
        Assert.Equal(1, sink.Requests);
    }

    [Theory]
    [InlineData(true, "Delivered", 2)]
    [InlineData(false, "Permanent/other", 1)]
    public async Task NotifyAsync_Redirect_FollowedOnlyWhenFollowRedirects(bool follow, string expected, int requests)
    {
        await using var server = await CaptureServer.StartAsync();
        server.Responder = r => r.Path == "/old"
            ? new ScriptedResponse(307, "") { Headers = new Dictionary<string, string> { ["Location"] = "/new" } }
            : new ScriptedResponse(200, "ok");
        var config = new WebhookConfig { Url = new Secret(server.Url + "/old"), Http = new HttpClientConfig { FollowRedirects = follow } };

        var result = await _harness.NotifyAsync(config, Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(requests, server.Requests.Count);
        if (!follow)
        {
            Assert.Equal("unexpected status code 307", result.Error);
        }
        else
        {
            Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        }
    }
}
