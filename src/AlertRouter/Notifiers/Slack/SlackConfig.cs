using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// <c>slack_configs</c>: an incoming webhook (<c>api_url</c>) or a bot token (<c>app_token</c> + <c>channel</c>,
/// posted to <c>app_url</c>). Template fields hold Go template sources; null means Alertmanager's default template.
/// send_resolved defaults to false.
/// </summary>
public sealed record SlackConfig() : IntegrationConfig("slack")
{
    public Secret? ApiUrl { get; init; }

    public Secret? AppToken { get; init; }

    /// <summary>Default https://slack.com/api/chat.postMessage; chat.update is derived from it.</summary>
    public string AppUrl { get; init; } = SlackGlobals.DefaultAppUrl;

    public string? Channel { get; init; }

    public string? Username { get; init; }

    public string? Color { get; init; }

    public string? Title { get; init; }

    public string? TitleLink { get; init; }

    public string? Pretext { get; init; }

    public string? Text { get; init; }

    public string? Footer { get; init; }

    public string? Fallback { get; init; }

    public string? CallbackId { get; init; }

    public string? IconEmoji { get; init; }

    public string? IconUrl { get; init; }

    public string? ImageUrl { get; init; }

    public string? ThumbUrl { get; init; }

    public bool LinkNames { get; init; }

    public bool ShortFields { get; init; }

    public IReadOnlyList<string> MrkdwnIn { get; init; } = ["fallback", "pretext", "text"];

    public IReadOnlyList<SlackField> Fields { get; init; } = [];

    public IReadOnlyList<SlackAction> Actions { get; init; } = [];

    /// <summary><c>update_message</c>: with a bot token, edit the group's message instead of posting anew. Default true.</summary>
    public bool UpdateMessage { get; init; } = true;

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() =>
        Http.Secrets().Concat(new[] { ApiUrl, AppToken }.OfType<Secret>());
}

public sealed record SlackField(string Title, string Value, bool? Short);

public sealed record SlackAction(string Type, string Text, string? Url, string? Style, string? Name, string? Value);
