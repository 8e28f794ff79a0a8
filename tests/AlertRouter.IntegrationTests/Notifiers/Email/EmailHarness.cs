using System.Collections.Concurrent;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>AddNotifiers() in a plain service provider with every log line captured, plus the email test data.</summary>
internal sealed class EmailHarness : IDisposable, ILoggerProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly ConcurrentQueue<string> _logs = new();

    public EmailHarness(TimeSpan? smtpTimeout = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(this));
        services.AddNotifiers();
        services.Configure<NotifierOptions>(o => o.SmtpTimeout = smtpTimeout ?? TimeSpan.FromSeconds(20));
        _provider = services.BuildServiceProvider();
    }

    public string Logs => string.Join("\n", _logs);

    public Task<DeliveryResult> NotifyAsync(IntegrationConfig config, NotificationContext context, CancellationToken ct = default) =>
        _provider.GetRequiredService<NotifierRegistry>().NotifyAsync(config, context, ct);

    /// <summary>The DiskFull group behind the Alertmanager 0.25 email sample (receiver all-real, group by alertname).</summary>
    public static NotificationContext DiskFull(bool resolved = false, string summary = "disk 95% full") => new(
        "all-real", "{}:{alertname=\"DiskFull\"}", LabelSet.Of(("alertname", "DiskFull")),
        [
            new Alert(
                LabelSet.Of(("alertname", "DiskFull"), ("instance", "db-1:9100"), ("severity", "critical"), ("team", "infra")),
                LabelSet.Of(("summary", summary)),
                Now.AddMinutes(-3), resolved ? Now.AddMinutes(-1) : GoTime.Zero, ""),
        ],
        Now, "http://vm:9093");

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => _provider.Dispose();

    private sealed class Logger(EmailHarness owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._logs.Enqueue($"{logLevel} {category} {formatter(state, exception)} {exception}");
    }
}
