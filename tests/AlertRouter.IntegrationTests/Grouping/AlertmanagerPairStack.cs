using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Grouping;

/// <summary>
/// An Alertmanager 0.25 HA pair gossiping on loopback, every peer posting every notification to every AlertRouter
/// (one on SQLite, or two replicas on one PostgreSQL), and AlertRouter delivering to capture servers: the shape of
/// Alertmanager's own acceptance tests, with AlertRouter as the system under test. Times are seconds since
/// <see cref="Start"/>.
/// </summary>
internal sealed class AlertmanagerPairStack : IAsyncDisposable
{
    // AlertRouter's own timers: the windows the scenarios assert are these.
    private const string RouterConfig = """
        route:
          receiver: pager
          group_by: [alertname]
          group_wait: 2s
          group_interval: 4s
          repeat_interval: 6s
          routes:
            - matchers: ['alertname="Flaky"']
              receiver: flaky
              repeat_interval: 1h
            - matchers: ['alertname="Down"']
              receiver: pager
              repeat_interval: 1h
        inhibit_rules:
          - source_matchers: ['severity="critical"']
            target_matchers: ['severity="warning"']
            equal: [cluster]
        receivers:
          - name: pager
            webhook_configs: [{url: 'PAGER', send_resolved: true}]
          - name: flaky
            webhook_configs: [{url: 'FLAKY', send_resolved: true}]
        """;

    // Alertmanager forwards every alert on its own at once; the peer timeout is shorter than the gossip, so both
    // peers send each notification (and re-send it when it changes).
    private const string AlertmanagerConfig = """
        route:
          receiver: router
          group_by: ['...']
          group_wait: 0s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: router
            webhook_configs:
        ROUTERS
        """;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<IAsyncDisposable> _owned;
    private readonly Stopwatch _clock = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _starts = new(StringComparer.Ordinal);
    private DateTimeOffset _startedAt;

    private AlertmanagerPairStack(CaptureServer pager, CaptureServer flaky, AlertmanagerProcess[] pair, List<IAsyncDisposable> owned)
    {
        Pager = pager;
        Flaky = flaky;
        Pair = pair;
        _owned = owned;
    }

    public CaptureServer Pager { get; }

    public CaptureServer Flaky { get; }

    public IReadOnlyList<AlertmanagerProcess> Pair { get; }

    public double Now => _clock.Elapsed.TotalSeconds;

    /// <param name="postgres">Null for one AlertRouter on SQLite; otherwise two replicas on this PostgreSQL server.</param>
    public static async Task<AlertmanagerPairStack> StartAsync(PostgresServer? postgres)
    {
        var owned = new List<IAsyncDisposable>();
        try
        {
            var pager = await CaptureServer.StartAsync();
            owned.Add(pager);
            var flaky = await CaptureServer.StartAsync();
            owned.Add(flaky);
            var config = RouterConfig.Replace("PAGER", pager.Url, StringComparison.Ordinal).Replace("FLAKY", flaky.Url, StringComparison.Ordinal);
            var delivery = new Dictionary<string, string>
            {
                ["Delivery:FastRetries"] = "0",
                ["Delivery:InitialBackoff"] = "00:00:01",
                ["Delivery:MaxBackoff"] = "00:00:01",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            var routers = new List<AlertRouterProcess>();
            if (postgres is null)
            {
                routers.Add(await AlertRouterProcess.StartAsync(config, delivery));
            }
            else
            {
                var database = await postgres.CreateDatabaseAsync("ampair");
                foreach (var replica in new[] { "r1", "r2" })
                {
                    routers.Add(await AlertRouterProcess.StartAsync(config, new Dictionary<string, string>(delivery)
                    {
                        ["Store"] = "postgres",
                        ["Postgres:ConnectionString"] = database,
                        ["ReplicaId"] = replica,
                    }));
                    owned.Add(routers[^1]);
                }
            }

            if (postgres is null)
            {
                owned.Add(routers[0]);
            }

            var targets = string.Join("\n", routers.Select(r => $"      - {{url: '{r.ApiUrl}/api/v1/alerts', send_resolved: true}}"));
            var (first, second) = await AlertmanagerProcess.StartPairAsync(AlertmanagerConfig.Replace("ROUTERS", targets, StringComparison.Ordinal),
                TimeSpan.FromMilliseconds(1));
            owned.Add(first);
            owned.Add(second);
            return new AlertmanagerPairStack(pager, flaky, [first, second], owned);
        }
        catch
        {
            foreach (var resource in Enumerable.Reverse(owned))
            {
                await resource.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Script time zero.</summary>
    public void Start()
    {
        _startedAt = DateTimeOffset.UtcNow;
        _clock.Start();
    }

    /// <summary>
    /// Pushes an alert to both peers, as Prometheus pushes to every Alertmanager, starting now (an older start would
    /// skip group_wait, as in Alertmanager); resolved, with its first start, when <paramref name="resolved"/>.
    /// Returns the script time of the push.
    /// </summary>
    public async Task<double> PushAsync(bool resolved, params (string Name, string Value)[] labels)
    {
        var at = Now;
        var now = DateTimeOffset.UtcNow;
        var startsAt = _starts.GetOrAdd(string.Join(",", labels), now);
        var alert = JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object>
            {
                ["labels"] = labels.ToDictionary(l => l.Name, l => l.Value),
                ["startsAt"] = startsAt.ToString("O", CultureInfo.InvariantCulture),
                ["endsAt"] = (resolved ? now : now.AddHours(1)).ToString("O", CultureInfo.InvariantCulture),
            },
        });
        await Task.WhenAll(Pair.Select(async am =>
        {
            using var response = await _http.PostAsync($"{am.Url}/api/v2/alerts", new StringContent(alert, Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
        }));
        return at;
    }

    /// <summary>Waits until a sink has received <paramref name="count"/> notifications for an alertname (or 30 s passed).</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(CaptureServer sink, string alertname, int count)
    {
        var clock = Stopwatch.StartNew();
        while (Notifications(sink, alertname).Count < count && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        return Notifications(sink, alertname);
    }

    /// <summary>What a sink received for one alertname: script time, status, alert count.</summary>
    public IReadOnlyList<Received> Notifications(CaptureServer sink, string alertname) =>
        [.. sink.Requests.Select(r => (r, JsonDocument.Parse(r.Body).RootElement))
            .Where(x => x.Item2.GetProperty("groupLabels").GetProperty("alertname").GetString() == alertname)
            .Select(x => new Received((x.r.ReceivedAt - _startedAt).TotalSeconds, x.Item2.GetProperty("status").GetString()!,
                x.Item2.GetProperty("alerts").GetArrayLength(), x.r))];

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in Enumerable.Reverse(_owned))
        {
            await resource.DisposeAsync();
        }

        _http.Dispose();
    }

    internal sealed record Received(double At, string Status, int Alerts, CapturedRequest Request)
    {
        public override string ToString() => $"{Status}({Alerts}) at {At:F1} s";
    }
}
