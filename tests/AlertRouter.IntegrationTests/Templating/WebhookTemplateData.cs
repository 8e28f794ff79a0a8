using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.Model;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The engine's template data for a run, built from the webhook payload Alertmanager sent for the same group (alerts
/// in Alertmanager's order, with its statuses and fingerprints) and the run's receiver name. Times keep their zone;
/// .NET keeps seven fractional digits, so digits eight and nine are dropped (a known difference when a case prints them).
/// </summary>
internal static partial class WebhookTemplateData
{
    public static TemplateData Create(string webhookJson, string receiver)
    {
        using var doc = JsonDocument.Parse(webhookJson);
        var root = doc.RootElement;
        var alerts = root.GetProperty("alerts").EnumerateArray().Select(a => new TemplateAlert(
            a.GetProperty("status").GetString() ?? "",
            Labels(a.GetProperty("labels")),
            Labels(a.GetProperty("annotations")),
            Time(a.GetProperty("startsAt").GetString() ?? ""),
            Time(a.GetProperty("endsAt").GetString() ?? ""),
            a.GetProperty("generatorURL").GetString() ?? "",
            a.GetProperty("fingerprint").GetString() ?? "")).ToList();
        return TemplateData.Create(receiver, Labels(root.GetProperty("groupLabels")), alerts, root.GetProperty("externalURL").GetString() ?? "");
    }

    private static LabelSet Labels(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object
            ? LabelSet.From(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")))
            : LabelSet.Empty;

    private static DateTimeOffset Time(string text)
    {
        if (text == "0001-01-01T00:00:00Z")
        {
            return GoTime.Zero;
        }

        var m = TimePattern().Match(text);
        var fraction = m.Groups[2].Value.Length > 8 ? m.Groups[2].Value[..8] : m.Groups[2].Value;
        var zone = m.Groups[3].Value == "Z" ? "+00:00" : m.Groups[3].Value;
        return DateTimeOffset.ParseExact(m.Groups[1].Value + fraction + zone, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex TimePattern();
}
