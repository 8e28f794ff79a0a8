namespace AlertRouter.Notifiers;

/// <summary>
/// Why a delivery attempt failed; the <c>reason</c> label of <c>alertrouter_notifications_failed_total</c>.
/// Alertmanager's reasons plus timeout and network, which it folds into context errors.
/// </summary>
public enum FailureReason
{
    ClientError,
    ServerError,
    RateLimited,
    AuthError,
    Timeout,
    Network,
    Other,
}

public static class FailureReasons
{
    public static readonly IReadOnlyList<FailureReason> All = Enum.GetValues<FailureReason>();

    /// <summary>The metric label value: clientError, serverError, rateLimited, authError, timeout, network, other.</summary>
    public static string Label(this FailureReason reason) => reason switch
    {
        FailureReason.ClientError => "clientError",
        FailureReason.ServerError => "serverError",
        FailureReason.RateLimited => "rateLimited",
        FailureReason.AuthError => "authError",
        FailureReason.Timeout => "timeout",
        FailureReason.Network => "network",
        _ => "other",
    };

    /// <summary>Alertmanager's status mapping (notify/util.go): 401/403 auth, 429 rate limit, 4xx client, 5xx server.</summary>
    public static FailureReason FromStatus(int status) => status switch
    {
        401 or 403 => FailureReason.AuthError,
        429 => FailureReason.RateLimited,
        >= 400 and < 500 => FailureReason.ClientError,
        >= 500 and < 600 => FailureReason.ServerError,
        _ => FailureReason.Other,
    };
}
