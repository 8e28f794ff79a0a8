using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Core;

/// <summary>The real binary's stdout: one JSON object per line with the agreed fields, and never a secret.</summary>
public class LogFormatTests
{
    [Fact]
    public async Task Stdout_IsJsonLinesWithFields_AndCarriesNoSecret()
    {
        const string Token = "intake-token-3f9c1e";
        await using var sink = await CaptureServer.StartAsync();
        sink.DefaultResponse = new ScriptedResponse(500, "down");
        var secretUrl = $"{sink.Url}/hooks/T000/B000/xoxb-secret-path-77a1";
        await using var router = await AlertRouterProcess.StartAsync($$"""
            route: {receiver: hook, group_wait: 0s, group_interval: 1m}
            receivers: [{name: hook, webhook_configs: [{url: "{{secretUrl}}"}]}]
            """,
            new Dictionary<string, string> { ["Intake:BearerToken"] = Token, ["Delivery:FastRetries"] = "0", ["Logging:LogLevel:AlertRouter"] = "Debug" });
        using var http = new HttpClient();
        var body = new
        {
            version = "4",
            alerts = new[] { new { labels = new Dictionary<string, string> { ["alertname"] = "Logged" }, startsAt = DateTimeOffset.UtcNow.ToString("O") } },
        };
        await http.PostAsJsonAsync($"{router.ApiUrl}/api/v1/alerts", body);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{router.ApiUrl}/api/v1/alerts") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(20));
        var output = await router.Process.WaitForOutputAsync(o => o.Contains("\"groupKey\"", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line =>
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var field in new[] { "timestamp", "level", "category", "message" })
            {
                Assert.True(doc.RootElement.TryGetProperty(field, out _), $"{field} missing in {line}");
            }
        });
        Assert.Contains(lines, l => l.Contains("\"receiver\":\"hook\"", StringComparison.Ordinal) && l.Contains("\"groupKey\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Token, output, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-secret-path-77a1", output, StringComparison.Ordinal);
    }
}
