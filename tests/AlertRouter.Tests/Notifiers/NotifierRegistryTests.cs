using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Webhook;
using AlertRouter.Tests.Notifiers.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace AlertRouter.Tests.Notifiers;

public sealed class NotifierRegistryTests : IDisposable
{
    private readonly NotifierHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void AddNotifiers_RegistersOneNotifierPerIntegration()
    {
        Assert.Equal(Integrations.All.Select(i => i.Type).Order(StringComparer.Ordinal), _harness.Registry.Integrations.Order(StringComparer.Ordinal));
        Assert.Subset(_harness.Registry.Integrations.ToHashSet(), new HashSet<string> { "email", "pagerduty", "slack", "webhook", "opsgenie", "wechat", "pushover", "victorops", "sns", "telegram", "discord", "webex", "msteams", "msteamsv2", "jira", "rocketchat", "incidentio", "mattermost", "googlechat" });
        foreach (var integration in Integrations.All)
        {
            Assert.Equal(integration.Type, _harness.Registry.Get(integration.Type).Integration);
        }

        Assert.False(_harness.Registry.TryGet("carrierpigeon", out _));
        Assert.Throws<KeyNotFoundException>(() => _harness.Registry.Get("carrierpigeon"));
    }

    [Fact]
    public void AddNotifiers_CalledTwice_StillOneNotifierPerIntegration()
    {
        var services = new ServiceCollection().AddLogging().AddNotifiers().AddNotifiers();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Integrations.All.Count, provider.GetServices<INotifier>().Count());
    }

    [Fact]
    public void HttpClients_EveryNamedVariantOfEveryIntegrationIsRegistered()
    {
        var options = _harness.Services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>();
        HttpClientConfig[] variants =
        [
            new(), new() { InsecureSkipVerify = true }, new() { FollowRedirects = false }, new() { InsecureSkipVerify = true, FollowRedirects = false },
        ];

        var names = Integrations.All.SelectMany(i => variants.Select(v => NotifierHttpClients.NameFor(i.Type, v))).ToList();

        Assert.Equal(Integrations.All.Count * variants.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("notifier-slack-insecure-noredirect", names);
        Assert.Equal("notifier-webhook-insecure", NotifierHttpClients.NameFor("webhook", new HttpClientConfig { InsecureSkipVerify = true }));
        Assert.All(names, name => Assert.NotEmpty(options.Get(name).HttpMessageHandlerBuilderActions));
    }

    [Fact]
    public async Task NotifyAsync_ConfigOfAnotherType_Permanent()
    {
        var notifier = _harness.Registry.Get("slack");

        var result = await notifier.NotifyAsync(new WebhookConfig { Url = new Secret("http://h") }, Samples.DiskFull(), CancellationToken.None);

        Assert.Equal("Permanent/other", Outcome.Of(result));
    }
}
