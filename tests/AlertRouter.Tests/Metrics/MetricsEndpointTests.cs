using System.Net;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace AlertRouter.Tests.Metrics;

public class MetricsEndpointTests
{
    [Fact]
    public async Task GetMetrics_OnOpsAndApiPorts_ServedOnOpsOnly()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["ReplicaId"] = "test-replica" });

        using var ops = await app.Ops.GetAsync("/metrics");
        using var api = await app.Api.GetAsync("/metrics");
        var body = await ops.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", ops.Content.Headers.ContentType?.ToString());
        Assert.Contains("\nalertrouter_build_info{replica=\"test-replica\",version=\"", body, StringComparison.Ordinal);
        Assert.Contains("\nprocess_cpu_seconds_total ", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        var (exitCode, output, errors) = await PromtoolRunner.CheckMetricsAsync(body);
        Assert.True(exitCode == 0 && output.Length == 0 && errors.Length == 0, $"promtool exited {exitCode}: {output}{errors}");
    }

    [Fact]
    public async Task GetMetrics_StagePreinitialisesInItsConstructor_SeriesExportedAtZero()
    {
        await using var app = await TestApp.StartAsync(services: s => s.AddHostedService<PreinitialisingStage>());

        var scrape = await MetricsScrape.FetchAsync(app.Ops);

        Assert.Equal(0, scrape.Value("alertrouter_test_preinitialised_total", ("integration", "slack")));
        Assert.Equal(0, scrape.Value("alertrouter_test_preinitialised_total", ("integration", "email")));
    }

    // A stage as other folders write them: instruments built, and label combinations pre-initialised, at construction.
    private sealed class PreinitialisingStage : IHostedService
    {
        public PreinitialisingStage(CollectorRegistry registry)
        {
            var counter = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter("alertrouter_test_preinitialised_total", "Test.", "integration");
            foreach (var integration in new[] { "slack", "email" })
            {
                counter.WithLabels(integration);
            }
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
