using AlertRouter.Model;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>
/// Builds PagerDuty events as Alertmanager 0.25 does (notify/pagerduty): summary ≤ 1024 runes, custom_details as
/// strings with firing/resolved/num_firing/num_resolved filled in, custom_details dropped when the body exceeds
/// 512000 bytes; unset fields render Alertmanager's default templates. AlertRouter adds <c>dedup_key_mode: alert</c>.
/// </summary>
internal sealed class PagerDutyEventBuilder(TemplateEngine engine)
{
    public const int MaxSummaryRunes = 1024;
    public const int MaxEventBytes = 512000;
    public const string OversizeError = "Custom details have been removed because the original event exceeds the maximum size of 512KB";
    private const string Integration = "pagerduty";

    // Alertmanager's DefaultPagerdutyConfig and DefaultPagerdutyDetails.
    private const string DefaultDescription = """{{ template "pagerduty.default.description" .}}""";
    private const string DefaultClient = """{{ template "pagerduty.default.client" . }}""";
    private const string DefaultClientUrl = """{{ template "pagerduty.default.clientURL" . }}""";

    private static readonly KeyValuePair<string, string>[] DefaultDetails =
    [
        new("firing", """{{ template "pagerduty.default.instances" .Alerts.Firing }}"""),
        new("resolved", """{{ template "pagerduty.default.instances" .Alerts.Resolved }}"""),
        new("num_firing", "{{ .Alerts.Firing | len }}"),
        new("num_resolved", "{{ .Alerts.Resolved | len }}"),
    ];

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
        var r = engine.For(Integration, context, alerts);
        var description = r.Render("description", config.Description, DefaultDescription);
        var client = r.Render("client", config.Client, DefaultClient);
        var clientUrl = r.Render("client_url", config.ClientUrl, DefaultClientUrl);
        var details = Details(config, r);
        var trigger = r.Data.Status == "firing";
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
                    // 0.25 copies client into an unset source before templating, and sends "error" for no severity.
                    Source = config.Source is null ? client : r.Render("source", config.Source),
                    Severity = r.Render("severity", config.Severity.Length == 0 ? null : config.Severity, "error"),
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

    // 0.25: details is map[string]string; the user's keys win, Alertmanager's four defaults fill the gaps.
    private static SortedDictionary<string, string> Details(PagerDutyConfig config, TemplateRenderer r)
    {
        var details = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, source) in config.Details.Concat(DefaultDetails.Where(d => !config.Details.ContainsKey(d.Key))))
        {
            details[key] = r.Render($"details.{key}", source);
        }

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

    private static List<PagerDutyEventLink> Links(PagerDutyConfig config, TemplateRenderer r) =>
        config.Links
            .Select((link, i) => new PagerDutyEventLink(r.Render($"links[{i}].href", link.Href), r.Render($"links[{i}].text", link.Text)))
            .Where(link => link.Href.Length > 0)
            .ToList();

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
