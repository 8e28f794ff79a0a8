using AlertRouter.Config;
using AlertRouter.Core;
using AlertRouter.Delivery;
using AlertRouter.Grouping;
using AlertRouter.Health;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Ui;

/// <summary>
/// <c>GET /api/v1/status</c>: the overview in one request on the API listener (health lives on the ops listener,
/// which a browser pointed at the API port may not reach). Counts come from the store, so every replica agrees;
/// circuit state and last success/failure are this replica's own.
/// </summary>
internal static class StatusApi
{
    // Worst first: a receiver shows the worst state among its integrations.
    private static readonly string[] Severity = ["circuit_open", "failing", "dead_letters", "unconfigured", "ok", "idle"];

    public static async Task<IResult> GetAsync(IAlertStore alertStore, IGroupStore groupStore, INotificationStore notifications,
        IRouterConfigProvider provider, LaneRegistry lanes, HealthAggregator health, ProcessClock clock,
        IOptionsMonitor<ApiOptions> api, IOptions<AlertRouterOptions> host, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var config = provider.Current;
        var alerts = await alertStore.ListAsync(new AlertQuery(null, now, int.MaxValue), ct);
        var suppression = await SuppressionView.CreateAsync(alertStore, config, now, ct);
        var firing = alerts.Where(a => !a.Alert.IsResolvedAt(now)).Select(a => a.Alert).ToList();
        var inhibited = firing.Where(a => suppression.InhibitedBy(a).Count > 0).Select(a => a.Fingerprint).ToHashSet();
        var muted = firing.Where(a => suppression.MutedBy(a).Count > 0).Select(a => a.Fingerprint).ToHashSet();
        var (groups, nextFlush) = await groupStore.StatsAsync(ct);
        var queue = await notifications.StatsAsync(now, ct);
        var report = await health.CheckAsync(ct);

        return TypedResults.Json(new StatusView(
            BuildInfo.Version,
            host.Value.EffectiveReplicaId,
            now,
            clock.UptimeSeconds,
            !string.IsNullOrEmpty(api.CurrentValue.AdminToken),
            new HealthSummaryView(report.Status.ToString().ToLowerInvariant(), [.. report.Components.SelectMany(c => c.Issues.Select(i => $"{c.Name}: {i}"))]),
            new AlertCountsView(firing.Count, inhibited.Union(muted).Count(), inhibited.Count, muted.Count, alerts.Count - firing.Count),
            new GroupCountsView(groups, nextFlush),
            new QueueView(queue.Depth.Values.Sum(), queue.DeadLetters.Values.Sum(), Math.Round(queue.OldestAge.TotalSeconds, 3)),
            Config(config, provider.Status),
            [.. config.ReceiverList.Select(r => Receiver(r, lanes, queue))]), UiJsonContext.Default.StatusView);
    }

    private static ConfigStatusView Config(RouterConfig config, ConfigReloadStatus status) => new(
        config.Hash,
        config.LoadedAt,
        config.Sources,
        [.. config.Warnings.Select(w => w.ToString())],
        config.ReceiverList.Count,
        config.RoutesById.Count,
        config.InhibitRules.Count,
        new ReloadStatusView(status.LastAttemptAt, status.LastSucceeded, status.LastSuccessAt, status.LastTrigger, [.. status.Errors.Select(e => e.ToString())]));

    private static ReceiverStatusView Receiver(Config.Receiver receiver, LaneRegistry lanes, QueueStats queue)
    {
        var integrations = receiver.Integrations.Select(i =>
        {
            var lane = lanes.All.FirstOrDefault(l => l.Receiver == receiver.Name && l.Integration == i.Name);
            var circuit = lane?.CircuitValue ?? 0;
            var queued = queue.Depth.GetValueOrDefault((receiver.Name, i.Name));
            var dead = queue.DeadLetters.GetValueOrDefault((receiver.Name, i.Name));
            var state = !i.IsConfigured ? "unconfigured"
                : circuit > 0 ? "circuit_open"
                : lane?.LastFailure is { } failed && (lane.LastSuccess is not { } ok || failed > ok) ? "failing"
                : dead > 0 ? "dead_letters"
                : lane?.LastSuccess is not null ? "ok"
                : "idle";
            return new IntegrationStatusView(i.Name, i.Type, i.IsConfigured, state, circuit switch { 2 => "open", 1 => "half-open", _ => "closed" },
                queued, dead, lane?.LastSuccess, lane?.LastFailure, lane?.LastError);
        }).ToList();
        var worst = integrations.Count == 0 ? "idle" : Severity.First(s => integrations.Any(i => i.Health == s));
        return new ReceiverStatusView(receiver.Name, worst, integrations);
    }
}
