using System.Collections.Concurrent;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>One Alertmanager 0.25 run per variant, shared by every kind's comparison.</summary>
public sealed class AlertmanagerRuns
{
    private readonly ConcurrentDictionary<string, Lazy<Task<AlertmanagerReceiverRun>>> _runs = new(StringComparer.Ordinal);

    internal Task<AlertmanagerReceiverRun> ForAsync(string variant) =>
        _runs.GetOrAdd(variant, v => new Lazy<Task<AlertmanagerReceiverRun>>(() => AlertmanagerReceiverRun.StartAsync(v))).Value;
}
