using System.Text.Json;
using AlertRouter.Model;
using AlertRouter.Notifiers;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>The notifications behind the Alertmanager 0.25 samples in testdata/alertmanager-0.25.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "alertmanager-0.25", name));

    /// <summary>
    /// The DiskFull group that produced the PagerDuty, Slack and email samples: receiver all-real, group_by
    /// [alertname], root route (group key <c>{}:{alertname="DiskFull"}</c>, whose SHA-256 is the samples' dedup_key).
    /// </summary>
    public static NotificationContext DiskFull(bool resolved = false)
    {
        var alert = new Alert(
            LabelSet.Of(("alertname", "DiskFull"), ("instance", "db-1:9100"), ("severity", "critical"), ("team", "infra")),
            LabelSet.Of(("summary", "disk 95% full")),
            new DateTimeOffset(2026, 11, 21, 10, 57, 30, TimeSpan.Zero),
            resolved ? new DateTimeOffset(2026, 11, 21, 10, 59, 0, TimeSpan.Zero) : Now.AddMinutes(4),
            "");
        return new NotificationContext("all-real", "{}:{alertname=\"DiskFull\"}", LabelSet.Of(("alertname", "DiskFull")), [alert], Now, "http://vm:9093");
    }

    /// <summary>A webhook sample turned back into the notification that produced it (firing alerts get a future endsAt).</summary>
    public static NotificationContext FromWebhook(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var alerts = root.GetProperty("alerts").EnumerateArray().Select(a =>
        {
            GoTime.TryParse(a.GetProperty("startsAt").GetString(), out var startsAt);
            GoTime.TryParse(a.GetProperty("endsAt").GetString(), out var endsAt);
            var firing = a.GetProperty("status").GetString() == "firing";
            return new Alert(Labels(a.GetProperty("labels")), Labels(a.GetProperty("annotations")), startsAt,
                firing ? Now.AddMinutes(4) : endsAt, a.GetProperty("generatorURL").GetString()!);
        }).ToArray();
        return new NotificationContext(
            root.GetProperty("receiver").GetString()!, root.GetProperty("groupKey").GetString()!,
            Labels(root.GetProperty("groupLabels")), alerts, Now, root.GetProperty("externalURL").GetString()!);
    }

    public static LabelSet Labels(JsonElement map) =>
        LabelSet.From(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)));

    public static Alert Alert(string name, string instance, bool resolved = false, params (string, string)[] annotations) => new(
        LabelSet.Of(("alertname", name), ("instance", instance), ("severity", "critical")),
        LabelSet.Of(annotations),
        Now.AddMinutes(-10),
        resolved ? Now.AddMinutes(-1) : GoTime.Zero,
        "http://prometheus.example:9090/graph");

    public static NotificationContext Context(params Alert[] alerts) => new(
        "team-x", "{}/{severity=\"critical\"}:{alertname=\"HighLatency\"}", LabelSet.Of(("alertname", "HighLatency")), alerts, Now,
        "http://alertrouter.example");
}
