using MailKit.Security;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// The SASL mechanism Alertmanager would use (notify/email auth()): only when auth_username is set, the first of the
/// server's advertised mechanisms, in the server's order, that the config can satisfy. CRAM-MD5 needs auth_secret,
/// PLAIN (with auth_identity as the authorisation identity) and LOGIN need auth_password.
/// </summary>
internal static class SmtpAuth
{
    /// <returns>The mechanism, or null with <paramref name="error"/> null when nothing is to be authenticated.</returns>
    public static SaslMechanism? Choose(EmailConfig config, IEnumerable<string> advertised, out string? error)
    {
        error = null;
        if (config.AuthUsername is not { Length: > 0 } user)
        {
            return null;
        }

        var password = config.AuthPassword?.Reveal() ?? "";
        var problems = new List<string>();
        var offered = advertised.ToList();
        foreach (var mechanism in offered)
        {
            switch (mechanism.ToUpperInvariant())
            {
                case "CRAM-MD5" when config.AuthSecret?.Reveal() is { Length: > 0 } secret:
                    return new SaslMechanismCramMd5(user, secret);
                case "CRAM-MD5":
                    problems.Add("missing secret for CRAM-MD5 auth mechanism");
                    break;
                case "PLAIN" when password.Length > 0:
                    return new SaslMechanismPlain(user, password) { AuthorizationId = config.AuthIdentity ?? "" };
                case "PLAIN" or "LOGIN" when password.Length == 0:
                    problems.Add($"missing password for {mechanism.ToUpperInvariant()} auth mechanism");
                    break;
                case "LOGIN":
                    return new SaslMechanismLogin(user, password);
            }
        }

        error = problems.Count > 0 ? string.Join("; ", problems) : "unknown auth mechanism: " + string.Join(" ", offered);
        return null;
    }

    /// <summary>
    /// Go's smtp.PlainAuth sends the password in the clear only to localhost: anywhere else PLAIN needs TLS.
    /// </summary>
    public static bool PlainRefused(SaslMechanism mechanism, bool secure, string host) =>
        mechanism is SaslMechanismPlain && !secure && host is not ("localhost" or "127.0.0.1" or "::1");
}
