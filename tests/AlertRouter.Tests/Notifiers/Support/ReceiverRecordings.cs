using System.Text;
using System.Text.Json;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>
/// The reference requests of tests/AlertRouter.IntegrationTests/testdata/receivers (see its README): the DiskFull group
/// of <c>alerts-firing.json</c> / <c>alerts-resolved.json</c> as a notification, and each <c>.http</c> file parsed.
/// </summary>
internal static class ReceiverRecordings
{
    /// <summary>SHA-256 of the recordings' group key <c>{}:{alertname="DiskFull"}</c>.</summary>
    public const string GroupKeyHash = "17c4e445d234645c9e547ff6d32a864af0ebdadcd1902771c24c8d366637ff41";

    private static string Dir => Path.Combine(Tools.RepoRoot, "tests", "AlertRouter.IntegrationTests", "testdata", "receivers");

    /// <summary>The group as Alertmanager notified receiver <c>recorder</c>: firing at 10:05, resolved at 11:00.</summary>
    public static NotificationContext Group(bool resolved)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, resolved ? "alerts-resolved.json" : "alerts-firing.json")));
        var alerts = doc.RootElement.EnumerateArray().Select(a => new Alert(
            Samples.Labels(a.GetProperty("labels")),
            Samples.Labels(a.GetProperty("annotations")),
            DateTimeOffset.Parse(a.GetProperty("startsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(a.GetProperty("endsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            a.GetProperty("generatorURL").GetString()!)).ToArray();
        var now = resolved ? new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero) : new DateTimeOffset(2026, 11, 21, 10, 5, 0, TimeSpan.Zero);
        return new NotificationContext("recorder", "{}:{alertname=\"DiskFull\"}", LabelSet.Of(("alertname", "DiskFull")), alerts, now,
            "http://alertmanager.example:9093");
    }

    /// <summary>One request file, e.g. <c>Request("jira", "default-resolved.2")</c>.</summary>
    public static Recorded Request(string kind, string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Dir, kind, name + ".http"));
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var start = lines[0].Split(' ');
        var headers = lines.Skip(1).ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Recorded(start[0], start[1], headers, Encoding.UTF8.GetString(bytes, end + 4, bytes.Length - end - 4));
    }

    /// <summary>A recorded request: method, target (path and query), headers and body.</summary>
    internal sealed record Recorded(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        /// <summary>The target's path alone.</summary>
        public string Path => Target.Split('?')[0];

        /// <summary>The target's query with its <c>?</c>, or empty.</summary>
        public string Query => Target.Contains('?', StringComparison.Ordinal) ? Target[Target.IndexOf('?', StringComparison.Ordinal)..] : "";
    }
}
