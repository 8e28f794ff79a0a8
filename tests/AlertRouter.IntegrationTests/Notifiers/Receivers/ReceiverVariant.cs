using System.Text.RegularExpressions;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>
/// One recorded variant (<c>default</c>, <c>templated</c>, <c>truncation</c>) of the receiver kinds in
/// testdata/receivers: each kind's receiver block, pointed at a capture server.
/// </summary>
internal static partial class ReceiverVariant
{
    /// <summary>The kinds whose endpoint Alertmanager 0.25 lets a config override (api_url, webhook_url).</summary>
    public static readonly string[] OverridableKinds = ["sns", "telegram", "discord", "webex"];

    public static string Dir => Path.Combine(AppContext.BaseDirectory, "testdata", "receivers");

    /// <summary>The <c>receivers:</c> entry named recorder: a webhook (the data Alertmanager used) plus every kind.</summary>
    public static string Receiver(string variant, string captureUrl)
    {
        var blocks = OverridableKinds.Select(kind => Block(kind, variant, captureUrl));
        return $"receivers:\n- name: recorder\n  webhook_configs: [{{url: '{captureUrl}/webhook', send_resolved: true}}]\n{string.Concat(blocks)}";
    }

    /// <summary>One kind's block of the variant, every recorded loopback URL replaced by <paramref name="captureUrl"/>.</summary>
    public static string Block(string kind, string variant, string captureUrl) =>
        RecordedHost().Replace(File.ReadAllText(Path.Combine(Dir, kind, variant + ".yml")), captureUrl).TrimEnd() + "\n";

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex RecordedHost();
}
