using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>
/// The real service in-process on real time (dispatcher and delivery loops on, group_wait 0s) with a
/// <see cref="CaptureServer"/> as every integration's endpoint (<c>SINK</c> in the config). Payments webhooks
/// answer 400 while <see cref="PaymentsFail"/> is set, which makes dead letters.
/// </summary>
public sealed class UiStack : IAsyncDisposable
{
    private UiStack(TestApp app, CaptureServer sink)
    {
        App = app;
        Sink = sink;
    }

    public TestApp App { get; }

    public CaptureServer Sink { get; }

    public volatile bool PaymentsFail = true;

    public string Url(string path) => App.ApiUrl.TrimEnd('/') + path;

    public static async Task<UiStack> StartAsync(string config, IReadOnlyDictionary<string, string>? settings = null)
    {
        var sink = await CaptureServer.StartAsync();
        var all = new Dictionary<string, string>
        {
            ["Delivery:FastRetries"] = "0",
            ["Dispatcher:MaxIdle"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        try
        {
            var app = await TestApp.StartAsync(config.Replace("SINK", sink.Url.TrimEnd('/'), StringComparison.Ordinal), all);
            var stack = new UiStack(app, sink);
            sink.Responder = r => stack.PaymentsFail && r.Path.StartsWith("/hooks/payments/", StringComparison.Ordinal)
                ? new ScriptedResponse(400, "payload rejected: missing field 'service_id'")
                : null;
            return stack;
        }
        catch
        {
            await sink.DisposeAsync();
            throw;
        }
    }

    /// <summary>Posts one Alertmanager webhook v4 message; the alerts start a few minutes ago.</summary>
    public async Task PostAsync(params Dictionary<string, string>[] alerts)
    {
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-7);
        var body = new
        {
            version = "4",
            groupKey = "{}:{}",
            status = "firing",
            receiver = "alertrouter",
            externalURL = "http://alertmanager.example:9093",
            alerts = alerts.Select((labels, i) => new
            {
                status = "firing",
                labels = labels.Where(l => !l.Key.StartsWith('@')).ToDictionary(),
                annotations = labels.Where(l => l.Key.StartsWith('@')).ToDictionary(l => l.Key[1..], l => l.Value),
                startsAt = startsAt.AddSeconds(i * 41).ToString("O"),
                endsAt = "0001-01-01T00:00:00Z",
                generatorURL = "http://prometheus.example:9090/graph?g0.expr=up",
            }),
        };
        using var response = await App.Api.PostAsJsonAsync("/api/v1/alerts", body);
        Assert.Equal(202, (int)response.StatusCode);
    }

    public async Task<IReadOnlyList<JsonElement>> NotificationsAsync(string query = "") =>
        [.. (await App.Api.GetFromJsonAsync<JsonElement>("/api/v1/notifications?limit=1000" + query)).EnumerateArray()];

    /// <summary>Waits until the delivery log has at least this many notifications in each state.</summary>
    public async Task WaitForDeliveriesAsync(int delivered, int dead)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (true)
        {
            var rows = await NotificationsAsync();
            var states = rows.Select(r => r.GetProperty("state").GetString()).ToList();
            if (states.Count(s => s == "delivered") >= delivered && states.Count(s => s == "dead") >= dead)
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {delivered} delivered and {dead} dead, got [{string.Join(", ", states)}]");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
