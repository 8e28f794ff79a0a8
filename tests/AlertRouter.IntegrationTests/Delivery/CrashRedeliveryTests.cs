using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Delivery;

/// <summary>The at-least-once window: a kill -9 between the send and its record means the notification is sent again.</summary>
public class CrashRedeliveryTests
{
    [Fact]
    public async Task KillHard_MidDelivery_RedeliveredRightAfterRestart()
    {
        await using var sink = await CaptureServer.StartAsync();
        using var first = new SemaphoreSlim(0);
        var calls = 0;
        sink.Responder = _ =>
        {
            if (Interlocked.Increment(ref calls) > 1)
            {
                return null;
            }

            first.Release();
            return new ScriptedResponse(200, "", Delay: TimeSpan.FromSeconds(30)); // the process dies while this hangs
        };
        await using var router = await AlertRouterProcess.StartAsync($$"""
            route: {receiver: hook, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers: [{name: hook, webhook_configs: [{url: '{{sink.Url}}/hook'}]}]
            """);
        using var http = new HttpClient();
        using var post = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", new StringContent("""
            {"version":"4","groupKey":"{}:{}","status":"firing","receiver":"am","alerts":[
              {"status":"firing","labels":{"alertname":"Crash"},"annotations":{},"startsAt":"2026-11-21T10:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
            """, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(20)), "the first send reached the sink");

        router.Process.KillHard();
        await router.RestartAsync();

        // Well inside the 60 s lease: the restarted replica takes back its own interrupted delivery at once.
        var requests = await sink.WaitForAsync(2, TimeSpan.FromSeconds(20));
        var keys = requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("groupKey").GetString()).Distinct();
        Assert.Single(keys);
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/notifications"));
        var n = Assert.Single(doc.RootElement.EnumerateArray());
        for (var i = 0; i < 50 && n.GetProperty("state").GetString() != "delivered"; i++)
        {
            await Task.Delay(100);
            using var again = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/notifications"));
            n = again.RootElement[0].Clone();
        }

        Assert.Equal("delivered", n.GetProperty("state").GetString());
        Assert.Contains("interrupted", n.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }
}
