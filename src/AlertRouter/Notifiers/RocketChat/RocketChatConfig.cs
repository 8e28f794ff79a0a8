using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>
/// <c>rocketchat_configs</c> (Alertmanager 0.28): chat.postMessage with a personal access token (<c>token</c>) and
/// its user id (<c>token_id</c>). Template fields null mean Alertmanager's defaults. send_resolved defaults to false
/// (the code's default; Alertmanager's docs say true).
/// </summary>
public sealed record RocketChatConfig() : IntegrationConfig("rocketchat")
{
    /// <summary>Default global <c>rocketchat_api_url</c>, https://open.rocket.chat/.</summary>
    public string ApiUrl { get; init; } = RocketChatGlobals.DefaultApiUrl;

    public Secret? Token { get; init; }

    public Secret? TokenId { get; init; }

    public string? Channel { get; init; }

    public string? Color { get; init; }

    public string? Emoji { get; init; }

    public string? IconUrl { get; init; }

    public string? Text { get; init; }

    public string? Title { get; init; }

    public string? TitleLink { get; init; }

    public string? ImageUrl { get; init; }

    public string? ThumbUrl { get; init; }

    public IReadOnlyList<RocketChatField> Fields { get; init; } = [];

    public bool ShortFields { get; init; }

    public IReadOnlyList<RocketChatAction> Actions { get; init; } = [];

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Concat(new[] { Token, TokenId }.OfType<Secret>());
}

/// <summary>An attachment field: title and value are templates; <c>short</c> falls back to short_fields.</summary>
public sealed record RocketChatField(string? Title, string? Value, bool? Short);

/// <summary>An attachment button: text, url and msg are templates.</summary>
public sealed record RocketChatAction(string? Text, string? Url, string? Msg);
