using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Pushover;

/// <summary>
/// <c>pushover_configs</c>: Pushover's fixed messages API with an application token and a user key. Template fields
/// hold Go template sources; null means Alertmanager's default template. send_resolved defaults to true.
/// </summary>
public sealed record PushoverConfig() : IntegrationConfig("pushover")
{
    public required Secret UserKey { get; init; }

    public required Secret Token { get; init; }

    public string? Title { get; init; }

    public string? Message { get; init; }

    public string? Url { get; init; }

    public string? UrlTitle { get; init; }

    /// <summary><c>device</c> (Alertmanager 0.27); sent only when configured, so that the default request stays 0.25's.</summary>
    public string? Device { get; init; }

    public string? Sound { get; init; }

    public string? Priority { get; init; }

    public TimeSpan Retry { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan Expire { get; init; } = TimeSpan.FromHours(1);

    /// <summary><c>ttl</c> (Alertmanager 0.27); sent when positive.</summary>
    public TimeSpan Ttl { get; init; }

    public bool Html { get; init; }

    /// <summary><c>monospace</c> (Alertmanager 0.27).</summary>
    public bool Monospace { get; init; }

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Concat([UserKey, Token]);
}
