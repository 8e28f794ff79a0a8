using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary>
/// <c>googlechat_configs</c> (AlertRouter's own; no Alertmanager has it): a space's incoming webhook URL, a secret.
/// Template fields hold Go template sources; null means AlertRouter's default. send_resolved defaults to true.
/// </summary>
public sealed record GoogleChatConfig() : IntegrationConfig("googlechat")
{
    public required Secret WebhookUrl { get; init; }

    /// <summary>The card header title and the plain-text fallback.</summary>
    public string? Title { get; init; }

    /// <summary>The card paragraph, in Google Chat's card HTML subset (rendered with html/template).</summary>
    public string? Text { get; init; }

    /// <summary>Reply in the group's thread (<c>threadKey</c> = SHA-256 of the group key).</summary>
    public bool Thread { get; init; } = true;

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Append(WebhookUrl);
}
