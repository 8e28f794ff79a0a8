using AlertRouter.Model;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers;

/// <summary>
/// What a notifier renders: one aggregation group's alerts as decided at a flush. <see cref="Alerts"/> is already
/// filtered for send_resolved and sorted in Alertmanager's order; each alert's status is taken at <see cref="Now"/>
/// (the flush time). <see cref="ReceiverData"/> is what the previous successful delivery of this group through this
/// integration returned (Slack's channel id and ts for chat.update).
/// </summary>
public sealed record NotificationContext(
    string Receiver,
    string GroupKey,
    LabelSet GroupLabels,
    IReadOnlyList<Alert> Alerts,
    DateTimeOffset Now,
    string ExternalUrl)
{
    public IReadOnlyDictionary<string, string> ReceiverData { get; init; } = new Dictionary<string, string>();

    /// <summary>Stable id of the notification (queue row), for logs and for email Message-Id.</summary>
    public string NotificationId { get; init; } = "";

    /// <summary>
    /// The templates of the config this notification is sent under (compiled once per config load); null renders with
    /// Alertmanager's default templates alone.
    /// </summary>
    internal MessageTemplates? Templates { get; init; }

    /// <summary>Set by the template preview: the builders' fields are recorded there and nothing is sent.</summary>
    internal TemplatePreview? Preview { get; init; }

    /// <summary>True for the delivery-test endpoint, which bypasses grouping and dedup.</summary>
    public bool IsTest { get; init; }
}
