using System.Text;
using AlertRouter.Notifiers.Templates;
using MimeKit;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// Builds the mail as Alertmanager's notify/email does: Subject (the <c>Subject</c> header template, default
/// <c>email.default.subject</c>), To and From (templated), the other configured headers templated, a Message-Id, Date, and a
/// multipart/alternative body of a text/plain part (only when <c>text</c> renders non-empty, which it does not by
/// default) then a text/html part (html/template, default <c>email.default.html</c>), both <c>charset=UTF-8</c> and
/// quoted-printable. Header values are RFC 2047-encoded where they need it. AlertRouter adds the threading headers of <see cref="EmailThreading"/>. Address and header
/// errors throw <see cref="FormatException"/>, header errors <see cref="ArgumentException"/>.
/// </summary>
internal static class EmailMessageBuilder
{
    // Alertmanager's DefaultEmailSubject and DefaultEmailConfig (no text part unless one is configured).
    private const string DefaultSubject = """{{ template "email.default.subject" . }}""";
    private const string DefaultHtml = """{{ template "email.default.html" . }}""";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Subject", "To", "From", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
    };

    // Go's net/mail.ParseAddressList is strict: no bare words, no address without a domain.
    private static readonly ParserOptions Strict = new() { AddressParserComplianceMode = RfcComplianceMode.Strict, AllowAddressesWithoutDomain = false };

    public static OutgoingEmail Build(EmailConfig config, TemplateRenderer r, NotificationContext context, DateTimeOffset now)
    {
        var senders = Addresses("from", r.Render("from", config.From, config.From));
        if (senders.Count != 1)
        {
            throw new FormatException($"must be exactly one 'from' address (got: {senders.Count})");
        }

        var recipients = Addresses("to", r.Render("to", config.To, config.To));
        var subjectSource = config.Headers.FirstOrDefault(h => h.Key.Equals("Subject", StringComparison.OrdinalIgnoreCase)).Value;
        var message = new MimeMessage();
        try
        {
            // MimeMessage starts with its own From, Date, Subject and Message-Id; these are written in Alertmanager's order.
            message.Headers.Clear();
            message.Headers.Add(HeaderId.Subject, Encoding.UTF8, OneLine(r.Render("headers.Subject", subjectSource, DefaultSubject)));
            message.To.AddRange(recipients);
            message.From.AddRange(senders);
            var userSetId = false;
            foreach (var (name, source) in config.Headers.Where(h => !Reserved.Contains(h.Key)))
            {
                // RFC 5322 field-name: printable US-ASCII except ':'.
                if (name.Length == 0 || name.Any(c => c is <= ' ' or > '~' or ':'))
                {
                    throw new ArgumentException($"header name \"{name}\" is not a valid RFC 5322 field name");
                }

                userSetId |= name.Equals("Message-Id", StringComparison.OrdinalIgnoreCase);
                message.Headers.Add(name, Encoding.UTF8, OneLine(r.Render($"headers.{name}", source, "")));
            }

            if (!userSetId)
            {
                message.Headers.Add("Message-Id", EmailThreading.MessageId(context));
            }

            var thread = EmailThreading.ThreadId(context.GroupKey);
            message.Headers.Add("References", thread);
            message.Headers.Add("In-Reply-To", thread);
            message.Date = now;

            var body = new MultipartAlternative();
            AddPart(body, "plain", r.Render("text", config.Text, ""));
            AddPart(body, "html", r.Render("html", config.Html, DefaultHtml, TemplateFlavor.Html));
            message.Body = body;
            return new OutgoingEmail(message, (MailboxAddress)senders[0], [.. recipients.Cast<MailboxAddress>()]);
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static InternetAddressList Addresses(string field, string text)
    {
        if (!InternetAddressList.TryParse(Strict, text, out var list) || list.Count == 0 || list.Any(a => a is not MailboxAddress))
        {
            throw new FormatException($"parse '{field}' addresses: \"{text}\" is not a list of mail addresses");
        }

        return list;
    }

    private static void AddPart(MultipartAlternative body, string subtype, string content)
    {
        if (content.Length == 0)
        {
            return;
        }

        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        part.ContentType.Parameters["charset"] = "UTF-8"; // spelled as Alertmanager does; MimeKit writes utf-8
        body.Add(part);
    }

    // A templated header value must not break out of its header line; its spaces stay, as Alertmanager keeps them.
    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
