using AlertRouter.Notifiers;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Notifiers.Support;

/// <summary>
/// Sends a recorded variant's notification (<see cref="ReceiverRecordings"/>) through AddNotifiers() to a capture
/// server answering as the vendor does, and compares each request's method, path and query, Authorization,
/// Content-Type and body bytes with what Alertmanager 0.25 sent.
/// </summary>
public abstract class RecordedReceiverTest : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private protected CaptureServer Server { get; private set; } = null!;

    /// <summary>How the vendor accepts a request.</summary>
    private protected abstract ScriptedResponse Accepted { get; }

    public async Task InitializeAsync()
    {
        Server = await CaptureServer.StartAsync();
        Server.DefaultResponse = Accepted;
        var services = new ServiceCollection().AddLogging().AddNotifiers();
        Configure(services, Server.Url.TrimEnd('/'));
        _services = services.BuildServiceProvider();
    }

    /// <summary>Points a kind whose endpoint the config cannot set at the capture server (<paramref name="server"/>, no trailing '/').</summary>
    private protected virtual void Configure(IServiceCollection services, string server)
    {
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <param name="requests">How many requests the notification made; more than one are recorded as <c>.1</c>, <c>.2</c>, ...</param>
    /// <param name="skip">Leading requests that were not recorded for this notification (a token fetch).</param>
    /// <param name="recordedBase">For a built example: the vendor's base URL in its config, replaced by the capture server's.</param>
    private protected async Task AssertSendsRecordedAsync<T>(string kind, string variant, string phase, int requests = 1, int skip = 0, string? recordedBase = null)
        where T : IntegrationConfig
    {
        var config = ReceiverRecordings.Config<T>(kind, variant, Server.Url.TrimEnd('/') + "/", recordedBase);

        var result = await _services.GetRequiredService<NotifierRegistry>().NotifyAsync(config, ReceiverRecordings.Context(phase == "resolved"), CancellationToken.None);

        Assert.IsType<Delivered>(result);
        var expected = Enumerable.Range(1, requests)
            .Select(n => ReceiverRecordings.Load(kind, requests == 1 ? $"{variant}-{phase}" : $"{variant}-{phase}.{n}"))
            .Select(r => (r.Method, r.Target, r.Header("Authorization"), r.Header("Content-Type"), r.BodyText));
        var actual = Server.Requests.Skip(skip)
            .Select(r => (r.Method, r.Path + r.Query, r.Headers.GetValueOrDefault("Authorization"), r.Headers.GetValueOrDefault("Content-Type"), r.Body));
        Assert.Equal(expected, actual);
    }
}
