using System.Collections.Frozen;
using AlertRouter.Notifiers.Discord;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.GoogleChat;
using AlertRouter.Notifiers.Incidentio;
using AlertRouter.Notifiers.Jira;
using AlertRouter.Notifiers.Mattermost;
using AlertRouter.Notifiers.MSTeams;
using AlertRouter.Notifiers.MSTeamsV2;
using AlertRouter.Notifiers.Opsgenie;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Pushover;
using AlertRouter.Notifiers.RocketChat;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Notifiers.Sns;
using AlertRouter.Notifiers.Telegram;
using AlertRouter.Notifiers.VictorOps;
using AlertRouter.Notifiers.Webex;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.Notifiers.Wechat;

namespace AlertRouter.Notifiers;

/// <summary>The registration list: every integration AlertRouter delivers, one line each.</summary>
internal static class Integrations
{
    /// <summary>
    /// In Alertmanager's order (notify.BuildReceiverIntegrations: webhook, email, pagerduty, opsgenie, wechat, slack,
    /// victorops, pushover, sns, telegram, discord, webex, msteams, msteamsv2, jira, rocketchat, incidentio,
    /// mattermost; then AlertRouter's googlechat), which is the order of a receiver's integrations everywhere.
    /// </summary>
    public static readonly IReadOnlyList<IIntegration> All =
    [
        new WebhookIntegration(),
        new EmailIntegration(),
        new PagerDutyIntegration(),
        new OpsgenieIntegration(),
        new WechatIntegration(),
        new SlackIntegration(),
        new VictorOpsIntegration(),
        new PushoverIntegration(),
        new SnsIntegration(),
        new TelegramIntegration(),
        new DiscordIntegration(),
        new WebexIntegration(),
        new MSTeamsIntegration(),
        new MSTeamsV2Integration(),
        new JiraIntegration(),
        new RocketChatIntegration(),
        new IncidentioIntegration(),
        new MattermostIntegration(),
        new GoogleChatIntegration(),
    ];

    private static readonly FrozenDictionary<string, IIntegration> ByType = All.ToFrozenDictionary(i => i.Type, StringComparer.Ordinal);

    public static IIntegration For(IntegrationConfig config) =>
        ByType.TryGetValue(config.Type, out var integration) ? integration : throw new KeyNotFoundException($"no integration \"{config.Type}\" is registered");
}
