using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// SMTP outcomes. A reply code decides where the server gave one: 4xx is transient (Retryable), 5xx permanent
/// (Permanent), with the server's own text; AlertRouter's redaction then removes any configured secret from it.
/// Connection and TLS failures are Retryable, as in Alertmanager. A refused AUTH (535) is Permanent(AuthError):
/// retrying a wrong password only risks locking the account, and the dead letter can be replayed after the fix.
/// </summary>
internal static class SmtpFailures
{
    public static DeliveryResult? Classify(Exception e, Smarthost host, EmailConfig config, string? mechanism) => e switch
    {
        NotSupportedException when e.Message.Contains("STARTTLS", StringComparison.Ordinal) => new Retryable(FailureReason.Other, null,
            $"'require_tls' is true (default) but \"{host}\" does not advertise the STARTTLS extension"),
        SslHandshakeException tls => new Retryable(FailureReason.Other, null,
            $"TLS handshake with {host} failed: {tls.InnerException?.Message ?? FirstLine(tls.Message)} " +
            "(a certificate not signed by a trusted CA needs tls_config ca_file, or insecure_skip_verify)"),
        AuthenticationException auth => Authentication(auth, host, mechanism ?? "SMTP"),
        ServiceNotAuthenticatedException refused => new Permanent(FailureReason.AuthError, 530, config.AuthUsername is { Length: > 0 }
            ? $"{host} requires authentication but advertises no AUTH mechanism before MAIL: {refused.Message}"
            : $"{host} requires authentication but no auth_username is configured: {refused.Message}"),
        SmtpCommandException command => Reply((int)command.StatusCode, command.Message, host, Step(command.ErrorCode)),
        SmtpProtocolException protocol => new Retryable(FailureReason.Other, null, $"SMTP protocol error with {host}: {protocol.Message}"),
        SocketException or IOException => new Retryable(FailureReason.Network, null, $"connection to {host} failed: {e.Message}"),
        _ => null,
    };

    /// <summary>A reply to MAIL FROM, RCPT TO or DATA.</summary>
    public static DeliveryResult Reply(int code, string text, Smarthost host, string step) => code switch
    {
        >= 400 and < 500 => new Retryable(FailureReason.ServerError, code, $"{host} deferred the mail at {step} ({code}): {text}"),
        >= 500 and < 600 => new Permanent(FailureReason.ClientError, code, $"{host} rejected the mail at {step} ({code}): {text}"),
        _ => new Retryable(FailureReason.Other, code, $"{host} answered {step} unexpectedly ({code}): {text}"),
    };

    /// <summary>
    /// After RCPT TO: all accepted → Delivered; some accepted → Delivered, each refusal reported (a resend would mail
    /// the accepted recipients again); none accepted → Retryable if any refusal was transient, else Permanent.
    /// </summary>
    public static DeliveryResult Recipients(IReadOnlyList<RefusedRecipient> refused, int total, Smarthost host)
    {
        if (refused.Count == 0)
        {
            return new Delivered(250);
        }

        var detail = $"{refused.Count} of {total} recipients refused by {host}: {string.Join("; ", refused)}";
        if (refused.Count < total)
        {
            return new Delivered(250) { Warning = detail };
        }

        var transient = refused.FirstOrDefault(r => r.Code is >= 400 and < 500);
        return transient is not null
            ? new Retryable(FailureReason.ServerError, transient.Code, detail)
            : new Permanent(FailureReason.ClientError, refused[0].Code, detail);
    }

    private static DeliveryResult Authentication(AuthenticationException e, Smarthost host, string mechanism)
    {
        // MailKit words a refused AUTH as "<code>: <server text>".
        var colon = e.Message.IndexOf(':', StringComparison.Ordinal);
        var code = colon == 3 && int.TryParse(e.Message.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        return code is >= 400 and < 500
            ? new Retryable(FailureReason.AuthError, code, $"temporary {mechanism} authentication failure at {host}: {e.Message}")
            : new Permanent(FailureReason.AuthError, code == 0 ? null : code,
                $"{mechanism} authentication at {host} failed (check auth_username and {(mechanism == "CRAM-MD5" ? "auth_secret" : "auth_password")}): {e.Message}");
    }

    private static string Step(SmtpErrorCode error) => error switch
    {
        SmtpErrorCode.SenderNotAccepted => "MAIL FROM",
        SmtpErrorCode.RecipientNotAccepted => "RCPT TO",
        SmtpErrorCode.MessageNotAccepted => "DATA",
        _ => "the conversation",
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
