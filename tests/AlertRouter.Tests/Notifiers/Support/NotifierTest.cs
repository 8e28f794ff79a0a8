using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>
/// What a notifier test stands on: the notifiers as AddNotifiers() wires them (<see cref="Harness"/>) and a capture
/// server in place of the integration's endpoint (<see cref="Server"/>), both fresh for every test.
/// </summary>
public abstract class NotifierTest : IAsyncLifetime
{
    private readonly Lazy<NotifierHarness> _impatient = new(() => new NotifierHarness(httpTimeout: TimeSpan.FromMilliseconds(500)));

    private protected CaptureServer Server { get; private set; } = null!;

    private protected NotifierHarness Harness { get; } = new();

    /// <summary>
    /// A harness with a short HttpClient timeout, for the timeout cases only: a cold first request under load may take
    /// a while.
    /// </summary>
    private protected NotifierHarness Impatient => _impatient.Value;

    public virtual async Task InitializeAsync() => Server = await CaptureServer.StartAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Harness.Dispose();
        if (_impatient.IsValueCreated)
        {
            _impatient.Value.Dispose();
        }
    }
}
