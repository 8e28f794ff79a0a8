using System.Net;
using System.Net.Sockets;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>AssertNotifyLeaksNoSecret for email: every kind of failure, and no password in errors, logs or exceptions.</summary>
public sealed class EmailSecretLeakTests : IAsyncLifetime
{
    private const string Password = "EMAILSECRETpw-4711";
    private const string AuthSecret = "CRAMSECRET-0815";
    private SmtpServer _tls = null!;
    private SmtpServer _plain = null!;
    private readonly EmailHarness _harness = new(smtpTimeout: TimeSpan.FromSeconds(3));

    public async Task InitializeAsync()
    {
        _tls = await SmtpServer.StartAsync(starttls: true, "user", "the-right-password");
        _plain = await SmtpServer.StartAsync(starttls: false, "user", "the-right-password");
    }

    public async Task DisposeAsync()
    {
        await _tls.DisposeAsync();
        await _plain.DisposeAsync();
        _harness.Dispose();
    }

    private static EmailConfig Config(string smarthost, bool insecure = true) => new()
    {
        To = "oncall@example.test",
        From = "ar@example.test",
        Smarthost = smarthost,
        AuthUsername = "user",
        AuthPassword = new Secret(Password),
        AuthSecret = new Secret(AuthSecret),
        Tls = new TlsConfig { InsecureSkipVerify = insecure },
    };

    [Fact]
    public async Task NotifyAsync_EveryFailure_NoSecretInErrorLogsOrException()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var configs = new[]
        {
            Config(_tls.Smarthost),
            Config(_tls.Smarthost, insecure: false),
            Config(_plain.Smarthost),
            Config(_plain.Smarthost) with { RequireTls = false },
            Config($"127.0.0.1:{Tools.FreePort()}"),
            Config($"127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"),
            Config("smtp.example.test:465"),
            Config(_tls.Smarthost) with { To = $"{Password} <broken" },
        };
        var texts = new List<string>();
        foreach (var config in configs)
        {
            var result = await _harness.NotifyAsync(config, EmailHarness.DiskFull());
            Assert.NotNull(result.Error);
            texts.Add(result.Error);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _harness.NotifyAsync(Config($"127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"), EmailHarness.DiskFull(), cts.Token));
        texts.Add(e.ToString());
        texts.Add(_harness.Logs);

        Assert.All(texts, t => Assert.DoesNotContain(Password, t, StringComparison.OrdinalIgnoreCase));
        Assert.All(texts, t => Assert.DoesNotContain(AuthSecret, t, StringComparison.OrdinalIgnoreCase));
    }
}
