using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// SmtpClient's exceptions as delivery outcomes. Connection, TLS and transient (4xx) failures are Retryable, like
/// Alertmanager's. An authentication failure is Permanent(AuthError): retrying a wrong password only risks locking
/// the account at the provider, and the dead letter can be replayed after the fix. SmtpClient does not report a
/// rejected AUTH (535) itself: it carries on unauthenticated and the server refuses MAIL FROM with 530, which is what
/// is seen here. Permanent 5xx rejections (unknown mailbox, relay denied) are Permanent(ClientError).
/// </summary>
internal static class SmtpFailures
{
    public static DeliveryResult Classify(SmtpException e, Smarthost host, bool requireTls, bool hasCredentials)
    {
        var code = (int)e.StatusCode;
        if (e is SmtpFailedRecipientsException { InnerExceptions.Length: > 0 } many)
        {
            code = many.InnerExceptions.Select(i => (int)i.StatusCode).Min();
        }

        var detail = Detail(e);
        if (e.InnerException is AuthenticationException tls)
        {
            return new Retryable(FailureReason.Other, null,
                $"TLS handshake with {host} failed: {tls.Message} (an untrusted certificate needs tls_config insecure_skip_verify)");
        }

        if (e.InnerException is SocketException or IOException)
        {
            return new Retryable(FailureReason.Network, null, $"connection to {host} failed: {detail}");
        }

        if (requireTls && e.StatusCode == SmtpStatusCode.GeneralFailure && e.Message.Contains("secure connection", StringComparison.OrdinalIgnoreCase))
        {
            return new Retryable(FailureReason.Other, null,
                $"'require_tls' is true (default) but \"{host}\" does not advertise the STARTTLS extension");
        }

        return code switch
        {
            530 when detail.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase) => new Permanent(
                FailureReason.ClientError, null, $"{host} requires STARTTLS but require_tls is false: {detail}"),
            530 or 534 or 535 or 538 => new Permanent(FailureReason.AuthError, null, hasCredentials
                ? $"authentication at {host} failed (check auth_username and auth_password): {detail}"
                : $"{host} requires authentication but no auth_username is configured: {detail}"),
            454 => new Retryable(FailureReason.AuthError, null, $"temporary authentication failure at {host}: {detail}"),
            >= 400 and < 500 => new Retryable(FailureReason.ServerError, null, $"{host} deferred the mail ({code}): {detail}"),
            >= 500 and < 600 => new Permanent(FailureReason.ClientError, null, $"{host} rejected the mail ({code}): {detail}"),
            _ => new Retryable(FailureReason.Other, null, $"sending through {host} failed: {detail}"),
        };
    }

    private static string Detail(Exception e) =>
        e.InnerException is { Message.Length: > 0 } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{e.Message} ({inner.Message})"
            : e.Message;
}
