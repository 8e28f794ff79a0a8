using MailKit.Net.Smtp;
using MimeKit;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// An SMTP client that goes on past a refused recipient instead of aborting the mail, so that the recipients the
/// server accepted get it and each refusal is reported on its own.
/// </summary>
internal sealed class AlertSmtpClient : SmtpClient
{
    private readonly List<RefusedRecipient> _refused = [];

    public IReadOnlyList<RefusedRecipient> Refused => _refused;

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
        _refused.Add(new RefusedRecipient(mailbox.Address, (int)response.StatusCode, response.Response));
}
