using System.Net;
using System.Text.Json;
using AlertRouter.Model;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Tests.Health;

public class HealthEndpointTests
{
    [Fact]
    public async Task Live_AnswersAliveWithUptime()
    {
        await using var app = await TestApp.StartAsync();

        using var doc = JsonDocument.Parse(await app.Ops.GetStringAsync("/health/live"));

        Assert.Equal("alive", doc.RootElement.GetProperty("status").GetString());
        Assert.EndsWith("Z", doc.RootElement.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
        Assert.True(doc.RootElement.GetProperty("uptime_seconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task Ready_HealthyService_IsReadyWithTheGuideWording()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Ops.GetAsync("/health/ready");

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(doc.RootElement.GetProperty("ready").GetBoolean());
        Assert.Equal(["All systems operational"], doc.RootElement.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Ready_StoreUnreachable_Is503NotReady_AndHealthIsUnhealthy()
    {
        await using var app = await TestApp.StartAsync(services: s =>
            s.Replace(ServiceDescriptor.Singleton<IAlertStore, UnreachableStore>()));

        var ready = await app.Ops.GetAsync("/health/ready");
        var health = await app.Ops.GetAsync("/health");

        using var readyDoc = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        using var healthDoc = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("not_ready", readyDoc.RootElement.GetProperty("status").GetString());
        Assert.Contains("store unreachable", readyDoc.RootElement.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("unhealthy", healthDoc.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_ListsComponentsAndHeadlineMetrics()
    {
        await using var app = await TestApp.StartAsync();
        await app.Api.PostAsync("/api/v1/alerts", new StringContent(AlertmanagerSamples.Read("am-webhook-firing.json"), System.Text.Encoding.UTF8, "application/json"));

        using var doc = JsonDocument.Parse(await app.Ops.GetStringAsync("/health"));

        var components = doc.RootElement.GetProperty("components");
        foreach (var name in new[] { "store", "intake", "workers" })
        {
            Assert.Equal("healthy", components.GetProperty(name).GetProperty("status").GetString());
        }

        Assert.Equal("up", components.GetProperty("workers").GetProperty("workers").GetProperty("store-writer").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("metrics").GetProperty("alerts_received").GetDouble());
        Assert.Empty(doc.RootElement.GetProperty("issues").EnumerateArray());
    }

    [Fact]
    public async Task Metrics_ExportsFoundationFamilies_AndPromtoolIsClean()
    {
        await using var app = await TestApp.StartAsync();
        await app.Api.PostAsync("/api/v1/alerts", new StringContent(AlertmanagerSamples.Read("am-webhook-mixed.json"), System.Text.Encoding.UTF8, "application/json"));

        var text = await app.Ops.GetStringAsync("/metrics");
        var scrape = MetricsScrape.Parse(text);

        Assert.Equal(1, scrape.Value("alertrouter_webhooks_received_total", ("outcome", "accepted")));
        Assert.Equal(0, scrape.Value("alertrouter_webhooks_received_total", ("outcome", "too_large")));
        Assert.Equal(1, scrape.Value("alertrouter_alerts_received_total", ("status", "resolved")));
        Assert.Equal(1, scrape.Value("alertrouter_intake_duration_seconds_count"));
        Assert.Equal(1, scrape.Value("alertrouter_worker_up", ("worker", "store-writer")));
        Assert.NotNull(scrape.Value("process_start_time_seconds"));
        await using var promtool = ManagedProcess.Start(Tools.Promtool, ["check", "metrics"]);
        await promtool.WriteStdinAsync(text);
        Assert.Equal(0, await promtool.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("", promtool.Output.Trim());
    }

    private sealed class UnreachableStore : IAlertStore
    {
        public Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct) =>
            throw new StoreUnavailableException("disk gone");

        public Task<IReadOnlyList<StoredAlert>> ListAsync(AlertQuery query, CancellationToken ct) =>
            throw new StoreUnavailableException("disk gone");

        public Task PingAsync(CancellationToken ct) => throw new StoreUnavailableException("disk gone");
    }
}
