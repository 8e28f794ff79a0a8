using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.MSTeams;

/// <summary>
/// <c>msteams_configs</c> (Alertmanager 0.26; <c>summary</c> and <c>webhook_url_file</c> 0.27): a MessageCard posted to
/// an Office 365 connector. send_resolved defaults to true; template fields are null for Alertmanager's defaults.
/// </summary>
public sealed record MSTeamsConfig() : IntegrationConfig("msteams")
{
    /// <summary><c>webhook_url</c> or the contents of <c>webhook_url_file</c>.</summary>
    public required Secret WebhookUrl { get; init; }

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public string? Text { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Prepend(WebhookUrl);
}
