using System.Text;

namespace AlertRouter.Notifiers.Http;

/// <summary>Alertmanager's <c>http_config</c>, reduced to what AlertRouter's notifiers honour.</summary>
public sealed record HttpClientConfig
{
    public static readonly HttpClientConfig Default = new();

    /// <summary><c>authorization: {type, credentials}</c>; type defaults to Bearer.</summary>
    public string AuthorizationType { get; init; } = "Bearer";

    public Secret? AuthorizationCredentials { get; init; }

    public string? BasicAuthUsername { get; init; }

    public Secret? BasicAuthPassword { get; init; }

    /// <summary><c>tls_config.insecure_skip_verify</c>.</summary>
    public bool InsecureSkipVerify { get; init; }

    public string? ProxyUrl { get; init; }

    public bool FollowRedirects { get; init; } = true;

    /// <summary>The credentials, and the Basic authorization built from them, which a server may echo back.</summary>
    public IEnumerable<Secret> Secrets()
    {
        if (AuthorizationCredentials is not null)
        {
            yield return AuthorizationCredentials;
        }

        if (BasicAuthPassword is not null)
        {
            yield return BasicAuthPassword;
            if (BasicAuthUsername is { } user)
            {
                yield return new Secret(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{BasicAuthPassword.Reveal()}")));
            }
        }
    }
}
