using System.Net.Http.Json;
using System.Text.Json;

namespace AlertRouter.IntegrationTests.Ui;

/// <summary>
/// An AlertRouter with an admin token, a Slack receiver whose fields are Go templates, and one current group of two
/// alerts (one label holds markup) that is not due for an hour, so a preview is the only thing that renders it.
/// </summary>
public sealed class PreviewPageFixture : IAsyncLifetime
{
    public const string Token = "ui-preview-token-8c2d";

    public const string Markup = "<img src=x onerror=\"window.__xss=3\">";

    private const string Config = """
        route:
          receiver: team
          group_by: [alertname]
          group_wait: 1h
        receivers:
          - name: team
            slack_configs:
              - api_url: SINK/services/T1/B2/slack-secret-77aa
                channel: '#{{ .CommonLabels.team }}'
                title: '{{ .CommonLabels.alertname | toUpper }} ({{ len .Alerts }})'
                text: '{{ range .Alerts }}{{ .Labels.instance }}: {{ .Annotations.summary }}{{ "\n" }}{{ end }}'
          - name: idle
            webhook_configs:
              - url: SINK/hooks/idle
        """;

    public UiStack Stack { get; private set; } = null!;

    public UiBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stack = await UiStack.StartAsync(Config, new Dictionary<string, string> { ["Api:AdminToken"] = Token });
        await Stack.PostAsync(
            new Dictionary<string, string> { ["alertname"] = "DiskFull", ["team"] = "db", ["instance"] = "db-1", ["@summary"] = "95% full" },
            new Dictionary<string, string> { ["alertname"] = "DiskFull", ["team"] = "db", ["instance"] = Markup, ["@summary"] = "80% full" });
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while ((await Stack.App.Api.GetFromJsonAsync<JsonElement>("/api/v1/groups")).GetArrayLength() == 0)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("the group of the posted alerts did not appear");
            }

            await Task.Delay(100);
        }

        Browser = await UiBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }
    }
}
