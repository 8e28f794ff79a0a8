using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AlertRouter.TestSupport;

/// <summary>
/// A real aiosmtpd (Debian's python3-aiosmtpd 1.4.3) on a free loopback port, started from
/// <c>tests/AlertRouter.TestSupport/smtp/smtp_server.py</c>: plain, with STARTTLS or with implicit TLS, on a certificate
/// of a throw-away CA made per server (<see cref="Certificates"/>), optionally requiring AUTH or a client certificate.
/// It records every message and session; it is killed on dispose.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly ManagedProcess _process;

    private SmtpServer(ManagedProcess process, int port, string dir, TestCertificates? certificates)
    {
        _process = process;
        Port = port;
        Directory = dir;
        Certificates = certificates;
    }

    public int Port { get; }

    public string Smarthost => $"127.0.0.1:{Port}";

    public string Directory { get; }

    /// <summary>The CA and the certificates of a TLS server; null for a plain one.</summary>
    public TestCertificates? Certificates { get; }

    public string Output => _process.Output;

    /// <param name="starttls">Offer STARTTLS.</param>
    /// <param name="user">Require AUTH (after STARTTLS when offered) with this user and <paramref name="password"/>.</param>
    public static Task<SmtpServer> StartAsync(bool starttls, string? user = null, string? password = null) =>
        StartAsync(new SmtpServerOptions { Tls = starttls ? SmtpServerTls.StartTls : SmtpServerTls.None, User = user, Password = password });

    public static async Task<SmtpServer> StartAsync(SmtpServerOptions options)
    {
        var dir = Tools.TempDir("smtp");
        var port = Tools.FreePort();
        var script = Path.Combine(Tools.RepoRoot, "tests", "AlertRouter.TestSupport", "smtp", "smtp_server.py");
        var args = new List<string> { "-u", script, "--port", port.ToString(CultureInfo.InvariantCulture), "--out", dir };
        TestCertificates? certificates = null;
        if (options.Tls != SmtpServerTls.None)
        {
            certificates = TestCertificates.Create(dir);
            args.AddRange(["--cert", certificates.ServerCertFile, "--key", certificates.ServerKeyFile]);
            if (options.Tls == SmtpServerTls.Implicit)
            {
                args.Add("--implicit-tls");
            }

            if (options.RequireClientCertificate)
            {
                args.AddRange(["--client-ca", certificates.CaFile]);
            }
        }

        if (options.User is not null)
        {
            args.AddRange(["--user", options.User, "--password", options.Password ?? ""]);
        }

        if (options.Mechanisms is not null)
        {
            args.AddRange(["--mechanisms", options.Mechanisms]);
        }

        if (options.DataReply is not null)
        {
            args.AddRange(["--data-reply", options.DataReply]);
        }

        var process = ManagedProcess.Start(Tools.Python3, args, dir);
        try
        {
            await process.WaitForOutputAsync(o => o.Contains($"READY {port}", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new SmtpServer(process, port, dir, certificates);
    }

    /// <summary>The recorded messages so far (parsed by Python's email package), in arrival order.</summary>
    public IReadOnlyList<SmtpMessage> Messages =>
        [.. System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(SmtpMessage.Load)];

    /// <summary>What the server saw of each session (after AUTH and at QUIT), in order, delivered or not.</summary>
    public IReadOnlyList<SmtpSession> Sessions
    {
        get
        {
            var path = Path.Combine(Directory, "sessions.jsonl");
            return File.Exists(path)
                ? [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => SmtpSession.Parse(JsonDocument.Parse(l).RootElement))]
                : [];
        }
    }

    /// <summary>
    /// RCPT commands received so far, accepted or not (one per delivery attempt of a one-recipient mail): each is the
    /// address and the <c>login:password</c> the client had authenticated with.
    /// </summary>
    public IReadOnlyList<string> Recipients =>
        File.Exists(Path.Combine(Directory, "rcpt.log")) ? File.ReadAllLines(Path.Combine(Directory, "rcpt.log")) : [];

    /// <summary>
    /// The replies of the next RCPT commands, one each (e.g. <c>451 4.3.0 try later</c>); then recipients are handled as
    /// usual again. <c>{auth}</c> in a reply is replaced by the <c>login:password</c> the client authenticated with.
    /// </summary>
    public void Answer(params string[] replies)
    {
        var answers = Path.Combine(Directory, "answers");
        File.WriteAllLines(answers + ".tmp", replies);
        File.Move(answers + ".tmp", answers, overwrite: true);
    }

    public async Task<IReadOnlyList<SmtpMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Messages.Count < count)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"expected {count} message(s), got {Messages.Count}:\n{Output}");
            }

            await Task.Delay(50);
        }

        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
