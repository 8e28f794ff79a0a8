using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>
/// A real SMTP server (aiosmtpd) as a contract target, requiring AUTH with a user and password: a failure is the reply
/// to RCPT, and an echoing one repeats the credentials the client authenticated with.
/// </summary>
internal sealed class SmtpContractTarget(SmtpServer server) : ContractTarget
{
    public override string Address => server.Smarthost;

    public override int Attempts => server.Recipients.Count;

    public override string Received => string.Join("\n", server.Recipients);

    // The conversation happens in another process; only the count is known here.
    public override IReadOnlyList<DateTimeOffset> Times => throw new NotSupportedException("SMTP attempts are not timed");

    public static async Task<ContractTarget> StartAsync(string user, string password) =>
        new SmtpContractTarget(await SmtpServer.StartAsync(starttls: false, user, password));

    public override void Fail(params int[] statuses) => server.Answer([.. statuses.Select(s => $"{s} {(s < 500 ? "4.3.0 try later" : "5.1.1 no such mailbox")}")]);

    public override void FailEchoing(params int[] statuses) => server.Answer([.. statuses.Select(s => $"{s} rejected for {{auth}}")]);

    public override void RateLimit(int seconds) => throw new NotSupportedException("SMTP has no wait hint");

    public override ValueTask DisposeAsync() => server.DisposeAsync();
}
