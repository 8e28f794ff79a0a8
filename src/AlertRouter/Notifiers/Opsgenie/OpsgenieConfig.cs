using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>
/// <c>opsgenie_configs</c>: Alert API v2 at <c>api_url</c> (default <c>global.opsgenie_api_url</c>, always ending in
/// "/") with a GenieKey. Template fields hold Go template sources; null means Alertmanager's default template.
/// send_resolved defaults to true.
/// </summary>
public sealed record OpsgenieConfig() : IntegrationConfig("opsgenie")
{
    public Secret? ApiKey { get; init; }

    public required string ApiUrl { get; init; }

    public string? Message { get; init; }

    public string? Description { get; init; }

    public string? Source { get; init; }

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    public string? Entity { get; init; }

    public IReadOnlyList<OpsgenieResponder> Responders { get; init; } = [];

    public string? Actions { get; init; }

    public string? Tags { get; init; }

    public string? Note { get; init; }

    public string? Priority { get; init; }

    /// <summary>After the create, PUT the message and description on the alias (an existing alert is not re-created).</summary>
    public bool UpdateAlerts { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Concat(new[] { ApiKey }.OfType<Secret>());
}
