using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Discord;

/// <summary>
/// <c>discord_configs</c>: a channel webhook (<c>webhook_url</c>, a secret) and one embed. Template fields null mean
/// Alertmanager's default templates. send_resolved defaults to true.
/// </summary>
public sealed record DiscordConfig() : IntegrationConfig("discord")
{
    public required Secret WebhookUrl { get; init; }

    public string? Title { get; init; }

    public string? Message { get; init; }

    /// <summary><c>content</c> (Alertmanager 0.28): text above the embed; default empty.</summary>
    public string? Content { get; init; }

    /// <summary><c>username</c> (0.28): overrides the webhook's name; not templated.</summary>
    public string? Username { get; init; }

    /// <summary><c>avatar_url</c> (0.28): overrides the webhook's avatar; not templated.</summary>
    public string? AvatarUrl { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Prepend(WebhookUrl);
}
