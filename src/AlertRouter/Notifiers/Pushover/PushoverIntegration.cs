using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Pushover;

/// <summary>
/// <c>pushover_configs</c>: not paced (Pushover limits messages per month, not per second), but a <c>Retry-After</c>
/// holds every notification sent with the same application token.
/// </summary>
internal sealed class PushoverIntegration : Integration<PushoverConfig, PushoverNotifier>
{
    public override string Type => "pushover";

    public override PushoverConfig Parse(YamlNode node, IntegrationParseScope scope) => PushoverParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(PushoverConfig c) =>
        Texts(("title", c.Title), ("message", c.Html ? null : c.Message), ("url", c.Url), ("url_title", c.UrlTitle), ("device", c.Device),
            ("sound", c.Sound), ("priority", c.Priority))
        .Concat(c.Html && c.Message is not null ? [new TemplateField("message", c.Message, TemplateFlavor.Html)] : []);

    public override Pace? Pacing(PushoverConfig c) => Pace.HeldOnly("pushover:" + Pace.Hash(c.Token.Reveal()));

    public override string Describe(PushoverConfig c) => $"user key …{Last4(c.UserKey.Reveal())}";
}
