using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>SMTP reply codes: 4xx retried, 5xx permanent with the server's text; refused recipients one by one.</summary>
public sealed class EmailRepliesTests : IDisposable
{
    private readonly EmailHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static EmailConfig Config(SmtpServer server, string to = "oncall@example.test") =>
        new() { To = to, From = "ar@example.test", Smarthost = server.Smarthost, RequireTls = false };

    [Fact]
    public async Task NotifyAsync_451AtData_RetryableWithTheServersText()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { DataReply = "451 4.7.1 Greylisted, please try again later" });

        var result = await _harness.NotifyAsync(Config(server), EmailHarness.DiskFull());

        var retryable = Assert.IsType<Retryable>(result);
        Assert.Equal(FailureReason.ServerError, retryable.Reason);
        Assert.Equal(451, retryable.StatusCode);
        Assert.Equal($"{server.Smarthost} deferred the mail at DATA (451): 4.7.1 Greylisted, please try again later", retryable.Message);
    }

    [Fact]
    public async Task NotifyAsync_554AtData_PermanentWithTheServersText()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions { DataReply = "554 5.7.1 Message rejected as spam" });

        var result = await _harness.NotifyAsync(Config(server), EmailHarness.DiskFull());

        var permanent = Assert.IsType<Permanent>(result);
        Assert.Equal(FailureReason.ClientError, permanent.Reason);
        Assert.Equal($"{server.Smarthost} rejected the mail at DATA (554): 5.7.1 Message rejected as spam", permanent.Message);
    }

    [Fact]
    public async Task NotifyAsync_OneRecipientRefused_DeliveredToTheOthersAndTheRefusalReported()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions());

        var result = await _harness.NotifyAsync(Config(server, "oncall@example.test, reject-ghost@example.test, dba@example.test"), EmailHarness.DiskFull());

        var delivered = Assert.IsType<Delivered>(result);
        Assert.Equal(
            $"1 of 3 recipients refused by {server.Smarthost}: reject-ghost@example.test: 550 5.1.1 <reject-ghost@example.test>: " +
            "Recipient address rejected: User unknown",
            delivered.Warning);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal(["oncall@example.test", "dba@example.test"], message.RcptTos);
        Assert.Contains("reject-ghost@example.test: 550", _harness.Logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_EveryRecipientRefusedOneOnlyForNow_RetryableListingEach()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions());

        var result = await _harness.NotifyAsync(Config(server, "reject-a@example.test, defer-b@example.test"), EmailHarness.DiskFull());

        var retryable = Assert.IsType<Retryable>(result);
        Assert.Equal(451, retryable.StatusCode);
        Assert.Contains("reject-a@example.test: 550 ", retryable.Message, StringComparison.Ordinal);
        Assert.Contains("defer-b@example.test: 451 ", retryable.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task NotifyAsync_EveryRecipientRefusedForGood_Permanent()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerOptions());

        var result = await _harness.NotifyAsync(Config(server, "reject-a@example.test"), EmailHarness.DiskFull());

        Assert.StartsWith($"1 of 1 recipients refused by {server.Smarthost}: reject-a@example.test: 550 ", Assert.IsType<Permanent>(result).Message, StringComparison.Ordinal);
    }
}
