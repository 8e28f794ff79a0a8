using System.Security.Cryptography;
using System.Text;
using AlertRouter.Model;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>
/// The requests of one notification, as Alertmanager 0.25's notify/opsgenie builds them. Firing: a create
/// (<c>POST v2/alerts</c>, message cut at 130 runes with "…", details = common labels overlaid by the configured
/// details, tags and actions split at commas, a <c>teams</c> responder split into one team per name), then with
/// update_alerts a <c>PUT</c> of the message and one of the description on the alias. Resolved: a close
/// (<c>POST v2/alerts/&lt;alias&gt;/close?identifierType=alias</c>). The alias is the SHA-256 of the group key.
/// </summary>
internal sealed class OpsgenieRequestBuilder(TemplateEngine engine)
{
    public const int MaxMessageRunes = 130;
    private const string Integration = "opsgenie";

    // Alertmanager's DefaultOpsGenieConfig.
    private const string DefaultMessage = """{{ template "opsgenie.default.message" . }}""";
    private const string DefaultDescription = """{{ template "opsgenie.default.description" . }}""";
    private const string DefaultSource = """{{ template "opsgenie.default.source" . }}""";

    public IReadOnlyList<OpsgenieRequest> Build(OpsgenieConfig config, NotificationContext context)
    {
        var r = engine.For(Integration, context);
        var alias = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context.GroupKey)));
        var source = r.Render("source", config.Source, DefaultSource);
        if (r.Data.Status == "resolved")
        {
            return [new(HttpMethod.Post, $"v2/alerts/{alias}/close", Encode(new OpsgenieTextMessage { Source = source }))];
        }

        var message = GoStrings.TruncateInRunes(r.Render("message", config.Message, DefaultMessage), MaxMessageRunes);
        var description = r.Render("description", config.Description, DefaultDescription);
        var create = new OpsgenieCreateMessage
        {
            Alias = alias,
            Message = message,
            Description = Empty(description),
            Details = Details(config, context, r),
            Source = source,
            Responders = Responders(config, r) is { Count: > 0 } responders ? responders : null,
            Tags = Split(r.Render("tags", config.Tags)),
            Note = Empty(r.Render("note", config.Note)),
            Priority = Empty(r.Render("priority", config.Priority)),
            Entity = Empty(r.Render("entity", config.Entity)),
            Actions = Split(r.Render("actions", config.Actions)),
        };
        OpsgenieRequest createRequest = new(HttpMethod.Post, "v2/alerts", GoJson.Encode(create, OpsgenieJsonContext.Default.OpsgenieCreateMessage));
        return config.UpdateAlerts
            ?
            [
                createRequest,
                new(HttpMethod.Put, $"v2/alerts/{alias}/message", Encode(new OpsgenieTextMessage { Message = Empty(message) })),
                new(HttpMethod.Put, $"v2/alerts/{alias}/description", Encode(new OpsgenieTextMessage { Description = Empty(description) })),
            ]
            : [createRequest];
    }

    private static SortedDictionary<string, string> Details(OpsgenieConfig config, NotificationContext context, TemplateRenderer r)
    {
        var details = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in CommonLabels(context.Alerts))
        {
            details[name] = value;
        }

        foreach (var (name, source) in config.Details)
        {
            details[name] = r.Render($"details.{name}", source);
        }

        return details;
    }

    private static IEnumerable<KeyValuePair<string, string>> CommonLabels(IReadOnlyList<Alert> alerts) =>
        alerts.Count == 0 ? [] : alerts[0].Labels.Where(p => alerts.All(a => a.Labels.TryGetValue(p.Key, out var v) && v == p.Value));

    private static List<OpsgenieWireResponder> Responders(OpsgenieConfig config, TemplateRenderer r)
    {
        var responders = new List<OpsgenieWireResponder>();
        for (var i = 0; i < config.Responders.Count; i++)
        {
            var c = config.Responders[i];
            var (id, name, username, type) = (r.Render($"responders[{i}].id", c.Id), r.Render($"responders[{i}].name", c.Name),
                r.Render($"responders[{i}].username", c.Username), r.Render($"responders[{i}].type", c.Type));
            if (id.Length + name.Length + username.Length + type.Length == 0)
            {
                // Left empty by its templates: responders filled from the alerts' labels may be absent.
                continue;
            }

            if (type == "teams")
            {
                // Each team name is rendered once more, as Alertmanager does.
                responders.AddRange(SafeSplit(name).Select(team => new OpsgenieWireResponder(null, Empty(r.Render($"responders[{i}].name", team)), null, "team")));
                continue;
            }

            responders.Add(new OpsgenieWireResponder(Empty(id), Empty(name), Empty(username), type));
        }

        return responders;
    }

    private static List<string>? Split(string value) => SafeSplit(value) is { Count: > 0 } items ? items : null;

    // Go's strings.Split of the trimmed value, empty items dropped, the others kept as they are.
    private static List<string> SafeSplit(string value) => [.. value.Trim().Split(',').Where(x => x.Length > 0)];

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private static byte[] Encode(OpsgenieTextMessage message) => GoJson.Encode(message, OpsgenieJsonContext.Default.OpsgenieTextMessage);
}
