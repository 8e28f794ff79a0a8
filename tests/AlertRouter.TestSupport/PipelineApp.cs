using System.Net.Http.Json;
using AlertRouter.Core;
using AlertRouter.Delivery;
using AlertRouter.Grouping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertRouter.TestSupport;

/// <summary>
/// The real service on a manual clock with its two loops switched off, so a test decides when flushes and
/// deliveries happen: post webhooks, <see cref="AdvanceAsync"/> the clock, and every flush and delivery due by
/// then runs before it returns. Notifications go to a real <see cref="CaptureServer"/>.
/// </summary>
public sealed class PipelineApp : IAsyncDisposable
{
    private PipelineApp(TestApp app, ManualTimeProvider time, CaptureServer sink)
    {
        App = app;
        Time = time;
        Sink = sink;
    }

    public TestApp App { get; }

    public ManualTimeProvider Time { get; }

    /// <summary>Where the config's <c>SINK</c> placeholder points webhook integrations.</summary>
    public CaptureServer Sink { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <param name="config">Alertmanager YAML; every <c>SINK</c> is replaced by the capture server's URL.</param>
    /// <param name="settings">Extra <c>AlertRouter:X</c> settings (keys without the prefix).</param>
    /// <param name="services">Further service overrides (e.g. a log capture).</param>
    public static async Task<PipelineApp> StartAsync(string config, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var sink = await CaptureServer.StartAsync();
        var time = new ManualTimeProvider();
        var all = new Dictionary<string, string>
        {
            ["Dispatcher:Enabled"] = "false",
            ["Delivery:Enabled"] = "false",
            ["Delivery:FastRetries"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var app = await TestApp.StartAsync(config.Replace("SINK", sink.Url, StringComparison.Ordinal), all, time, services);
        return new PipelineApp(app, time, sink);
    }

    /// <summary>Posts one webhook v4 message with these alerts (firing unless an end time is given).</summary>
    public async Task PostAsync(params WebhookAlertSpec[] alerts)
    {
        var body = new
        {
            version = "4",
            groupKey = "{}:{}",
            status = "firing",
            receiver = "am",
            alerts = alerts.Select(a => new
            {
                status = a.EndsAt is { } e && e <= Now ? "resolved" : "firing",
                labels = a.Labels,
                annotations = a.Annotations ?? new Dictionary<string, string>(),
                startsAt = (a.StartsAt ?? Now).ToString("O"),
                endsAt = (a.EndsAt ?? DateTimeOffset.MinValue).ToString("O"),
                generatorURL = "",
            }),
        };
        var response = await App.Api.PostAsJsonAsync("/api/v1/alerts", body);
        if ((int)response.StatusCode != 202)
        {
            throw new InvalidOperationException($"intake answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Moves the clock forward in steps, flushing and delivering whatever comes due on the way.</summary>
    public async Task AdvanceAsync(TimeSpan by, TimeSpan? step = null)
    {
        var end = Now + by;
        var stride = step ?? TimeSpan.FromMilliseconds(100);
        await TickAsync();
        while (Now < end)
        {
            Time.Advance(end - Now < stride ? end - Now : stride);
            await TickAsync();
        }
    }

    /// <summary>Runs every flush and delivery due now.</summary>
    public async Task TickAsync()
    {
        var owner = App.Services.GetRequiredService<IOptions<AlertRouterOptions>>().Value.EffectiveReplicaId;
        var dispatcher = App.Services.GetRequiredService<Dispatcher>();
        var delivery = App.Services.GetRequiredService<DeliveryWorker>();
        while (await dispatcher.RunBatchAsync(owner, default) + await delivery.DeliverDueAsync(owner, default) > 0)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

/// <summary>An alert as a test posts it; <paramref name="EndsAt"/> in the past makes it resolved.</summary>
public sealed record WebhookAlertSpec(Dictionary<string, string> Labels, DateTimeOffset? StartsAt = null, DateTimeOffset? EndsAt = null,
    Dictionary<string, string>? Annotations = null)
{
    public static WebhookAlertSpec Of(params (string Name, string Value)[] labels) =>
        new(labels.ToDictionary(l => l.Name, l => l.Value));
}
