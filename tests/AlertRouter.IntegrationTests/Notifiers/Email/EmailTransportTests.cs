using System.Net;
using System.Net.Sockets;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>require_tls against servers with and without STARTTLS, and transport failures.</summary>
public sealed class EmailTransportTests : IDisposable
{
    private readonly EmailHarness _harness = new();

    // Only the silent-server case gets a short SMTP timeout: a real conversation under load may take a while.
    private readonly EmailHarness _impatient = new(smtpTimeout: TimeSpan.FromSeconds(1));

    public void Dispose()
    {
        _harness.Dispose();
        _impatient.Dispose();
    }

    private static EmailConfig Config(string smarthost, bool requireTls) =>
        new() { To = "oncall@example.test", From = "ar@example.test", Smarthost = smarthost, RequireTls = requireTls };

    [Fact]
    public async Task NotifyAsync_RequireTlsButNoStartTls_ClearRetryableError()
    {
        await using var server = await SmtpServer.StartAsync(starttls: false);

        var result = await _harness.NotifyAsync(Config(server.Smarthost, requireTls: true), EmailHarness.DiskFull());

        Assert.Equal(FailureReason.Other, Assert.IsType<Retryable>(result).Reason);
        Assert.Equal($"'require_tls' is true (default) but \"{server.Smarthost}\" does not advertise the STARTTLS extension", result.Error);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task NotifyAsync_RequireTlsFalseOnPlainServer_DeliversWithoutTls()
    {
        await using var server = await SmtpServer.StartAsync(starttls: false);

        var result = await _harness.NotifyAsync(Config(server.Smarthost, requireTls: false), EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.False(message.Tls);
        Assert.False(message.Authenticated);
        Assert.Equal("[FIRING:1] DiskFull (db-1:9100 critical infra)", message.Header("Subject"));
    }

    [Fact]
    public async Task NotifyAsync_ConnectionRefused_RetryableNetwork()
    {
        var result = await _harness.NotifyAsync(Config($"127.0.0.1:{Tools.FreePort()}", requireTls: true), EmailHarness.DiskFull());

        Assert.Equal(FailureReason.Network, Assert.IsType<Retryable>(result).Reason);
    }

    [Fact]
    public async Task NotifyAsync_ServerNeverGreets_RetryableTimeoutAfterSmtpTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accept = silent.AcceptTcpClientAsync();

        var result = await _impatient.NotifyAsync(Config($"127.0.0.1:{port}", requireTls: true), EmailHarness.DiskFull());

        Assert.Equal(FailureReason.Timeout, Assert.IsType<Retryable>(result).Reason);
        (await accept).Dispose();
    }

    [Fact]
    public async Task NotifyAsync_CallerCancels_Throws()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var config = Config($"127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}", requireTls: true);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _harness.NotifyAsync(config, EmailHarness.DiskFull(), cts.Token));
    }

    [Theory]
    [InlineData("smtp.example.test", "must be host:port")]
    [InlineData("smtp.example.test:0", "has an invalid port")]
    public async Task NotifyAsync_UnusableSmarthost_PermanentConfigError(string smarthost, string expected)
    {
        var result = await _harness.NotifyAsync(Config(smarthost, requireTls: true), EmailHarness.DiskFull());

        Assert.Equal(FailureReason.ClientError, Assert.IsType<Permanent>(result).Reason);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
