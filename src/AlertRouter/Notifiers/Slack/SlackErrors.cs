namespace AlertRouter.Notifiers.Slack;

/// <summary>Slack's error codes (Web API <c>ok:false</c> and incoming-webhook bodies) as delivery outcomes.</summary>
internal static class SlackErrors
{
    private static readonly HashSet<string> RateLimited = ["rate_limited", "ratelimited"];

    private static readonly HashSet<string> Transient =
        ["internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org"];

    private static readonly HashSet<string> Auth =
    [
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission",
        "missing_scope", "not_allowed_token_type", "ekm_access_denied", "access_denied", "org_login_required",
        "two_factor_setup_required", "invalid_token", "action_prohibited",
    ];

    /// <summary>
    /// rate_limited → Retryable(RateLimited); Slack's transient failures → Retryable(ServerError); token problems →
    /// Permanent(AuthError); everything else (channel_not_found, not_in_channel, is_archived, msg_too_long, no_text,
    /// too_many_attachments, invalid_blocks, …) → Permanent(ClientError).
    /// </summary>
    public static DeliveryResult Classify(string code, int? status, string message, TimeSpan? retryAfter)
    {
        if (RateLimited.Contains(code))
        {
            return new Retryable(FailureReason.RateLimited, status, message, retryAfter);
        }

        if (Transient.Contains(code))
        {
            return new Retryable(FailureReason.ServerError, status, message, retryAfter);
        }

        return new Permanent(Auth.Contains(code) ? FailureReason.AuthError : FailureReason.ClientError, status, message);
    }

    /// <summary>True when an incoming webhook's error body is one of Slack's codes (e.g. <c>invalid_token</c>).</summary>
    public static bool LooksLikeCode(string body) =>
        body.Length is > 0 and < 64 && body.All(c => char.IsAsciiLetterLower(c) || c == '_');
}
