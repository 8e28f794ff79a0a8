using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Webhook;

namespace AlertRouter.Delivery;

/// <summary>Where an integration sends, told without a secret: the Slack channel, the PagerDuty key's last 4, the SMTP host, the webhook host.</summary>
internal static class IntegrationTargets
{
    public static string Describe(IntegrationConfig integration) => integration switch
    {
        SlackConfig { AppToken: not null } s => $"channel {s.Channel ?? "(none)"} via {Host(s.AppUrl)}",
        SlackConfig { ApiUrl: { } url } s => s.Channel is null ? $"incoming webhook at {Host(url.Reveal())}" : $"channel {s.Channel} via incoming webhook",
        PagerDutyConfig { RoutingKey: { } key } p => $"routing key …{Last4(key.Reveal())} at {Host(p.Url)}",
        PagerDutyConfig { ServiceKey: { } key } p => $"service key …{Last4(key.Reveal())} at {Host(p.Url)}",
        EmailConfig e => $"{e.To} via {e.Smarthost}",
        WebhookConfig w => $"webhook at {Host(w.Url.Reveal())}",
        _ => integration.Type,
    };

    private static string Last4(string value) => value.Length <= 4 ? new string('*', value.Length) : value[^4..];

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : "(invalid URL)";
}
