using System.Net.Sockets;
using AlertRouter.Notifiers.Templates;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// <c>email_configs</c> through MailKit, one SMTP conversation per notification bounded by
/// <see cref="NotifierOptions.SmtpTimeout"/>: implicit TLS on port 465 (or as force_implicit_tls says), otherwise
/// STARTTLS when require_tls (the default), the <c>hello</c> name in EHLO, AUTH as <see cref="SmtpAuth"/> chooses,
/// tls_config as <see cref="SmtpTls"/> applies it. Outcomes: see <see cref="SmtpFailures"/>; template, address,
/// header and tls_config errors are Permanent(ClientError).
/// </summary>
internal sealed class EmailNotifier(TemplateEngine engine, TimeProvider time, IOptions<NotifierOptions> options, ILogger<EmailNotifier> logger)
    : NotifierBase<EmailConfig>(logger)
{
    public override string Integration => "email";

    protected override async Task<DeliveryResult> SendAsync(EmailConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Smarthost.TryParse(config.Smarthost, out var host, out var error))
        {
            return new Permanent(FailureReason.ClientError, null, error);
        }

        OutgoingEmail email;
        SmtpTls tls;
        try
        {
            email = EmailMessageBuilder.Build(config, engine.For(Integration, context), context, time.GetUtcNow());
            tls = SmtpTls.Load(config.Tls);
        }
        catch (FormatException e)
        {
            return new Permanent(FailureReason.ClientError, null, $"invalid address: {e.Message}");
        }
        catch (ArgumentException e)
        {
            return new Permanent(FailureReason.ClientError, null, $"invalid header: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            return new Permanent(FailureReason.ClientError, null, $"parse TLS configuration: {e.Message}");
        }

        using (email)
        using (tls)
        using (var client = new AlertSmtpClient { LocalDomain = config.Hello })
        using (var timeout = new CancellationTokenSource(options.Value.SmtpTimeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
        {
            tls.Apply(client);
            SaslMechanism? mechanism = null;
            try
            {
                await ConnectAsync(client, host, config, linked.Token);
                if (client.Capabilities.HasFlag(MailKit.Net.Smtp.SmtpCapabilities.Authentication))
                {
                    mechanism = SmtpAuth.Choose(config, client.AuthenticationMechanisms, out var authError);
                    if (authError is not null)
                    {
                        return new Permanent(FailureReason.AuthError, null, $"find auth mechanism: {authError}");
                    }

                    if (mechanism is not null && SmtpAuth.PlainRefused(mechanism, client.IsSecure, host.Host))
                    {
                        return new Permanent(FailureReason.AuthError, null,
                            $"PLAIN authentication at {host} refused: unencrypted connection (use require_tls or implicit TLS)");
                    }

                    if (mechanism is not null)
                    {
                        await client.AuthenticateAsync(mechanism, linked.Token);
                    }
                }

                await client.SendAsync(email.Message, email.Sender, email.Recipients, linked.Token);
                await client.DisconnectAsync(quit: true, linked.Token);
                var result = SmtpFailures.Recipients(client.Refused, email.Recipients.Count, host);
                if (result is Delivered { Warning: { } warning })
                {
                    logger.RecipientsRefused(context.Receiver, SecretRedactor.Redact(warning, config));
                }

                return result;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return new Retryable(FailureReason.Timeout, null,
                    $"SMTP conversation with {host} timed out after {options.Value.SmtpTimeout.TotalSeconds:0.###}s");
            }
            catch (MailKit.Net.Smtp.SmtpCommandException) when (client.Refused.Count == email.Recipients.Count)
            {
                return SmtpFailures.Recipients(client.Refused, email.Recipients.Count, host);
            }
            catch (Exception e) when (SmtpFailures.Classify(e, host, config, mechanism?.MechanismName) is { } failure)
            {
                return failure;
            }
        }
    }

    // The socket is opened here so that tls_config.server_name, not the smarthost host, is the name MailKit sends as
    // SNI and verifies in the certificate.
    private static async Task ConnectAsync(AlertSmtpClient client, Smarthost host, EmailConfig config, CancellationToken ct)
    {
        var security = host.ImplicitTls(config.ForceImplicitTls) ? SecureSocketOptions.SslOnConnect
            : config.RequireTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(host.Host, host.Port, ct);
            await client.ConnectAsync(socket, config.Tls.ServerName is { Length: > 0 } name ? name : host.Host, host.Port, security, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
