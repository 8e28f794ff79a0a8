namespace AlertRouter.Notifiers;

/// <summary>
/// Sends one notification through one integration, once: no retries, no pacing, no circuit breaking (Delivery wraps
/// those around it). Like Alertmanager's <c>Notifier.Notify</c>, the result says whether a failure is worth retrying.
/// Implementations never put a secret into <see cref="DeliveryResult.Error"/>.
/// </summary>
public interface INotifier
{
    /// <summary>The integration type this notifier serves: pagerduty, slack, email or webhook.</summary>
    string Integration { get; }

    Task<DeliveryResult> NotifyAsync(IntegrationConfig config, NotificationContext context, CancellationToken ct);
}
