using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.Tests.Notifiers.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.Tests.Notifiers;

public sealed class NotifierRegistryTests : IDisposable
{
    private readonly NotifierHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void AddNotifiers_RegistersOneNotifierPerIntegration()
    {
        Assert.Equal(["email", "pagerduty", "slack", "webhook"], _harness.Registry.Integrations.Order(StringComparer.Ordinal));
        foreach (var integration in NotifierRegistry.KnownIntegrations)
        {
            Assert.Equal(integration, _harness.Registry.Get(integration).Integration);
        }

        Assert.False(_harness.Registry.TryGet("opsgenie", out _));
        Assert.Throws<KeyNotFoundException>(() => _harness.Registry.Get("opsgenie"));
    }

    [Fact]
    public void AddNotifiers_CalledTwice_StillOneNotifierPerIntegration()
    {
        var services = new ServiceCollection().AddLogging().AddNotifiers().AddNotifiers();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(4, provider.GetServices<INotifier>().Count());
    }

    [Fact]
    public void HttpClients_EveryNamedVariantIsRegistered()
    {
        var factory = _harness.Services.GetRequiredService<IHttpClientFactory>();

        Assert.Equal(12, NotifierHttpClients.Names.Count);
        Assert.Contains("notifier-slack-insecure-noredirect", NotifierHttpClients.Names);
        Assert.Equal("notifier-webhook-insecure", NotifierHttpClients.NameFor("webhook", new HttpClientConfig { InsecureSkipVerify = true }));
        Assert.All(NotifierHttpClients.Names, name => Assert.NotNull(factory.CreateClient(name)));
    }

    [Fact]
    public async Task NotifyAsync_ConfigOfAnotherType_Permanent()
    {
        var notifier = _harness.Registry.Get("slack");

        var result = await notifier.NotifyAsync(new WebhookConfig { Url = new Secret("http://h") }, Samples.DiskFull(), CancellationToken.None);

        Assert.Equal("Permanent/other", Outcome.Of(result));
    }
}
