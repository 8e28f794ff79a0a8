using System.Net;
using System.Net.Mail;
using AlertRouter.Notifiers.Templates;
using Microsoft.Extensions.Options;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// <c>email_configs</c> through System.Net.Mail: STARTTLS when require_tls (the default), AUTH (LOGIN) when
/// auth_username is set, one SMTP conversation per notification bounded by <see cref="NotifierOptions.SmtpTimeout"/>.
/// Outcomes: see <see cref="SmtpFailures"/>; address and header errors are Permanent(ClientError).
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

        MailMessage message;
        try
        {
            message = EmailMessageBuilder.Build(config, engine.For(Integration, context), context);
        }
        catch (FormatException e)
        {
            return new Permanent(FailureReason.ClientError, null, $"invalid address: {e.Message}");
        }
        catch (ArgumentException e)
        {
            return new Permanent(FailureReason.ClientError, null, $"invalid header: {e.Message}");
        }

        using (message)
        using (var client = new SmtpClient(host.Host, host.Port))
        using (var timeout = new CancellationTokenSource(options.Value.SmtpTimeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
        {
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            client.EnableSsl = config.RequireTls;
            client.UseDefaultCredentials = false;
            if (config.AuthUsername is { Length: > 0 } user)
            {
                client.Credentials = new NetworkCredential(user, config.AuthPassword?.Reveal() ?? "");
            }

            SmtpCertificateValidation.Use(config.InsecureSkipVerify);
            try
            {
                await client.SendMailAsync(message, linked.Token);
                return new Delivered(null);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return new Retryable(FailureReason.Timeout, null,
                    $"SMTP conversation with {host} timed out after {options.Value.SmtpTimeout.TotalSeconds:0.###}s");
            }
            catch (SmtpException e)
            {
                return SmtpFailures.Classify(e, host, config.RequireTls, config.AuthUsername is { Length: > 0 });
            }
            catch (InvalidOperationException e)
            {
                return new Permanent(FailureReason.ClientError, null, $"cannot send through {host}: {e.Message}");
            }
        }
    }
}
