using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>
/// AUTH chosen as Alertmanager chooses it, checked on the server side: the first mechanism the server advertises that
/// the config can satisfy. aiosmtpd advertises CRAM-MD5 LOGIN PLAIN in that order unless narrowed.
/// </summary>
public sealed class EmailAuthTests : IDisposable
{
    private const string User = "alertrouter";
    private const string Password = "Auth-Pa55word-42";
    private readonly EmailHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static Task<SmtpServer> StartAsync(string? mechanisms = null) =>
        SmtpServer.StartAsync(new SmtpServerOptions { Tls = SmtpServerTls.StartTls, User = User, Password = Password, Mechanisms = mechanisms });

    private static EmailConfig Config(SmtpServer server) => new()
    {
        To = "oncall@example.test",
        From = "ar@example.test",
        Smarthost = server.Smarthost,
        AuthUsername = User,
        AuthPassword = new Secret(Password),
        Tls = new TlsConfig { CaFile = server.Certificates!.CaFile },
    };

    [Fact]
    public async Task NotifyAsync_AuthSecretAndCramMd5Advertised_AuthenticatesWithCramMd5()
    {
        await using var server = await StartAsync();

        var result = await _harness.NotifyAsync(Config(server) with { AuthSecret = new Secret(Password) }, EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(message.Session.Authenticated);
        Assert.Equal("CRAM-MD5", message.Session.Mechanism);
        Assert.Equal(User, message.Session.Login);
    }

    [Fact]
    public async Task NotifyAsync_NoAuthSecret_SkipsCramMd5ForLogin()
    {
        await using var server = await StartAsync();

        var result = await _harness.NotifyAsync(Config(server), EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("LOGIN", message.Session.Mechanism);
        Assert.Equal(User, message.Session.Login);
    }

    [Fact]
    public async Task NotifyAsync_PlainAdvertised_AuthenticatesWithPlainAndTheIdentity()
    {
        await using var server = await StartAsync(mechanisms: "PLAIN");

        var result = await _harness.NotifyAsync(Config(server) with { AuthIdentity = "ops-team" }, EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("PLAIN", message.Session.Mechanism);
        Assert.Equal("ops-team", message.Session.Identity);
        Assert.Equal(User, message.Session.Login);
    }

    [Fact]
    public async Task NotifyAsync_WrongCramMd5Secret_PermanentNamingTheSecret()
    {
        await using var server = await StartAsync(mechanisms: "CRAM-MD5");

        var result = await _harness.NotifyAsync(Config(server) with { AuthSecret = new Secret("not-the-secret") }, EmailHarness.DiskFull());

        var permanent = Assert.IsType<Permanent>(result);
        Assert.Equal(FailureReason.AuthError, permanent.Reason);
        Assert.StartsWith($"CRAM-MD5 authentication at {server.Smarthost} failed (check auth_username and auth_secret): 535", permanent.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task NotifyAsync_NoUsableMechanism_PermanentWithAlertmanagersReasons()
    {
        await using var server = await StartAsync();

        var result = await _harness.NotifyAsync(Config(server) with { AuthPassword = null }, EmailHarness.DiskFull());

        Assert.Equal(
            "find auth mechanism: missing secret for CRAM-MD5 auth mechanism; missing password for LOGIN auth mechanism; " +
            "missing password for PLAIN auth mechanism",
            Assert.IsType<Permanent>(result).Message);
    }

    [Fact]
    public async Task NotifyAsync_CustomHello_TheServerSeesIt()
    {
        await using var server = await StartAsync();

        await _harness.NotifyAsync(Config(server) with { Hello = "alertrouter.example.test" }, EmailHarness.DiskFull());

        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("alertrouter.example.test", message.Session.Helo);
    }
}
