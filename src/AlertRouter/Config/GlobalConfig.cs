using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Config;

/// <summary>The <c>global:</c> section with Alertmanager's defaults; integrations inherit from it at load.</summary>
public sealed record GlobalConfig
{
    public static readonly GlobalConfig Default = new();

    public TimeSpan ResolveTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public HttpClientConfig HttpConfig { get; init; } = HttpClientConfig.Default;

    public string? SmtpFrom { get; init; }

    public string SmtpHello { get; init; } = "localhost";

    public string? SmtpSmarthost { get; init; }

    public string? SmtpAuthUsername { get; init; }

    public Secret? SmtpAuthPassword { get; init; }

    public Secret? SmtpAuthSecret { get; init; }

    public string? SmtpAuthIdentity { get; init; }

    public bool SmtpRequireTls { get; init; } = true;

    /// <summary><c>smtp_tls_config</c> (Alertmanager 0.28): the tls_config of an email config that sets none.</summary>
    public TlsConfig SmtpTlsConfig { get; init; } = TlsConfig.Default;

    /// <summary><c>smtp_force_implicit_tls</c> (Alertmanager 0.31).</summary>
    public bool? SmtpForceImplicitTls { get; init; }

    public Secret? SlackApiUrl { get; init; }

    public Secret? SlackAppToken { get; init; }

    public string SlackAppUrl { get; init; } = "https://slack.com/api/chat.postMessage";

    public string PagerDutyUrl { get; init; } = "https://events.pagerduty.com/v2/enqueue";

    /// <summary>Unset <c>${VAR}</c>s per global field name (e.g. <c>smtp_auth_password</c>); inherited by integrations.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Missing { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    internal IReadOnlyList<string> MissingFor(params string[] fields) =>
        fields.SelectMany(f => Missing.TryGetValue(f, out var m) ? m : []).Distinct(StringComparer.Ordinal).ToList();
}
