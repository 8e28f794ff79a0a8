using AlertRouter.Model;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>
/// Builds PagerDuty events as Alertmanager 0.25 does (notify/pagerduty): summary ≤ 1024 runes, custom_details as
/// strings with firing/resolved/num_firing/num_resolved filled in, custom_details dropped when the body exceeds
/// 512000 bytes. AlertRouter adds the severity label rule, runbook links and <c>dedup_key_mode: alert</c>.
/// </summary>
internal sealed class PagerDutyEventBuilder(TemplateEngine engine)
{
    public const int MaxSummaryRunes = 1024;
    public const int MaxEventBytes = 512000;
    public const string OversizeError = "Custom details have been removed because the original event exceeds the maximum size of 512KB";
    private const string Integration = "pagerduty";

    /// <summary>One request per group, or per alert with <c>dedup_key_mode: alert</c>, in the context's alert order.</summary>
    public IReadOnlyList<PagerDutyRequest> Build(PagerDutyConfig config, NotificationContext context)
    {
        if (config.DedupKeyMode == PagerDutyDedupKeyMode.Alert && context.Alerts.Count > 0)
        {
            return context.Alerts
                .Select(a => BuildOne(config, context, [a], PagerDutyDedupKeys.ForAlert(context.GroupKey, a.Fingerprint.ToString()), a.Fingerprint.ToString()))
                .ToArray();
        }

        return [BuildOne(config, context, context.Alerts, PagerDutyDedupKeys.ForGroup(context.GroupKey), null)];
    }

    private PagerDutyRequest BuildOne(PagerDutyConfig config, NotificationContext context, IReadOnlyList<Alert> alerts, string dedupKey, string? fingerprint)
    {
        var data = TemplateDataBuilder.Build(context, alerts);
        var r = engine.For(Integration, data);
        var description = r.Render("description", config.Description, DefaultTemplates.Subject);
        var client = r.Render("client", config.Client, DefaultTemplates.Alertmanager);
        var clientUrl = r.Render("client_url", config.ClientUrl, DefaultTemplates.AlertmanagerUrl);
        var details = Details(config, r);
        var trigger = data.IsFiring;
        var body = config.ServiceKey is { } serviceKey && config.RoutingKey is null
            ? EncodeV1(new PagerDutyV1Event
            {
                ServiceKey = serviceKey.Reveal(),
                IncidentKey = dedupKey,
                EventType = trigger ? "trigger" : "resolve",
                Description = GoStrings.TruncateInRunes(description, MaxSummaryRunes),
                Client = trigger ? NullIfEmpty(client) : null,
                ClientUrl = trigger ? NullIfEmpty(clientUrl) : null,
                Details = details,
            })
            : EncodeV2(new PagerDutyEvent
            {
                RoutingKey = config.RoutingKey?.Reveal() ?? "",
                DedupKey = dedupKey,
                EventAction = trigger ? "trigger" : "resolve",
                Payload = new PagerDutyPayload
                {
                    Summary = GoStrings.TruncateInRunes(description, MaxSummaryRunes),
                    Source = config.Source is null ? client : r.Render("source", config.Source, client),
                    Severity = PagerDutySeverity.FromLabels(data.Alerts) ?? Severity(r.Render("severity", config.Severity, "error")),
                    Class = NullIfEmpty(r.Render("class", config.Class)),
                    Component = NullIfEmpty(r.Render("component", config.Component)),
                    Group = NullIfEmpty(r.Render("group", config.Group)),
                    CustomDetails = details,
                },
                Client = NullIfEmpty(client),
                ClientUrl = NullIfEmpty(clientUrl),
                Images = NullIfEmpty(Images(config, r)),
                Links = NullIfEmpty(Links(config, r)),
            });
        return new PagerDutyRequest(body, dedupKey, fingerprint);
    }

    // 0.25: details is map[string]string; user keys win, the four defaults fill the gaps.
    private static SortedDictionary<string, string> Details(PagerDutyConfig config, TemplateRenderer r)
    {
        var details = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, source) in config.Details)
        {
            details[key] = r.Render($"details.{key}", source);
        }

        var alerts = r.Data.Alerts;
        details.TryAdd("firing", DefaultTemplates.TextAlertList(alerts.Firing));
        details.TryAdd("resolved", DefaultTemplates.TextAlertList(alerts.Resolved));
        details.TryAdd("num_firing", alerts.Firing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        details.TryAdd("num_resolved", alerts.Resolved.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return details;
    }

    private static List<PagerDutyEventImage> Images(PagerDutyConfig config, TemplateRenderer r) =>
        config.Images
            .Select((image, i) => new PagerDutyEventImage(
                r.Render($"images[{i}].src", image.Src),
                NullIfEmpty(r.Render($"images[{i}].alt", image.Alt)),
                NullIfEmpty(r.Render($"images[{i}].href", image.Href))))
            .Where(image => image.Src.Length > 0)
            .ToList();

    // Configured links first, then one "Runbook" link per distinct runbook_url annotation of the alerts.
    private static List<PagerDutyEventLink> Links(PagerDutyConfig config, TemplateRenderer r)
    {
        var links = config.Links
            .Select((link, i) => new PagerDutyEventLink(r.Render($"links[{i}].href", link.Href), r.Render($"links[{i}].text", link.Text)))
            .Where(link => link.Href.Length > 0)
            .ToList();
        var runbooks = RunbookUrls.Of(r.Data.Alerts).Where(url => links.All(l => l.Href != url)).ToArray();
        links.AddRange(runbooks.Select((url, i) => new PagerDutyEventLink(url, runbooks.Length == 1 ? "Runbook" : $"Runbook {i + 1}")));
        return links;
    }

    private static string Severity(string rendered) => rendered.Trim() is { Length: > 0 } s ? s.ToLowerInvariant() : "error";

    private static byte[] EncodeV2(PagerDutyEvent e)
    {
        var body = GoJson.Encode(e, PagerDutyJsonContext.Default.PagerDutyEvent);
        if (body.Length <= MaxEventBytes)
        {
            return body;
        }

        e.Payload = CopyWithDetails(e.Payload, new Dictionary<string, string> { ["error"] = OversizeError });
        return GoJson.Encode(e, PagerDutyJsonContext.Default.PagerDutyEvent);
    }

    private static byte[] EncodeV1(PagerDutyV1Event e)
    {
        var body = GoJson.Encode(e, PagerDutyJsonContext.Default.PagerDutyV1Event);
        if (body.Length <= MaxEventBytes)
        {
            return body;
        }

        e.Details = new Dictionary<string, string> { ["error"] = OversizeError };
        return GoJson.Encode(e, PagerDutyJsonContext.Default.PagerDutyV1Event);
    }

    private static PagerDutyPayload CopyWithDetails(PagerDutyPayload p, IReadOnlyDictionary<string, string> details) => new()
    {
        Summary = p.Summary,
        Source = p.Source,
        Severity = p.Severity,
        Class = p.Class,
        Component = p.Component,
        Group = p.Group,
        CustomDetails = details,
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;
}
