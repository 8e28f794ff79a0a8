using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Email;

/// <summary><c>email_configs</c> over SMTP: not paced (the relay's limits are its own), one conversation per notification.</summary>
internal sealed class EmailIntegration : Integration<EmailConfig, EmailNotifier>
{
    public override string Type => "email";

    public override object? ParseGlobals(GlobalScope scope) => EmailGlobals.Parse(scope);

    public override EmailConfig Parse(YamlNode node, IntegrationParseScope scope) => EmailParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(EmailConfig c)
    {
        IEnumerable<TemplateField> html = c.Html is null ? [] : [new TemplateField("html", c.Html, TemplateFlavor.Html)];
        return Texts(("to", c.To), ("from", c.From)).Concat(html).Concat(Texts([("text", c.Text), .. c.Headers.Select(h => ($"headers.{h.Key}", (string?)h.Value))]));
    }

    public override void Preview(EmailConfig config, NotificationContext context, IServiceProvider services) =>
        EmailMessageBuilder.Build(config, services.GetRequiredService<TemplateEngine>().For(Type, context), context, context.Now).Dispose();

    public override string Describe(EmailConfig c) => $"{c.To} via {c.Smarthost}";
}
