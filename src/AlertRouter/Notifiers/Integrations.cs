using System.Collections.Frozen;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Webhook;

namespace AlertRouter.Notifiers;

/// <summary>The registration list: every integration AlertRouter delivers, one line each.</summary>
internal static class Integrations
{
    /// <summary>
    /// In Alertmanager's order (notify.BuildReceiverIntegrations: webhook, email, pagerduty, opsgenie, wechat, slack,
    /// victorops, pushover, sns, telegram, discord, webex, msteams, msteamsv2, jira, rocketchat, incidentio,
    /// mattermost), which is the order of a receiver's integrations everywhere.
    /// </summary>
    public static readonly IReadOnlyList<IIntegration> All =
    [
        new WebhookIntegration(),
        new EmailIntegration(),
        new PagerDutyIntegration(),
        new SlackIntegration(),
    ];

    private static readonly FrozenDictionary<string, IIntegration> ByType = All.ToFrozenDictionary(i => i.Type, StringComparer.Ordinal);

    public static IIntegration For(IntegrationConfig config) =>
        ByType.TryGetValue(config.Type, out var integration) ? integration : throw new KeyNotFoundException($"no integration \"{config.Type}\" is registered");
}
