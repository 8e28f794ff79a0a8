using System.Text.Json;
using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.TestSupport;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>
/// Rocket.Chat has no Alertmanager 0.25 to compare with. The reference is the documented request of chat.postMessage
/// (https://developer.rocket.chat/reference/api/rest-api/endpoints/messaging/chat-endpoints/postmessage:
/// <c>POST /api/v1/chat.postMessage</c>, headers <c>X-Auth-Token</c> and <c>X-User-Id</c>, a JSON body with
/// <c>channel</c> and <c>attachments</c>) and the example built from Alertmanager v0.34.0's notify/rocketchat for the
/// recorded group (testdata/receivers/rocketchat, README "Built, not recorded").
/// </summary>
public sealed class RocketChatRecordedExampleTests
{
    [Theory]
    [InlineData("firing")]
    [InlineData("resolved")]
    public async Task NotifyAsync_RecordedGroup_DocumentedRequestAndTheBuiltExample(string phase)
    {
        var expected = RecordedHttpRequest.Load("rocketchat", $"default-{phase}.http");
        await using var capture = await CaptureServer.StartAsync();
        capture.DefaultResponse = ScriptedResponse.Json(200, """{"success":true}""");
        var config = Load(ReceiverVariant.Block("rocketchat", "default", "").Replace("https://open.rocket.chat/", capture.Url + "/", StringComparison.Ordinal));
        using var services = new ServiceCollection().AddLogging().AddNotifiers().BuildServiceProvider();

        var result = await services.GetRequiredService<NotifierRegistry>().NotifyAsync(config, Group(phase), CancellationToken.None);

        Assert.IsType<Delivered>(result);
        var ours = Assert.Single(capture.Requests);
        Assert.Equal((expected.Method, expected.Target), (ours.Method, ours.Path + ours.Query));
        Assert.Equal(("POST", "/api/v1/chat.postMessage"), (ours.Method, ours.Path));
        foreach (var header in new[] { "Content-Type", "X-Auth-Token", "X-User-Id" })
        {
            Assert.Equal(expected.Headers[header], ours.Headers[header]);
        }

        Assert.Equal(expected.Body, ours.Body);
        using var body = JsonDocument.Parse(ours.Body);
        Assert.Equal("#alerts", body.RootElement.GetProperty("channel").GetString());
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("attachments").ValueKind);
    }

    private static IntegrationConfig Load(string block)
    {
        var dir = Tools.TempDir("rocketchat");
        File.WriteAllText(Path.Combine(dir, "alertmanager.yml"), $"route: {{receiver: recorder}}\nreceivers:\n- name: recorder\n{block}");
        var result = new ConfigLoader(new EnvironmentExpander(_ => null), [], TimeProvider.System).Load([dir]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.Single(result.Config!.Receivers["recorder"].Integrations);
    }

    // The recorded group (testdata/receivers/README.md) as Alertmanager hands it over: firing alerts carry no end.
    private static NotificationContext Group(string phase)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReceiverVariant.Dir, $"alerts-{phase}.json")));
        var alerts = doc.RootElement.EnumerateArray().Select(a =>
        {
            GoTime.TryParse(a.GetProperty("startsAt").GetString(), out var startsAt);
            GoTime.TryParse(a.GetProperty("endsAt").GetString(), out var endsAt);
            return new Alert(Labels(a.GetProperty("labels")), Labels(a.GetProperty("annotations")), startsAt,
                phase == "firing" ? GoTime.Zero : endsAt, a.GetProperty("generatorURL").GetString()!);
        }).ToList();
        return new NotificationContext("recorder", "{}:{alertname=\"DiskFull\"}", LabelSet.Of(("alertname", "DiskFull")), alerts,
            TimeProvider.System.GetUtcNow(), "http://alertmanager.example:9093");
    }

    private static LabelSet Labels(JsonElement map) => LabelSet.Of([.. map.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))]);
}
