using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>
/// <c>pagerduty_configs</c> (Events API v2 with routing_key, v1 with service_key). Template fields hold
/// Go template sources; null means Alertmanager's default template. send_resolved defaults to true.
/// </summary>
public sealed record PagerDutyConfig() : IntegrationConfig("pagerduty")
{
    public Secret? RoutingKey { get; init; }

    public Secret? ServiceKey { get; init; }

    /// <summary><c>url</c>, default <c>global.pagerduty_url</c> = https://events.pagerduty.com/v2/enqueue.</summary>
    public required string Url { get; init; }

    public string? Client { get; init; }

    public string? ClientUrl { get; init; }

    public string? Description { get; init; }

    /// <summary>Configured default severity; the alert's own severity label wins when it is a PagerDuty severity.</summary>
    public string Severity { get; init; } = "error";

    public string? Source { get; init; }

    public string? Class { get; init; }

    public string? Component { get; init; }

    public string? Group { get; init; }

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<PagerDutyImage> Images { get; init; } = [];

    public IReadOnlyList<PagerDutyLink> Links { get; init; } = [];

    /// <summary>AlertRouter extension <c>dedup_key_mode</c>: group (Alertmanager's) or alert (one incident per alert).</summary>
    public PagerDutyDedupKeyMode DedupKeyMode { get; init; } = PagerDutyDedupKeyMode.Group;

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() =>
        Http.Secrets().Concat(new[] { RoutingKey, ServiceKey }.OfType<Secret>());
}

public sealed record PagerDutyImage(string? Src, string? Alt, string? Href);

public sealed record PagerDutyLink(string? Href, string? Text);

public enum PagerDutyDedupKeyMode
{
    Group,
    Alert,
}
