using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;
using Npgsql;

namespace AlertRouter.IntegrationTests.Scaling;

/// <summary>
/// Several AlertRouter replicas as real child processes on one PostgreSQL database, with two webhook receivers
/// (even groups to sink A, odd groups to sink B) on real capture servers. Group i's webhook goes to two replicas,
/// as an Alertmanager HA pair would send it.
/// </summary>
internal sealed class ReplicaCluster : IAsyncDisposable
{
    private const string Config = """
        route:
          receiver: a
          group_by: [group]
          group_wait: 1s
          group_interval: 1m
          repeat_interval: 1h
          routes:
            - matchers: ['sink="b"']
              receiver: b
        receivers:
          - name: a
            webhook_configs: [{url: SINK_A}]
          - name: b
            webhook_configs: [{url: SINK_B}]
        """;

    private static readonly string StartsAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private ReplicaCluster(string connectionString, CaptureServer a, CaptureServer b, AlertRouterProcess[] replicas)
    {
        ConnectionString = connectionString;
        Sinks = [a, b];
        Replicas = replicas;
    }

    public string ConnectionString { get; }

    public IReadOnlyList<CaptureServer> Sinks { get; }

    public IReadOnlyList<AlertRouterProcess> Replicas { get; }

    public static string ReplicaId(int index) => $"r{index + 1}";

    /// <summary>The value of the <c>group</c> label of group <paramref name="group"/>'s alert.</summary>
    public static string GroupLabel(int group) => $"g{group}";

    public static async Task<ReplicaCluster> StartAsync(PostgresServer server, int replicas, TimeSpan sinkDelay, IReadOnlyDictionary<string, string>? settings = null)
    {
        var connectionString = await server.CreateDatabaseAsync("ha");
        var a = await CaptureServer.StartAsync();
        var b = await CaptureServer.StartAsync();
        a.DefaultResponse = b.DefaultResponse = new ScriptedResponse(200, "ok", sinkDelay);
        var config = Config.Replace("SINK_A", a.Url, StringComparison.Ordinal).Replace("SINK_B", b.Url, StringComparison.Ordinal);
        var starting = Enumerable.Range(0, replicas).Select(i =>
        {
            var all = new Dictionary<string, string>
            {
                ["Store"] = "postgres",
                ["Postgres:ConnectionString"] = connectionString,
                ["ReplicaId"] = ReplicaId(i),
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                all[key] = value;
            }

            return AlertRouterProcess.StartAsync(config, all);
        }).ToList();
        try
        {
            return new ReplicaCluster(connectionString, a, b, await Task.WhenAll(starting));
        }
        catch
        {
            // Replicas that did start must not outlive a cluster that failed to.
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            await a.DisposeAsync();
            await b.DisposeAsync();
            throw;
        }
    }

    /// <summary>Posts group <paramref name="group"/>'s webhook to each replica in <paramref name="targets"/> at once; returns how many answered 202.</summary>
    public async Task<int> PostAsync(int group, params int[] targets)
    {
        var results = await Task.WhenAll(targets.Select(async t =>
        {
            try
            {
                using var response = await _http.PostAsync($"{Replicas[t].ApiUrl}/api/v1/alerts", new StringContent(Webhook(group), Encoding.UTF8, "application/json"));
                return response.StatusCode == HttpStatusCode.Accepted ? 1 : 0;
            }
            catch (HttpRequestException)
            {
                return 0; // a killed replica: its HA peer has the same webhook
            }
        }));
        return results.Sum();
    }

    /// <summary>Posts groups 0..count-1, each to replicas (g mod n) and (g+1 mod n), a few at a time; returns the groups no replica accepted.</summary>
    public async Task<IReadOnlyList<int>> PostAllAsync(int count, int parallel = 8, TimeSpan? pause = null)
    {
        var refused = new ConcurrentBag<int>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            for (var g = Interlocked.Increment(ref next); g < count; g = Interlocked.Increment(ref next))
            {
                if (await PostAsync(g, g % Replicas.Count, (g + 1) % Replicas.Count) == 0)
                {
                    refused.Add(g);
                }

                if (pause is { } p)
                {
                    await Task.Delay(p);
                }
            }
        }));
        return [.. refused.Order()];
    }

    /// <summary>Notifications received so far, by group key (one webhook delivery each).</summary>
    public Dictionary<string, int> Received() =>
        Sinks.SelectMany(s => s.Requests)
            .Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("groupKey").GetString()!)
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Notifications received so far, by the <c>group</c> label (<see cref="GroupLabel"/>).</summary>
    public Dictionary<string, int> ReceivedByGroup() =>
        Sinks.SelectMany(s => s.Requests)
            .Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("groupLabels").GetProperty("group").GetString()!)
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="groups"/> distinct group keys arrived, then a little longer for late duplicates.</summary>
    public async Task<Dictionary<string, int>> WaitForAsync(int groups, TimeSpan timeout, TimeSpan settle)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (Received().Count < groups && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await Task.Delay(settle);
        return Received();
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Webhook(int group)
    {
        var sink = group % 2 == 0 ? "a" : "b";
        return $$"""
            {"version":"4","groupKey":"{}:{group=\"g{{group}}\"}","status":"firing","receiver":"am","truncatedAlerts":0,
             "groupLabels":{"group":"g{{group}}"},"commonLabels":{},"commonAnnotations":{},"externalURL":"http://am",
             "alerts":[{"status":"firing","labels":{"alertname":"HA","group":"g{{group}}","sink":"{{sink}}"},"annotations":{},
               "startsAt":"{{StartsAt}}","endsAt":"0001-01-01T00:00:00Z","generatorURL":""}]}
            """;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in Replicas)
        {
            await replica.DisposeAsync();
        }

        foreach (var sink in Sinks)
        {
            await sink.DisposeAsync();
        }

        _http.Dispose();
    }
}
