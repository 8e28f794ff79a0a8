using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;
using AlertRouter.Store;

namespace AlertRouter.Delivery.Api;

/// <summary>
/// Renders what one integration of a receiver would send for a group, with the current config's templates and the
/// integration's own message builder, and sends nothing. The group is a stored one (its alerts now, filtered for
/// send_resolved as a flush would) or posted alerts.
/// </summary>
internal sealed class TemplatePreviewer(IRouterConfigProvider config, IGroupStore groups, IAlertStore alerts, NotificationContexts contexts,
    IServiceProvider services, TimeProvider time)
{
    /// <summary>The preview, or a problem (status, field, detail) when the request names nothing that exists.</summary>
    public async Task<(TemplatePreviewResult? Result, (int Status, string Field, string Detail)? Problem)> PreviewAsync(
        TemplatePreviewRequest request, CancellationToken ct)
    {
        var snapshot = config.Current;
        if (string.IsNullOrEmpty(request.Receiver) || !snapshot.Receivers.TryGetValue(request.Receiver, out var receiver))
        {
            return (null, (string.IsNullOrEmpty(request.Receiver) ? 400 : 404, "receiver", $"no receiver named \"{request.Receiver}\""));
        }

        if (receiver.Integrations.FirstOrDefault(i => i.Name == request.Integration) is not { } integration)
        {
            return (null, (string.IsNullOrEmpty(request.Integration) ? 400 : 404, "integration",
                $"receiver \"{receiver.Name}\" has no integration \"{request.Integration}\"; it has: {string.Join(", ", receiver.Integrations.Select(i => i.Name))}"));
        }

        if ((request.GroupKey is null) == (request.Alerts is null))
        {
            return (null, (400, "groupKey", "give either groupKey (a stored group of the receiver) or alerts, not both"));
        }

        var now = time.GetUtcNow();
        var (groupKey, groupLabels, groupAlerts) = request.GroupKey is { } key
            ? await StoredAsync(receiver.Name, key, now, ct)
            : ("{}:preview", LabelSet.From(request.GroupLabels ?? []), Posted(request.Alerts!, now));
        if (groupAlerts is null)
        {
            return (null, (404, "groupKey", $"receiver \"{receiver.Name}\" has no group {request.GroupKey}"));
        }

        if (groupAlerts.Any(a => a.Labels.Count == 0))
        {
            return (null, (400, "alerts", "every alert needs at least one label"));
        }

        var sent = groupAlerts.Where(a => integration.SendResolved || !a.IsResolvedAt(now)).Order(AlertOrder.Instance).ToList();
        var preview = new TemplatePreview();
        var context = new NotificationContext(receiver.Name, groupKey, groupLabels, sent, now, contexts.ExternalUrl)
        {
            Templates = snapshot.MessageTemplates,
            Preview = preview,
        };
        try
        {
            Integrations.For(integration).Preview(integration, context, services);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // What the builder refuses after rendering (an email address that does not parse) fails the send the same way.
            return (null, (422, "integration", $"{integration.Name}: the message cannot be built: {e.Message}"));
        }

        return (new TemplatePreviewResult(receiver.Name, integration.Name, integration.Type, groupKey, sent.Count,
            [.. preview.Fields.Select(f => new TemplatePreviewField(f.Field, f.Value, f.Error, f.Flavor == TemplateFlavor.Html))]), null);
    }

    private async Task<(string Key, LabelSet Labels, IReadOnlyList<Alert>? Alerts)> StoredAsync(string receiver, string key, DateTimeOffset now, CancellationToken ct)
    {
        var group = (await groups.ListGroupsAsync(ct)).FirstOrDefault(g => g.GroupKey == key && g.Receiver == receiver);
        if (group is null)
        {
            return (key, LabelSet.Empty, null);
        }

        var wanted = group.Fingerprints.ToHashSet(StringComparer.Ordinal);
        var stored = await alerts.ListAsync(new AlertQuery(null, now, int.MaxValue), ct);
        return (key, group.GroupLabels, [.. stored.Where(a => wanted.Contains(a.Fingerprint.ToString())).Select(a => a.Alert)]);
    }

    private static List<Alert> Posted(List<TemplatePreviewAlert> posted, DateTimeOffset now) =>
        [.. posted.Select(a => new Alert(LabelSet.From(a.Labels ?? []), LabelSet.From(a.Annotations ?? []), a.StartsAt ?? now, a.EndsAt ?? GoTime.Zero,
            a.GeneratorUrl ?? ""))];
}
