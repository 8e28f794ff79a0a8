using System.Net;
using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;
using AlertRouter.Tests.Notifiers.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertRouter.Tests.Notifiers;

/// <summary>
/// What every registered integration must do, run through the whole service on the manual clock (as Alertmanager's
/// notify/test does for its notifiers). Each integration supplies only an <see cref="IntegrationContract"/>: a minimal
/// valid config and a capture target.
/// </summary>
public class IntegrationContractTests
{
    private const string AdminToken = "adminCONTRACT0f3b5d7e";
    private const string UnsetVariable = "ALERTROUTER_CONTRACT_NEVER_SET_7E1D";

    private static readonly IReadOnlyList<IntegrationContract> Contracts =
    [
        .. typeof(IntegrationContract).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(IntegrationContract)) && !t.IsAbstract)
            .Select(t => (IntegrationContract)Activator.CreateInstance(t)!),
    ];

    public static TheoryData<string> Registered => [.. Integrations.All.Select(i => i.Type)];

    public static TheoryData<string> TellingTheWait => [.. Integrations.All.Select(i => i.Type).Where(t => Contracts.Any(c => c.Type == t && c.TellsTheWait))];

    [Fact]
    public void Contracts_EveryRegisteredIntegration_HasExactlyOne()
    {
        Assert.Equal(Integrations.All.Select(i => i.Type).Order(StringComparer.Ordinal), Contracts.Select(c => c.Type).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public async Task Secrets_EchoedByFailingAndTestDeliveries_AppearNowhereAUserCanRead(string type)
    {
        var contract = Contract(type);
        await using var target = await contract.StartTargetAsync();
        var logs = new CapturedLogs();
        await using var app = await StartAsync(contract, target, logs: logs);
        target.FailEchoing(contract.Statuses.First(s => s.Retried).Status, contract.Statuses.First(s => !s.Retried).Status);

        await app.PostAlertAsync(("alertname", "Leak"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));
        target.FailEchoing(contract.Statuses.First(s => !s.Retried).Status);
        using var test = await app.App.PostJsonAsync("/api/v1/receivers/contract/test", token: AdminToken);

        // The endpoint did get the secrets, and its errors repeated them: redaction had something to do.
        Assert.All(contract.Secrets, s => Assert.Contains(s, target.Received, StringComparison.Ordinal));
        var dead = Assert.Single(await app.App.NotificationsAsync());
        Assert.Equal(("dead", 2), (dead.GetProperty("state").GetString(), dead.GetProperty("attempts").GetInt32()));
        Assert.Equal(HttpStatusCode.BadGateway, test.StatusCode);
        var readable = new Dictionary<string, string>
        {
            ["GET /api/v1/notifications"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/notifications")),
            ["GET /api/v1/receivers"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/receivers")),
            ["POST /api/v1/receivers/contract/test"] = Decoded(await test.Content.ReadAsStringAsync()),
            ["GET /api/v1/config"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/config")),
            ["GET /api/v1/status"] = Decoded(await app.App.Api.GetStringAsync("/api/v1/status")),
            ["GET /metrics"] = await app.App.Ops.GetStringAsync("/metrics"),
            ["GET /health"] = Decoded((await app.App.HealthAsync()).GetRawText()),
            ["logs"] = logs.All,
        };
        Assert.Contains($"contract/{type}[0]", logs.All, StringComparison.Ordinal);
        Assert.Contains(Secret.Redacted, readable["GET /api/v1/notifications"], StringComparison.Ordinal);
        foreach (var (where, text) in readable)
        {
            foreach (var secret in contract.Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} leaks {secret}:\n{text}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public async Task Statuses_EachFailure_RetriedExactlyWhenTheIntegrationSaysSo(string type)
    {
        var contract = Contract(type);
        await using var target = await contract.StartTargetAsync();
        await using var app = await StartAsync(contract, target);

        var outcomes = new List<string>();
        foreach (var (status, _) in contract.Statuses)
        {
            target.Fail(status);
            await app.PostAlertAsync(("alertname", $"Status{status}"));
            await app.RunForAsync(TimeSpan.FromMinutes(1));
            var n = (await app.App.NotificationsAsync()).Single(n => n.GetProperty("groupKey").GetString()!.Contains($"Status{status}", StringComparison.Ordinal));
            outcomes.Add($"{status}: {n.GetProperty("state").GetString()} after {n.GetProperty("attempts").GetInt32()}");
        }

        Assert.Equal([.. contract.Statuses.Select(s => s.Retried ? $"{s.Status}: delivered after 2" : $"{s.Status}: dead after 1")], outcomes);
        Assert.Equal(contract.Statuses.Count(s => s.Retried) * 2 + contract.Statuses.Count(s => !s.Retried), target.Attempts);
    }

    [Theory]
    [MemberData(nameof(TellingTheWait))]
    public async Task RateLimited_WaitTold_NextAttemptExactlyThatMuchLater(string type)
    {
        var contract = Contract(type);
        await using var target = await contract.StartTargetAsync();
        await using var app = await StartAsync(contract, target);
        target.RateLimit(37);
        var start = app.Now;

        await app.PostAlertAsync(("alertname", "Limited"));
        await app.RunForAsync(TimeSpan.FromMinutes(2));

        Assert.Equal([start, start.AddSeconds(37)], target.Times);
        var n = Assert.Single(await app.App.NotificationsAsync());
        Assert.Equal("delivered", n.GetProperty("state").GetString());
        Assert.Equal(["rateLimited", null], n.GetProperty("attemptLog").EnumerateArray().Select(a => a.GetProperty("reason").GetString()));
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public async Task Unconfigured_SecretFromAnUnsetVariable_ShownUnconfiguredEverywhereAndNothingSent(string type)
    {
        var contract = Contract(type);
        await using var target = await contract.StartTargetAsync();
        await using var app = await StartAsync(contract, target, unset: true);

        await app.PostAlertAsync(("alertname", "Unconfigured"));
        await app.RunForAsync(TimeSpan.FromMinutes(1));
        using var test = await app.App.PostJsonAsync("/api/v1/receivers/contract/test", token: AdminToken);

        using var receivers = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/receivers"));
        var integration = receivers.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "contract").GetProperty("integrations")[0];
        Assert.Equal(($"{type}[0]", false), (integration.GetProperty("name").GetString(), integration.GetProperty("configured").GetBoolean()));
        Assert.Equal([UnsetVariable], integration.GetProperty("missingVariables").EnumerateArray().Select(v => v.GetString()));
        using var status = JsonDocument.Parse(await app.App.Api.GetStringAsync("/api/v1/status"));
        var shown = status.RootElement.GetProperty("receivers").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "contract");
        Assert.Equal("unconfigured", shown.GetProperty("integrations")[0].GetProperty("health").GetString());
        var health = await app.App.HealthAsync();
        Assert.Contains($"config: integration unconfigured: contract/{type}[0]: unset {UnsetVariable}",
            health.GetProperty("issues").EnumerateArray().Select(i => i.GetString()));
        using var result = JsonDocument.Parse(await test.Content.ReadAsStringAsync());
        Assert.Equal("unconfigured", result.RootElement.GetProperty("integrations")[0].GetProperty("outcome").GetString());
        Assert.Empty(await app.App.NotificationsAsync());
        Assert.Equal(0, target.Attempts);
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public async Task TestEndpoint_MinimalConfig_DeliversOneTestNotification(string type)
    {
        var contract = Contract(type);
        await using var target = await contract.StartTargetAsync();
        await using var app = await StartAsync(contract, target);

        using var response = await app.App.PostJsonAsync("/api/v1/receivers/contract/test", token: AdminToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var integration = Assert.Single(result.RootElement.GetProperty("integrations").EnumerateArray());
        Assert.Equal(($"{type}[0]", "delivered", 1), (integration.GetProperty("integration").GetString(), integration.GetProperty("outcome").GetString(),
            integration.GetProperty("attempts").GetInt32()));
        Assert.Equal(1, target.Attempts);
        Assert.Empty(await app.App.NotificationsAsync());
    }

    private static IntegrationContract Contract(string type) =>
        Contracts.SingleOrDefault(c => c.Type == type)
        ?? throw new InvalidOperationException($"integration {type} has no IntegrationContract (tests/AlertRouter.Tests/Notifiers/<Name>/<Name>Contract.cs)");

    private static async Task<PipelineApp> StartAsync(IntegrationContract contract, ContractTarget target, bool unset = false, CapturedLogs? logs = null)
    {
        var config = contract.Config(target);
        var yaml = $$"""
            route: {receiver: contract, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers:
              - name: contract
                {{contract.Type}}_configs: [{{(unset ? config.Replace(contract.Secrets[0], $"${{{UnsetVariable}}}", StringComparison.Ordinal) : config)}}]
            """;
        var app = await PipelineApp.StartAsync(yaml, new Dictionary<string, string> { ["Api:AdminToken"] = AdminToken },
            logs is null ? null : s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        target.Clock = app.Time;
        return app;
    }

    // JSON escapes '<', '+' and the like (\u003C): compare against the decoded strings, not the raw text.
    private static string Decoded(string json)
    {
        var strings = new List<string>();
        Collect(JsonDocument.Parse(json).RootElement);
        return string.Join("\n", strings);

        void Collect(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        strings.Add(p.Name);
                        Collect(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                case JsonValueKind.String:
                    strings.Add(e.GetString()!);
                    break;
            }
        }
    }
}
