using MimeKit;

namespace AlertRouter.Notifiers.Email;

/// <summary>A built mail and its envelope: MAIL FROM takes the one <c>from</c> address, RCPT TO each <c>to</c> address.</summary>
internal sealed record OutgoingEmail(MimeMessage Message, MailboxAddress Sender, IReadOnlyList<MailboxAddress> Recipients) : IDisposable
{
    public void Dispose() => Message.Dispose();
}
