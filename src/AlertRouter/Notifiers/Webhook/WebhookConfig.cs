using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Webhook;

/// <summary><c>webhook_configs</c>: posts Alertmanager's webhook v4 message. send_resolved defaults to true.</summary>
public sealed record WebhookConfig() : IntegrationConfig("webhook")
{
    /// <summary><c>url</c> or the contents of <c>url_file</c>; a secret, since webhook URLs often carry tokens.</summary>
    public required Secret Url { get; init; }

    /// <summary><c>max_alerts</c>: 0 sends every alert; otherwise the rest are counted in truncatedAlerts.</summary>
    public int MaxAlerts { get; init; }

    /// <summary><c>timeout</c>: 0 means AlertRouter's per-attempt default.</summary>
    public TimeSpan Timeout { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Prepend(Url);
}
