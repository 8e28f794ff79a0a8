using System.Net.Http.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Support;

/// <summary>
/// Debian's Alertmanager 0.25 and AlertRouter fed the same alerts and configured with the same receiver, each aimed at
/// its own capture server: Alertmanager's receiver <c>recorder</c> also posts its webhook to AlertRouter, whose route
/// sends the group to its own <c>recorder</c>. Both group by alertname (the same group key) and use the same external
/// URL, so every request should be the same: method, path and query, Authorization, Content-Type and body.
/// </summary>
internal static class ReceiverDifferential
{
    private const string ExternalUrl = "http://alertmanager.example:9093";

    /// <summary>The request as compared: everything but Host, User-Agent and Content-Length (the last follows the body).</summary>
    public static string Shown(CapturedRequest r) =>
        $"{r.Method} {r.Path}{r.Query}\nAuthorization: {r.Headers.GetValueOrDefault("Authorization")}\nContent-Type: {r.Headers.GetValueOrDefault("Content-Type")}\n\n{r.Body}";

    /// <param name="receiver">One <c>&lt;kind&gt;_configs</c> block (indented by 4), with <c>BASE</c> where its endpoint's base URL goes.</param>
    /// <returns>What each side sent for the firing notification, then for the resolved one.</returns>
    public static async Task<(IReadOnlyList<string> Alertmanager, IReadOnlyList<string> AlertRouter)> RunAsync(string receiver, ScriptedResponse accepted)
    {
        await using var amSink = await CaptureServer.StartAsync();
        await using var routerSink = await CaptureServer.StartAsync();
        amSink.DefaultResponse = accepted;
        routerSink.DefaultResponse = accepted;
        await using var router = await TestApp.StartAsync($$"""
            route: {receiver: recorder, group_by: [alertname], group_wait: 1s, group_interval: 1s, repeat_interval: 1h}
            receivers:
              - name: recorder
            {{receiver.Replace("BASE", routerSink.Url.TrimEnd('/'), StringComparison.Ordinal)}}
            """, new Dictionary<string, string> { ["ExternalUrl"] = ExternalUrl });
        await using var am = await AlertmanagerProcess.StartAsync($$"""
            route: {receiver: recorder, group_by: [alertname], group_wait: 1s, group_interval: 1s, repeat_interval: 1h}
            receivers:
              - name: recorder
                webhook_configs: [{url: "{{router.ApiUrl}}/api/v1/alerts", send_resolved: true}]
            {{receiver.Replace("BASE", amSink.Url.TrimEnd('/'), StringComparison.Ordinal)}}
            """, ExternalUrl);
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);
        using var client = new HttpClient { BaseAddress = new Uri(am.Url) };

        await PostAlertsAsync(client, start, null);
        var firing = await SettledAsync(amSink, routerSink, 0);
        await PostAlertsAsync(client, start, DateTimeOffset.UtcNow.AddSeconds(-1));
        await SettledAsync(amSink, routerSink, firing);
        return ([.. amSink.Requests.Select(Shown)], [.. routerSink.Requests.Select(Shown)]);
    }

    // Both alerts in one POST, so that no flush sees one without the other.
    private static async Task PostAlertsAsync(HttpClient client, DateTimeOffset start, DateTimeOffset? end)
    {
        var alerts = new[]
        {
            Alert("db-1:9100", new() { ["summary"] = "Disk 95% full on db-1 — ünïcødé ✓", ["description"] = "Only 5% left on /var & <tmp> \"quoted\"" }, start, end),
            Alert("db-2:9100", new() { ["summary"] = "Disk 97% full on db-2" }, start, end),
        };
        using var response = await client.PostAsJsonAsync("/api/v2/alerts", alerts);
        response.EnsureSuccessStatusCode();
    }

    private static Dictionary<string, object> Alert(string instance, Dictionary<string, string> annotations, DateTimeOffset start, DateTimeOffset? end)
    {
        var alert = new Dictionary<string, object>
        {
            ["labels"] = new Dictionary<string, string> { ["alertname"] = "DiskFull", ["instance"] = instance, ["severity"] = "critical", ["team"] = "storage" },
            ["annotations"] = annotations,
            ["generatorURL"] = "http://prometheus.example:9090/graph?g0.expr=up",
            ["startsAt"] = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (end is { } e)
        {
            alert["endsAt"] = e.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        return alert;
    }

    // Waits until both sides sent more than `before` requests and nothing more arrived for 3 s (one flush may take
    // several requests: a token fetch, update PUTs).
    private static async Task<int> SettledAsync(CaptureServer am, CaptureServer router, int before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var seen = (-1, -1);
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var now = (am.Requests.Count, router.Requests.Count);
            if (now != seen)
            {
                seen = now;
                quietSince = DateTime.UtcNow;
            }
            else if (now.Item1 > before && now.Item2 > before && DateTime.UtcNow - quietSince > TimeSpan.FromSeconds(3))
            {
                return now.Item1;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Alertmanager sent {am.Requests.Count}, AlertRouter {router.Requests.Count} requests (expected more than {before} each)");
    }
}
