using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.VictorOps;

/// <summary>
/// <c>victorops_configs</c>: the REST endpoint's <c>api_url</c> (default <c>global.victorops_api_url</c>, always ending
/// in "/") followed by the API key and the routing key. Template fields hold Go template sources; null means
/// Alertmanager's default template. send_resolved defaults to true.
/// </summary>
public sealed record VictorOpsConfig() : IntegrationConfig("victorops")
{
    public Secret? ApiKey { get; init; }

    public required string ApiUrl { get; init; }

    public required string RoutingKey { get; init; }

    public string? MessageType { get; init; }

    public string? StateMessage { get; init; }

    public string? EntityDisplayName { get; init; }

    public string? MonitoringTool { get; init; }

    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Concat(new[] { ApiKey }.OfType<Secret>());
}
