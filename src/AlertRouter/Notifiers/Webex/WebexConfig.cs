using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Webex;

/// <summary>
/// <c>webex_configs</c>: a bot posting Markdown to one room; the bot token is <c>http_config.authorization</c>.
/// <see cref="Message"/> null means Alertmanager's default template. send_resolved defaults to true.
/// </summary>
public sealed record WebexConfig() : IntegrationConfig("webex")
{
    /// <summary>Default global <c>webex_api_url</c>, https://webexapis.com/v1/messages.</summary>
    public string ApiUrl { get; init; } = WebexGlobals.DefaultApiUrl;

    /// <summary><c>room_id</c>: required; a template since Alertmanager 0.28.</summary>
    public required string RoomId { get; init; }

    public string? Message { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets();
}
