using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace AlertRouter.Notifiers;

/// <summary>Maps an integration type (pagerduty, slack, email, webhook, ...) to its notifier.</summary>
internal sealed class NotifierRegistry(IEnumerable<INotifier> notifiers)
{
    private readonly FrozenDictionary<string, INotifier> _byIntegration =
        notifiers.ToFrozenDictionary(n => n.Integration, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Integrations => _byIntegration.Keys;

    public bool TryGet(string integration, [NotNullWhen(true)] out INotifier? notifier) =>
        _byIntegration.TryGetValue(integration, out notifier);

    public INotifier Get(string integration) =>
        TryGet(integration, out var notifier) ? notifier : throw new KeyNotFoundException($"no notifier for integration \"{integration}\"");

    public INotifier For(IntegrationConfig config) => Get(config.Type);

    /// <summary>Sends once through <paramref name="config"/>'s notifier (see <see cref="INotifier.NotifyAsync"/>).</summary>
    public Task<DeliveryResult> NotifyAsync(IntegrationConfig config, NotificationContext context, CancellationToken ct) =>
        For(config).NotifyAsync(config, context, ct);
}
