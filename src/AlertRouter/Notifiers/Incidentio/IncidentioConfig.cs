using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary>
/// <c>incidentio_configs</c> (Alertmanager 0.29): the webhook message (version "1") posted to an incident.io HTTP alert
/// source. send_resolved defaults to true, so incident.io resolves what it opened.
/// </summary>
public sealed record IncidentioConfig() : IntegrationConfig("incidentio")
{
    /// <summary><c>url</c> or the contents of <c>url_file</c>: the alert source's URL.</summary>
    public required Secret Url { get; init; }

    /// <summary><c>alert_source_token</c> or <c>alert_source_token_file</c>; sent as a Bearer token over http_config's.</summary>
    public Secret? AlertSourceToken { get; init; }

    /// <summary><c>max_alerts</c>: 0 sends every alert; otherwise the rest are counted in truncatedAlerts.</summary>
    public int MaxAlerts { get; init; }

    /// <summary><c>timeout</c>: 0 means Delivery's attempt timeout.</summary>
    public TimeSpan Timeout { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets()
    {
        var secrets = Http.Secrets().Prepend(Url);
        return AlertSourceToken is null ? secrets : secrets.Append(AlertSourceToken);
    }
}
