using System.Text.Json;
using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Cli;

/// <summary><c>receivers test NAME</c>, in-process, against real sinks.</summary>
public sealed class ReceiversTestCommandTests : IAsyncLifetime
{
    private CaptureServer _sink = null!;
    private string _dir = null!;

    public async Task InitializeAsync()
    {
        _sink = await CaptureServer.StartAsync();
        _sink.Responder = r => r.Path.StartsWith("/down", StringComparison.Ordinal) ? new ScriptedResponse(404, $"nothing at {r.Path}") : null;
        _dir = Tools.TempDir("cli");
        await File.WriteAllTextAsync(Path.Combine(_dir, "alertmanager.yml"), $"""
            route: {"{"}receiver: ok{"}"}
            receivers:
              - name: ok
                webhook_configs: [{"{"}url: '{_sink.Url}/ok'{"}"}]
                pagerduty_configs: [{"{"}routing_key: 0123456789abcdefKEY9, url: '{_sink.Url}/pd'{"}"}]
              - name: mixed
                webhook_configs: [{"{"}url: '{_sink.Url}/ok'{"}"}, {"{"}url: '{_sink.Url}/down/cli-secret-7d1e9a3b'{"}"}]
            """);
    }

    public async Task DisposeAsync()
    {
        await _sink.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunToolAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task ReceiversTest_AllDelivered_Exit0_PrintsEachIntegration()
    {
        var (code, output, _) = await RunAsync("receivers", "test", "ok", "--config", _dir);

        Assert.Equal(0, code);
        Assert.Contains("receiver \"ok\": 2 integration(s)", output, StringComparison.Ordinal);
        Assert.Matches(@"pagerduty\[0\]\s+delivered\s+status 200\s+[\d.]+ ms\s+1 attempt\(s\)", output);
        Assert.Matches(@"webhook\[0\]\s+delivered\s+status 200", output);
        Assert.EndsWith("OK: every integration delivered\n", output, StringComparison.Ordinal);
        Assert.Equal(["/ok", "/pd"], _sink.Requests.Select(r => r.Path).Order(StringComparer.Ordinal));
        var alert = JsonDocument.Parse(_sink.Requests.Single(r => r.Path == "/ok").Body).RootElement.GetProperty("alerts")[0];
        Assert.Equal("AlertRouterTest", alert.GetProperty("labels").GetProperty("alertname").GetString());
    }

    [Fact]
    public async Task ReceiversTest_OneFails_Exit1_WithTheRedactedError()
    {
        var (code, output, _) = await RunAsync("receivers", "test", "mixed", "--config", _dir, "alertname=DiskFull", "instance=db-1");

        Assert.Equal(1, code);
        Assert.Matches(@"webhook\[1\]\s+failed_permanent\s+status 404\s+[\d.]+ ms\s+1 attempt\(s\)\s+error: unexpected status code 404: nothing at <secret>", output);
        Assert.DoesNotContain("cli-secret-7d1e9a3b", output, StringComparison.Ordinal);
        Assert.EndsWith("FAILED: 1 of 2 integration(s) did not deliver\n", output, StringComparison.Ordinal);
        var alert = JsonDocument.Parse(_sink.Requests.First(r => r.Path == "/ok").Body).RootElement.GetProperty("alerts")[0];
        Assert.Equal("db-1", alert.GetProperty("labels").GetProperty("instance").GetString());
    }

    [Fact]
    public async Task ReceiversTest_UnknownReceiver_Exit2_NamesTheKnownOnes()
    {
        var (code, output, error) = await RunAsync("receivers", "test", "nobody", "--config", _dir);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("no receiver named \"nobody\"", error, StringComparison.Ordinal);
        Assert.Contains("(receivers: mixed, ok)", error, StringComparison.Ordinal);
        Assert.Empty(_sink.Requests);
    }

    [Fact]
    public async Task ReceiversTest_InvalidConfig_Exit1()
    {
        var bad = Path.Combine(_dir, "bad");
        Directory.CreateDirectory(bad);
        await File.WriteAllTextAsync(Path.Combine(bad, "alertmanager.yml"), "route: {receiver: missing}\nreceivers: []\n");

        var (code, _, error) = await RunAsync("receivers", "test", "ok", "--config", bad);

        Assert.Equal(1, code);
        Assert.StartsWith("AlertRouter: error: ", error, StringComparison.Ordinal);
    }
}
