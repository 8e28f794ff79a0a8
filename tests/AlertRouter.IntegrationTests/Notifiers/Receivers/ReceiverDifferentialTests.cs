using System.Text.RegularExpressions;
using AlertRouter.Config;
using AlertRouter.Notifiers;
using AlertRouter.TestSupport;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>
/// Alertmanager 0.25 and AlertRouter send the same group through the same receiver block (testdata/receivers), each
/// to its own capture server; method, path, query, content type, credentials and body must be identical, firing and
/// resolved. AlertRouter's side is its config loader and its notifier, given the notification Alertmanager built (read
/// from the webhook Alertmanager sent beside the other kinds). User-Agent and Host are not compared (they name the
/// program and the capture port). Discord's truncation variant is left out: 0.25 sends a 300-rune title whole and
/// Discord refuses it; AlertRouter cuts at Discord's limits as Alertmanager 0.27+ does.
/// </summary>
public sealed partial class ReceiverDifferentialTests(AlertmanagerRuns runs) : IClassFixture<AlertmanagerRuns>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in ReceiverVariant.OverridableKinds)
        {
            foreach (var variant in new[] { "default", "templated", "truncation" })
            {
                if (kind == "discord" && variant == "truncation")
                {
                    continue;
                }

                data.Add(kind, variant, "firing");
                data.Add(kind, variant, "resolved");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NotifyAsync_SameGroupAsAlertmanager025_SameRequest(string kind, string variant, string phase)
    {
        var run = await runs.ForAsync(variant);
        var theirs = run.Phase(phase).Single(r => VendorAnswers.Kind(r) == kind);
        var webhook = run.Phase(phase).Single(r => VendorAnswers.Kind(r) == "webhook");
        await using var capture = await CaptureServer.StartAsync();
        capture.Responder = VendorAnswers.For;
        var config = Load(kind, variant, capture.Url);
        using var services = new ServiceCollection().AddLogging().AddNotifiers().BuildServiceProvider();

        var result = await services.GetRequiredService<NotifierRegistry>()
            .NotifyAsync(config, WebhookNotification.Parse(webhook.Body, TimeProvider.System.GetUtcNow()), CancellationToken.None);

        Assert.IsType<Delivered>(result);
        var ours = Assert.Single(capture.Requests);
        Assert.Equal((theirs.Method, theirs.Path, theirs.Query), (ours.Method, ours.Path, ours.Query));
        if (kind is "webex" or "sns")
        {
            Assert.StartsWith(kind == "sns" ? "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" : "Bearer ", ours.Headers["Authorization"], StringComparison.Ordinal);
        }

        foreach (var header in new[] { "Content-Type", "Authorization", "X-Amz-Security-Token" })
        {
            Assert.Equal(Credentials(theirs.Headers.GetValueOrDefault(header)), Credentials(ours.Headers.GetValueOrDefault(header)));
        }

        Assert.Equal(theirs.Body, ours.Body);
    }

    private static IntegrationConfig Load(string kind, string variant, string captureUrl)
    {
        var dir = Tools.TempDir("receivers");
        File.WriteAllText(Path.Combine(dir, "alertmanager.yml"),
            $"route: {{receiver: recorder}}\nreceivers:\n- name: recorder\n{ReceiverVariant.Block(kind, variant, captureUrl)}");
        var result = new ConfigLoader(new EnvironmentExpander(_ => null), [], TimeProvider.System).Load([dir]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.Single(result.Config!.Receivers["recorder"].Integrations);
    }

    // A SigV4 Authorization names the signing date and ends in a signature over Host (the capture port) and
    // X-Amz-Date: those two parts differ between the runs; the key, scope and signed headers must not.
    private static string? Credentials(string? value) => value is null ? null : SigV4Varying().Replace(value, m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) + "…");

    [GeneratedRegex(@"(Credential=[^/]+/)\d{8}|(Signature=)[0-9a-f]{64}")]
    private static partial Regex SigV4Varying();
}
