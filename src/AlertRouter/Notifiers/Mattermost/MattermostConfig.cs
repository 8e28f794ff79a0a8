using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Mattermost;

/// <summary>
/// <c>mattermost_configs</c> (Alertmanager 0.30; the flattened attachment fields and the global URL 0.32): a message
/// to an incoming webhook. send_resolved defaults to true. A null template is Alertmanager's default (username, text
/// and the attachment's fallback, color, title, title_link) or nothing.
/// </summary>
public sealed record MattermostConfig() : IntegrationConfig("mattermost")
{
    /// <summary><c>webhook_url</c> or <c>webhook_url_file</c>, else the global <c>mattermost_webhook_url(_file)</c>.</summary>
    public required Secret WebhookUrl { get; init; }

    public string? Channel { get; init; }

    public string? Username { get; init; }

    public string? Text { get; init; }

    public string? IconUrl { get; init; }

    public string? IconEmoji { get; init; }

    /// <summary><c>type</c>: the post type.</summary>
    public string? MessageType { get; init; }

    /// <summary>The attachment built from the top-level fields (0.32+), used when <see cref="Attachments"/> is empty.</summary>
    public MattermostAttachmentConfig Attachment { get; init; } = new();

    /// <summary><c>attachments</c> (deprecated in 0.32): each sent as configured, beside the top-level <c>text</c>.</summary>
    public IReadOnlyList<MattermostAttachmentConfig> Attachments { get; init; } = [];

    /// <summary><c>props.card</c>: sent only when set.</summary>
    public string? PropsCard { get; init; }

    /// <summary><c>priority</c>: sent only when its <c>priority</c> is set.</summary>
    public MattermostPriority? Priority { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Prepend(WebhookUrl);
}
