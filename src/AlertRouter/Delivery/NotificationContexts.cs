using AlertRouter.Core;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Delivery;

/// <summary>Builds what a notifier renders from a queued notification, as Alertmanager's retry stage prepares it.</summary>
internal sealed class NotificationContexts(IOptions<AlertRouterOptions> host)
{
    public string ExternalUrl =>
        (host.Value.ExternalUrl ?? host.Value.ApiUrl.Replace("://0.0.0.0", "://" + Environment.MachineName, StringComparison.Ordinal)).TrimEnd('/');

    public NotificationContext For(ClaimedNotification n, IntegrationConfig integration)
    {
        var alerts = n.Payload.Alerts
            .Where(a => integration.SendResolved || !a.Resolved)
            .Select(a => new Alert(a.Labels, a.Annotations, a.StartsAt, a.EndsAt, a.GeneratorUrl))
            .ToList();

        // A first notification starts a new thread/message: Alertmanager resets the receiver data then.
        var receiverData = n.Reason == NotifyReasons.Text(NotifyReason.FirstNotification) ? new Dictionary<string, string>() : n.Nflog?.ReceiverData;
        return new NotificationContext(n.Receiver, n.GroupKey, n.Payload.GroupLabels, alerts, n.FlushAt, ExternalUrl)
        {
            ReceiverData = receiverData ?? new Dictionary<string, string>(),
            NotificationId = n.Id,
        };
    }
}
