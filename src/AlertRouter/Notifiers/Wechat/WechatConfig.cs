using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>
/// <c>wechat_configs</c>: WeChat Work's API at <c>api_url</c> (default <c>global.wechat_api_url</c>, always ending in
/// "/"), a token fetched with corp_id and api_secret. Template fields hold Go template sources; null means
/// Alertmanager's default template. send_resolved defaults to false.
/// </summary>
public sealed record WechatConfig() : IntegrationConfig("wechat")
{
    public required Secret ApiSecret { get; init; }

    public required string CorpId { get; init; }

    public required string ApiUrl { get; init; }

    public string? Message { get; init; }

    public string? ToUser { get; init; }

    public string? ToParty { get; init; }

    public string? ToTag { get; init; }

    public string? AgentId { get; init; }

    /// <summary><c>text</c> (default) or <c>markdown</c>.</summary>
    public string MessageType { get; init; } = "text";

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Append(ApiSecret);
}
