using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.GoogleChat;

/// <summary><c>googlechat_configs</c>: paced per space at Google's 60 writes per minute (incoming webhooks included).</summary>
internal sealed class GoogleChatIntegration : Integration<GoogleChatConfig, GoogleChatNotifier>
{
    public override string Type => "googlechat";

    public override GoogleChatConfig Parse(YamlNode node, IntegrationParseScope scope) => GoogleChatParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(GoogleChatConfig c) =>
        Texts(("title", c.Title)).Concat(c.Text is null ? [] : [new TemplateField("text", c.Text, TemplateFlavor.Html)]);

    public override Pace? Pacing(GoogleChatConfig c) => new("googlechat:" + Pace.Hash(Space(c)), 60, TimeSpan.FromMinutes(1));

    public override string Describe(GoogleChatConfig c) => $"space webhook at {Host(c.WebhookUrl.Reveal())}";

    // The space of https://chat.googleapis.com/v1/spaces/<space>/messages; the whole URL when it has another shape.
    private static string Space(GoogleChatConfig c) =>
        Uri.TryCreate(c.WebhookUrl.Reveal(), UriKind.Absolute, out var url) && url.AbsolutePath.Split('/') is [_, _, "spaces", var space, ..]
            ? space
            : c.WebhookUrl.Reveal();
}
