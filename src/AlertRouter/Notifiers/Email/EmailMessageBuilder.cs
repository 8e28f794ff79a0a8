using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// Builds the mail: subject (the <c>Subject</c> header template, default <c>email.default.subject</c>), From/To
/// (templated, as in Alertmanager), a multipart/alternative body of UTF-8 quoted-printable AlternateViews — the text
/// part when <c>text</c> is set, then HTML (html/template, default <c>email.default.html</c>) — with an empty Body,
/// threading headers, and the other configured headers templated. Address errors throw FormatException.
/// </summary>
internal static class EmailMessageBuilder
{
    // Alertmanager's DefaultEmailSubject and DefaultEmailConfig: no text part unless one is configured.
    private const string DefaultSubject = """{{ template "email.default.subject" . }}""";
    private const string DefaultHtml = """{{ template "email.default.html" . }}""";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Subject", "To", "From", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
    };

    public static MailMessage Build(EmailConfig config, TemplateRenderer r, NotificationContext context)
    {
        var subjectSource = config.Headers.FirstOrDefault(h => h.Key.Equals("Subject", StringComparison.OrdinalIgnoreCase)).Value;
        var message = new MailMessage
        {
            From = new MailAddress(r.Render("from", config.From, config.From)),
            Subject = OneLine(r.Render("headers.Subject", subjectSource, DefaultSubject)),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = "",
        };
        try
        {
            message.To.Add(r.Render("to", config.To, config.To));
            AddView(message, r.Render("text", config.Text), MediaTypeNames.Text.Plain);
            AddView(message, r.Render("html", config.Html, DefaultHtml, TemplateFlavor.Html), MediaTypeNames.Text.Html);

            var thread = EmailThreading.ThreadId(context.GroupKey);
            var userSetId = config.Headers.Keys.Any(k => k.Equals("Message-Id", StringComparison.OrdinalIgnoreCase));
            if (!userSetId)
            {
                message.Headers.Add("Message-Id", EmailThreading.MessageId(context));
            }

            message.Headers.Add("References", thread);
            message.Headers.Add("In-Reply-To", thread);
            foreach (var (name, source) in config.Headers.Where(h => !Reserved.Contains(h.Key)))
            {
                // RFC 5322 field-name: printable US-ASCII except ':'. System.Net.Mail does not check it.
                if (name.Length == 0 || name.Any(c => c is <= ' ' or > '~' or ':'))
                {
                    throw new ArgumentException($"header name \"{name}\" is not a valid RFC 5322 field name");
                }

                message.Headers.Set(name, OneLine(r.Render($"headers.{name}", source, "")));
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static void AddView(MailMessage message, string content, string mediaType)
    {
        if (content.Length == 0)
        {
            return;
        }

        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        message.AlternateViews.Add(view);
    }

    // A templated header value must not break out of its header line.
    private static string OneLine(string value) => value.ReplaceLineEndings(" ").Trim();
}
