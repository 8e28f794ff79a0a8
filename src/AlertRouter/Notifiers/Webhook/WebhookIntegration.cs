using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Webhook;

/// <summary>
/// <c>webhook_configs</c>: not paced, but a <c>Retry-After</c> from a URL holds every notification to it; a
/// configured <c>timeout</c> replaces Delivery's attempt timeout.
/// </summary>
internal sealed class WebhookIntegration : Integration<WebhookConfig, WebhookNotifier>
{
    public override string Type => "webhook";

    public override WebhookConfig Parse(YamlNode node, IntegrationParseScope scope) => WebhookParser.Parse(node, scope);

    public override Pace? Pacing(WebhookConfig c) => Pace.HeldOnly("webhook:" + Pace.Hash(c.Url.Reveal()));

    public override TimeSpan? AttemptTimeout(WebhookConfig c) => c.Timeout > TimeSpan.Zero ? c.Timeout : null;

    public override string Describe(WebhookConfig c) => $"webhook at {Host(c.Url.Reveal())}";
}
