using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.TestSupport;
using AlertRouter.Yaml;

namespace AlertRouter.IntegrationTests.Notifiers.Support;

/// <summary>
/// The requests Alertmanager 0.25 sent for one fixed group (testdata/receivers, see its README): the recorded
/// requests, each variant's receiver block loaded as AlertRouter's config aimed at a capture server, and the
/// notification behind them (receiver <c>recorder</c>, group by alertname, external URL
/// <c>http://alertmanager.example:9093</c>).
/// </summary>
internal static partial class ReceiverRecordings
{
    public const string GroupKey = "{}:{alertname=\"DiskFull\"}";
    public const string ExternalUrl = "http://alertmanager.example:9093";

    private static string Dir => Path.Combine(AppContext.BaseDirectory, "testdata", "receivers");

    /// <summary>A recorded request, e.g. <c>Load("opsgenie", "templated-firing.1")</c>.</summary>
    public static RecordedHttpRequest Load(string kind, string name) => RecordedHttpRequest.Parse(File.ReadAllBytes(Path.Combine(Dir, kind, name + ".http")));

    /// <summary>
    /// The variant's receiver block as AlertRouter loads it, its recorded loopback URL (<c>http://127.0.0.1:PORT/</c>)
    /// replaced by <paramref name="baseUrl"/> (ending in '/'), and without the recording's <c>http_config</c> (its proxy
    /// and throw-away CA reached endpoints that Alertmanager fixes).
    /// </summary>
    /// <param name="recordedBase">For a built example: the vendor's base URL in it (e.g. <c>https://chat.googleapis.com/</c>).</param>
    public static T Config<T>(string kind, string variant, string baseUrl, string? recordedBase = null)
        where T : IntegrationConfig
    {
        var yaml = File.ReadAllText(Path.Combine(Dir, kind, variant + ".yml"));
        yaml = recordedBase is null ? RecordedHost().Replace(yaml, baseUrl) : yaml.Replace(recordedBase, baseUrl, StringComparison.Ordinal);
        var block = HttpConfig().Replace(yaml, "");
        var dir = Tools.TempDir("recorded-config");
        File.WriteAllText(Path.Combine(dir, "alertmanager.yml"), $"route: {{receiver: recorder, group_by: [alertname]}}\nreceivers:\n- name: recorder\n{block}");
        var loader = new ConfigLoader(new EnvironmentExpander(_ => null), [], new ManualTimeProvider());
        var result = loader.Load([dir]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.IsType<T>(Assert.Single(result.Config!.Receivers["recorder"].Integrations));
    }

    /// <summary>The notification Alertmanager sent for <c>alerts-firing.json</c> or <c>alerts-resolved.json</c>.</summary>
    public static NotificationContext Context(bool resolved)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, resolved ? "alerts-resolved.json" : "alerts-firing.json")));
        var alerts = doc.RootElement.EnumerateArray().Select(a =>
        {
            GoTime.TryParse(a.GetProperty("startsAt").GetString(), out var startsAt);
            GoTime.TryParse(a.GetProperty("endsAt").GetString(), out var endsAt);
            return new Alert(Labels(a.GetProperty("labels")), Labels(a.GetProperty("annotations")), startsAt, endsAt,
                a.GetProperty("generatorURL").GetString()!);
        }).ToList();
        var now = new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
        return new NotificationContext("recorder", GroupKey, LabelSet.Of(("alertname", "DiskFull")), alerts, now, ExternalUrl);
    }

    private static LabelSet Labels(JsonElement map) =>
        LabelSet.From(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)));

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex RecordedHost();

    [GeneratedRegex(@"^    http_config:\n(?:      .*\n)+", RegexOptions.Multiline)]
    private static partial Regex HttpConfig();
}
