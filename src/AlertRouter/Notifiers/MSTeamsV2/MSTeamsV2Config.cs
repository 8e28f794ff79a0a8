using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>
/// <c>msteamsv2_configs</c> (Alertmanager 0.28): an Adaptive Card posted to a Teams Workflows webhook. send_resolved
/// defaults to true; <see cref="Title"/> and <see cref="Text"/> are null for Alertmanager's defaults.
/// </summary>
public sealed record MSTeamsV2Config() : IntegrationConfig("msteamsv2")
{
    /// <summary><c>webhook_url</c> or the contents of <c>webhook_url_file</c>: the flow's URL, signed in its query.</summary>
    public required Secret WebhookUrl { get; init; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Prepend(WebhookUrl);
}
