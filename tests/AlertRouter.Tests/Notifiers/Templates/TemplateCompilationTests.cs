using Microsoft.Extensions.DependencyInjection;
using AlertRouter.Config;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Templates;

/// <summary>
/// Templates compile once per config load, never per notification: the loaded set's compilation count stops moving
/// once every field has been met, however many notifications follow, and a reload starts a new set.
/// </summary>
public sealed class TemplateCompilationTests
{
    private const string Config = """
        route: {receiver: team, group_by: [alertname], group_wait: 1s, group_interval: 1s, repeat_interval: 1h}
        receivers:
          - name: team
            slack_configs:
              - api_url: SINK/services/T1/B2/abcdefghijkl
                title: '{{ .CommonLabels.alertname | toUpper }} ({{ len .Alerts }})'
                text: '{{ range .Alerts }}{{ .Labels.instance }} {{ end }}'
        """;

    [Fact]
    public async Task Notifications_ManyAfterTheFirst_CompileNothingMore()
    {
        await using var app = await PipelineApp.StartAsync(Config);
        app.Sink.Responder = _ => new ScriptedResponse(200, "ok");
        var config = app.App.Services.GetRequiredService<IRouterConfigProvider>();
        var set = config.Current.MessageTemplates!.Set;
        var atLoad = set.Compilations;

        await app.PostAsync(WebhookAlertSpec.Of(("alertname", "A0"), ("instance", "i0")));
        await app.AdvanceAsync(TimeSpan.FromSeconds(2));
        var afterFirst = set.Compilations;
        for (var i = 1; i <= 5; i++)
        {
            await app.PostAsync(WebhookAlertSpec.Of(("alertname", $"A{i}"), ("instance", $"i{i}")));
            await app.AdvanceAsync(TimeSpan.FromSeconds(2));
        }

        Assert.Equal(6, app.Sink.Requests.Count);
        Assert.Contains("A5 (1)", app.Sink.Requests[^1].Body, StringComparison.Ordinal);
        Assert.True(atLoad >= 2, $"the configured title and text compile at load ({atLoad} compilations)");
        Assert.Equal(afterFirst, set.Compilations);
        Assert.Same(set, config.Current.MessageTemplates!.Set);
    }
}
