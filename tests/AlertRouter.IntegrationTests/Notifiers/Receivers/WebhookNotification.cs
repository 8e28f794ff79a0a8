using System.Text.Json;
using AlertRouter.Model;
using AlertRouter.Notifiers;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>The notification Alertmanager built, read back from the webhook message it sent beside the other kinds.</summary>
internal static class WebhookNotification
{
    public static NotificationContext Parse(string json, DateTimeOffset now)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var alerts = root.GetProperty("alerts").EnumerateArray().Select(a =>
        {
            GoTime.TryParse(a.GetProperty("startsAt").GetString(), out var startsAt);
            GoTime.TryParse(a.GetProperty("endsAt").GetString(), out var endsAt);
            return new Alert(Labels(a.GetProperty("labels")), Labels(a.GetProperty("annotations")), startsAt, endsAt,
                a.GetProperty("generatorURL").GetString()!);
        }).ToList();
        return new NotificationContext(root.GetProperty("receiver").GetString()!, root.GetProperty("groupKey").GetString()!,
            Labels(root.GetProperty("groupLabels")), alerts, now, root.GetProperty("externalURL").GetString()!);
    }

    private static LabelSet Labels(JsonElement map) =>
        LabelSet.Of([.. map.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))]);
}
