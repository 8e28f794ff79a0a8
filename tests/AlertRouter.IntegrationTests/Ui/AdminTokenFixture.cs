namespace AlertRouter.IntegrationTests.Ui;

/// <summary>An AlertRouter with <c>AlertRouter:Api:AdminToken</c> set, a dead letter to replay, and an alert whose labels hold markup.</summary>
public sealed class AdminTokenFixture : IAsyncLifetime
{
    public const string Token = "ui-admin-token-3b9e71f4";

    public const string Markup = "<img src=x onerror=\"window.__xss=1\">";

    public static readonly string[] Secrets = [Token, "webhook-secret-0a11ce55", "webhook-secret-b0b5e11a"];

    private const string Config = """
        route:
          receiver: ops
          group_by: [alertname]
          group_wait: 0s
          routes:
            - matchers: ['team="payments"']
              receiver: payments
        receivers:
          - name: ops
            webhook_configs:
              - url: SINK/hooks/ops/webhook-secret-0a11ce55
          - name: payments
            webhook_configs:
              - url: SINK/hooks/payments/webhook-secret-b0b5e11a
        """;

    public UiStack Stack { get; private set; } = null!;

    public UiBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stack = await UiStack.StartAsync(Config, new Dictionary<string, string> { ["Api:AdminToken"] = Token });
        await Stack.PostAsync(
            new Dictionary<string, string> { ["alertname"] = "XssProbe", ["payload"] = Markup, ["@summary"] = "<script>window.__xss=2</script>" },
            new Dictionary<string, string> { ["alertname"] = "CheckoutDown", ["team"] = "payments" });
        await Stack.WaitForDeliveriesAsync(delivered: 1, dead: 1);
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
