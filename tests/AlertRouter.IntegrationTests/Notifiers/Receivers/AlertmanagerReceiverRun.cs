using System.Text;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>
/// Debian's Alertmanager 0.25 sending one variant to a capture server: the recorded group (testdata/receivers
/// README: group by alertname, external URL http://alertmanager.example:9093) fires, then resolves. Each phase keeps
/// every kind's request and the webhook message that shows the data Alertmanager rendered.
/// </summary>
internal sealed class AlertmanagerReceiverRun
{
    private AlertmanagerReceiverRun(IReadOnlyList<CapturedRequest> firing, IReadOnlyList<CapturedRequest> resolved)
    {
        Firing = firing;
        Resolved = resolved;
    }

    public IReadOnlyList<CapturedRequest> Firing { get; }

    public IReadOnlyList<CapturedRequest> Resolved { get; }

    public IReadOnlyList<CapturedRequest> Phase(string phase) => phase == "firing" ? Firing : Resolved;

    public static async Task<AlertmanagerReceiverRun> StartAsync(string variant)
    {
        await using var capture = await CaptureServer.StartAsync();
        capture.Responder = VendorAnswers.For;
        var config = "route: {receiver: recorder, group_by: [alertname], group_wait: 1s, group_interval: 2s, repeat_interval: 1h}\n"
            + ReceiverVariant.Receiver(variant, capture.Url);
        await using var am = await AlertmanagerProcess.StartAsync(config, "http://alertmanager.example:9093");
        using var client = new HttpClient();
        var kinds = ReceiverVariant.OverridableKinds.Length + 1;

        await PostAsync(client, am, "alerts-firing.json");
        var firing = await capture.WaitForAsync(kinds, TimeSpan.FromSeconds(30));
        await PostAsync(client, am, "alerts-resolved.json");
        var all = await capture.WaitForAsync(2 * kinds, TimeSpan.FromSeconds(30));
        return new AlertmanagerReceiverRun([.. firing.Take(kinds)], [.. all.Skip(kinds).Take(kinds)]);
    }

    private static async Task PostAsync(HttpClient client, AlertmanagerProcess am, string file)
    {
        using var content = new StringContent(await File.ReadAllTextAsync(Path.Combine(ReceiverVariant.Dir, file)), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"{am.Url}/api/v2/alerts", content);
        response.EnsureSuccessStatusCode();
    }
}
