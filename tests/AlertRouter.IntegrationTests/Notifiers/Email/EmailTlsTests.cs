using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>Implicit TLS and each tls_config setting, per receiver, against aiosmtpd on a certificate of a test CA.</summary>
public sealed class EmailTlsTests : IDisposable
{
    private readonly EmailHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static EmailConfig Config(SmtpServer server, TlsConfig tls) => new()
    {
        To = "oncall@example.test",
        From = "ar@example.test",
        Smarthost = server.Smarthost,
        Tls = tls,
    };

    [Fact]
    public async Task NotifyAsync_ForceImplicitTls_TlsFromTheFirstByte()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.Implicit, User = "u", Password = "implicit-Pa55" });
        var config = Config(server, new TlsConfig { CaFile = server.Certificates!.CaFile }) with
        {
            ForceImplicitTls = true,
            AuthUsername = "u",
            AuthPassword = new Secret("implicit-Pa55"),
        };

        var result = await _harness.NotifyAsync(config, EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(message.Session.Tls);
        Assert.True(message.Session.Authenticated);
    }

    [Fact]
    public async Task NotifyAsync_ImplicitTlsServerOnAnotherPortWithoutForce_RetryableTimeout()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.Implicit });
        using var impatient = new EmailHarness(smtpTimeout: TimeSpan.FromSeconds(2));

        var result = await impatient.NotifyAsync(Config(server, new TlsConfig { CaFile = server.Certificates!.CaFile }), EmailHarness.DiskFull());

        Assert.Equal(FailureReason.Timeout, Assert.IsType<Retryable>(result).Reason);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task NotifyAsync_ServerNameInTheCertificate_VerifiedAgainstIt()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.StartTls });
        var ca = server.Certificates!.CaFile;

        var matching = await _harness.NotifyAsync(Config(server, new TlsConfig { CaFile = ca, ServerName = TestCertificates.ServerAltName }), EmailHarness.DiskFull());
        var other = await _harness.NotifyAsync(Config(server, new TlsConfig { CaFile = ca, ServerName = "other.test" }), EmailHarness.DiskFull());

        Assert.IsType<Delivered>(matching);
        Assert.Contains("TLS handshake", Assert.IsType<Retryable>(other).Message, StringComparison.Ordinal);
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task NotifyAsync_ServerRequiresAClientCertificate_SentFromCertAndKeyFiles()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.StartTls, RequireClientCertificate = true });
        var certificates = server.Certificates!;

        var without = await _harness.NotifyAsync(Config(server, new TlsConfig { CaFile = certificates.CaFile }), EmailHarness.DiskFull());
        var with = await _harness.NotifyAsync(
            Config(server, new TlsConfig { CaFile = certificates.CaFile, CertFile = certificates.ClientCertFile, KeyFile = certificates.ClientKeyFile }),
            EmailHarness.DiskFull());

        Assert.IsType<Retryable>(without);
        Assert.IsType<Delivered>(with);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal(TestCertificates.ClientCommonName, message.Session.ClientCertCommonName);
    }

    [Fact]
    public async Task NotifyAsync_MinVersionTls13_Delivers()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.StartTls });

        var result = await _harness.NotifyAsync(Config(server, new TlsConfig { CaFile = server.Certificates!.CaFile, MinVersion = "TLS13" }), EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
    }

    [Fact]
    public async Task NotifyAsync_CaFileMissing_PermanentTlsConfigError()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.StartTls });

        var result = await _harness.NotifyAsync(Config(server, new TlsConfig { CaFile = Path.Combine(server.Directory, "missing.pem") }), EmailHarness.DiskFull());

        Assert.StartsWith("parse TLS configuration: unable to load specified CA", Assert.IsType<Permanent>(result).Message, StringComparison.Ordinal);
    }
}
