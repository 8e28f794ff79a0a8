using System.Diagnostics;
using System.Globalization;

namespace AlertRouter.TestSupport;

/// <summary>
/// A real aiosmtpd (Debian's python3-aiosmtpd 1.4.3) on a free loopback port, started from
/// <c>tests/AlertRouter.TestSupport/smtp/smtp_server.py</c>: optionally with STARTTLS on a self-signed certificate that
/// openssl generates per server, and with required AUTH. It records every message; it is killed on dispose.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly ManagedProcess _process;

    private SmtpServer(ManagedProcess process, int port, string dir)
    {
        _process = process;
        Port = port;
        Directory = dir;
    }

    public int Port { get; }

    public string Smarthost => $"127.0.0.1:{Port}";

    public string Directory { get; }

    public string Output => _process.Output;

    /// <param name="starttls">Offer STARTTLS with a fresh self-signed certificate (CN=localhost, SAN 127.0.0.1).</param>
    /// <param name="user">Require AUTH (after STARTTLS when offered) with this user and <paramref name="password"/>.</param>
    public static async Task<SmtpServer> StartAsync(bool starttls, string? user = null, string? password = null)
    {
        var dir = Tools.TempDir("smtp");
        var port = Tools.FreePort();
        var script = Path.Combine(Tools.RepoRoot, "tests", "AlertRouter.TestSupport", "smtp", "smtp_server.py");
        var args = new List<string> { "-u", script, "--port", port.ToString(CultureInfo.InvariantCulture), "--out", dir };
        if (starttls)
        {
            await GenerateCertificateAsync(dir);
            args.AddRange(["--cert", Path.Combine(dir, "cert.pem"), "--key", Path.Combine(dir, "key.pem")]);
        }

        if (user is not null)
        {
            args.AddRange(["--user", user, "--password", password ?? ""]);
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

        return new SmtpServer(process, port, dir);
    }

    private static async Task GenerateCertificateAsync(string dir)
    {
        var openssl = Tools.Require("openssl");
        using var process = Process.Start(new ProcessStartInfo(openssl)
        {
            ArgumentList =
            {
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            },
            WorkingDirectory = dir,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl failed ({process.ExitCode}): {await stderr}");
        }
    }

    /// <summary>The recorded messages so far (parsed by Python's email package), in arrival order.</summary>
    public IReadOnlyList<SmtpMessage> Messages =>
        [.. System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(SmtpMessage.Load)];

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
