using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.Model;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The engine's template data for a run, built from the webhook payload Alertmanager sent for the same group (alerts
/// in Alertmanager's order, with its statuses and fingerprints) and the run's receiver name. Times keep their zone and
/// all nine fractional digits (DateTimeOffset holds seven; the engine takes digits eight and nine separately).
/// </summary>
internal static partial class WebhookTemplateData
{
    public static TemplateData Create(string webhookJson, string receiver)
    {
        using var doc = JsonDocument.Parse(webhookJson);
        var root = doc.RootElement;
        var alerts = root.GetProperty("alerts").EnumerateArray().Select(a =>
        {
            var (startsAt, startsAtNanos) = Time(a.GetProperty("startsAt").GetString() ?? "");
            var (endsAt, endsAtNanos) = Time(a.GetProperty("endsAt").GetString() ?? "");
            return new TemplateAlert(
                a.GetProperty("status").GetString() ?? "",
                Labels(a.GetProperty("labels")),
                Labels(a.GetProperty("annotations")),
                startsAt,
                endsAt,
                a.GetProperty("generatorURL").GetString() ?? "",
                a.GetProperty("fingerprint").GetString() ?? "") { StartsAtExtraNanos = startsAtNanos, EndsAtExtraNanos = endsAtNanos };
        }).ToList();
        return TemplateData.Create(receiver, Labels(root.GetProperty("groupLabels")), alerts, root.GetProperty("externalURL").GetString() ?? "");
    }

    private static LabelSet Labels(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object
            ? LabelSet.From(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")))
            : LabelSet.Empty;

    /// <summary>Go's RFC 3339 time as a DateTimeOffset (100 ns ticks, zone kept) and the nanoseconds below a tick.</summary>
    private static (DateTimeOffset Time, int ExtraNanos) Time(string text)
    {
        if (text == "0001-01-01T00:00:00Z")
        {
            return (GoTime.Zero, 0);
        }

        var m = TimePattern().Match(text);
        var digits = m.Groups[2].Value.TrimStart('.').PadRight(9, '0');
        var zone = m.Groups[3].Value == "Z" ? "+00:00" : m.Groups[3].Value;
        var time = DateTimeOffset.ParseExact(m.Groups[1].Value + "." + digits[..7] + zone, "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
        return (time, int.Parse(digits[7..], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex TimePattern();
}
