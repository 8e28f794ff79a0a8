using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>The email notifier against a real aiosmtpd: STARTTLS on a certificate of a test CA, and AUTH.</summary>
public sealed class EmailNotifierTests : IAsyncLifetime
{
    private const string User = "alertrouter";
    private const string Password = "Sm7p-Pa55word!";
    private SmtpServer _server = null!;
    private readonly EmailHarness _harness = new();

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync(starttls: true, User, Password);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _harness.Dispose();
    }

    private EmailConfig Config() => new()
    {
        To = "oncall@example.test",
        From = "alertmanager@example.test",
        Smarthost = _server.Smarthost,
        AuthUsername = User,
        AuthPassword = new Secret(Password),
        Tls = new TlsConfig { CaFile = _server.Certificates!.CaFile },
    };

    private static string ThreadId(string groupKey) =>
        $"<alert-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupKey)))[..16]}@alertrouter>";

    [Fact]
    public async Task NotifyAsync_StartTlsAndAuth_DeliversMultipartTextThenHtml()
    {
        var text = "{{ range .Alerts }}Labels:\n{{ range .Labels.SortedPairs }} - {{ .Name }} = {{ .Value }}\n{{ end }}{{ end }}";
        var result = await _harness.NotifyAsync(Config() with { Text = text }, EmailHarness.DiskFull());

        Assert.IsType<Delivered>(result);
        var message = Assert.Single(await _server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(message.Tls);
        Assert.True(message.Authenticated);
        Assert.Equal(User, message.Login);
        Assert.Equal("LOGIN", message.Session.Mechanism);
        Assert.Equal("localhost", message.Session.Helo);
        Assert.Equal("alertmanager@example.test", message.MailFrom);
        Assert.Equal(["oncall@example.test"], message.RcptTos);
        Assert.Equal("[FIRING:1] DiskFull (db-1:9100 critical infra)", message.Header("Subject"));
        Assert.Equal("multipart/alternative", message.ContentType);
        Assert.Equal(["text/plain", "text/html"], message.Parts.Select(p => p.ContentType));
        Assert.All(message.Parts, p => Assert.Equal("utf-8", p.Charset));
        Assert.All(message.Parts, p => Assert.Equal("quoted-printable", p.TransferEncoding));
        Assert.Contains("Labels:\n - alertname = DiskFull\n - instance = db-1:9100\n - severity = critical\n - team = infra\n", message.Parts[0].Content.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("<html xmlns=\"http://www.w3.org/1999/xhtml\"", message.Parts[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_DefaultHtml_CarriesWhatAlertmanagersSampleCarries()
    {
        var sample = QuotedPrintable(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "alertmanager-0.25", "am-email-firing.eml")));

        await _harness.NotifyAsync(Config(), EmailHarness.DiskFull());

        var message = Assert.Single(await _server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        var html = Assert.Single(message.Parts).Content;
        string[] facts =
        [
            "[FIRING:1] DiskFull (db-1:9100 critical infra)", "1 alert for", "alertname=DiskFull",
            "href=\"http://vm:9093/#/alerts?receiver=all-real\"", "View in Alertmanager", "[1] Firing",
            "alertname = DiskFull", "instance = db-1:9100", "severity = critical", "team = infra", "summary = disk 95% full",
            ">Source</a>", "href=\"http://vm:9093\"",
        ];
        Assert.All(facts, fact => Assert.Contains(fact, sample, StringComparison.Ordinal));
        Assert.All(facts, fact => Assert.Contains(fact, Regex.Replace(html, @"\s+", " "), StringComparison.Ordinal));

        // email.default.html is Alertmanager's, footer included (issue 16).
        Assert.Contains("Sent by Alertmanager", sample, StringComparison.Ordinal);
        Assert.Contains("Sent by Alertmanager", html, StringComparison.Ordinal);
        Assert.Equal(sample[..sample.IndexOf('\n', StringComparison.Ordinal)], "Subject: " + message.Header("Subject"));
    }

    [Fact]
    public async Task NotifyAsync_TwoMailsOfOneGroup_ThreadTogetherWithUniqueMessageIds()
    {
        var context = EmailHarness.DiskFull();

        await _harness.NotifyAsync(Config(), context with { NotificationId = "n-1" });
        await _harness.NotifyAsync(Config(), EmailHarness.DiskFull(resolved: true) with { NotificationId = "n-2" });

        var messages = await _server.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));
        var thread = ThreadId(context.GroupKey);
        Assert.All(messages, m => Assert.Equal(thread, m.Header("References")));
        Assert.All(messages, m => Assert.Equal(thread, m.Header("In-Reply-To")));
        Assert.Matches(@"^<n-1\.[0-9a-f]{16}@alertrouter>$", messages[0].Header("Message-Id"));
        Assert.Matches(@"^<n-2\.[0-9a-f]{16}@alertrouter>$", messages[1].Header("Message-Id"));
        Assert.Single(messages[0].HeaderValues("Message-Id"));
        Assert.Equal("[RESOLVED] DiskFull (db-1:9100 critical infra)", messages[1].Header("Subject"));
    }

    [Fact]
    public async Task NotifyAsync_NonAsciiAndTemplatedHeaders_ArriveAsUtf8()
    {
        var config = Config() with
        {
            Headers = new Dictionary<string, string>
            {
                ["Subject"] = "Störung: {{ .CommonAnnotations.summary }}",
                ["X-Team"] = "{{ .CommonLabels.team }}\r\nBcc: evil@example.test",
            },
            Text = "Zusammenfassung: {{ .CommonAnnotations.summary }}",
        };

        await _harness.NotifyAsync(config, EmailHarness.DiskFull(summary: "Überlast – 🙂 <b>"));

        var message = Assert.Single(await _server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("Störung: Überlast – 🙂 <b>", message.Header("Subject"));
        Assert.Equal("infra Bcc: evil@example.test", message.Header("X-Team"));
        Assert.Null(message.Header("Bcc"));
        Assert.Equal(["oncall@example.test"], message.RcptTos);
        Assert.Equal("Zusammenfassung: Überlast – 🙂 <b>", message.Parts[0].Content.TrimEnd());
        Assert.Contains("summary = Überlast – 🙂 &lt;b&gt;", message.Parts[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_WrongPassword_PermanentAuthErrorWithoutThePassword()
    {
        var result = await _harness.NotifyAsync(Config() with { AuthPassword = new Secret("wrong-Pa55word-xyz") }, EmailHarness.DiskFull());

        var permanent = Assert.IsType<Permanent>(result);
        Assert.Equal(FailureReason.AuthError, permanent.Reason);
        Assert.Equal(535, permanent.StatusCode);
        Assert.Equal($"LOGIN authentication at {_server.Smarthost} failed (check auth_username and auth_password): 535: 5.7.8 Authentication credentials invalid",
            permanent.Message);
        Assert.Equal("LOGIN", Assert.Single(_server.Sessions).Mechanism);
        Assert.DoesNotContain("wrong-Pa55word-xyz", permanent.Message + _harness.Logs, StringComparison.Ordinal);
        Assert.Empty(_server.Messages);
    }

    [Fact]
    public async Task NotifyAsync_ServerRequiresAuthButNoneConfigured_PermanentAuthError()
    {
        var result = await _harness.NotifyAsync(Config() with { AuthUsername = null, AuthPassword = null }, EmailHarness.DiskFull());

        Assert.Equal(FailureReason.AuthError, Assert.IsType<Permanent>(result).Reason);
        Assert.Contains("requires authentication but no auth_username is configured", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_CertificateOfAnUnknownCa_RetryableTlsErrorAndTheSkipDoesNotLeak()
    {
        var systemTrust = Config() with { Tls = TlsConfig.Default };

        var first = await _harness.NotifyAsync(systemTrust, EmailHarness.DiskFull());
        var insecure = await _harness.NotifyAsync(Config() with { Tls = new TlsConfig { InsecureSkipVerify = true } }, EmailHarness.DiskFull());
        var again = await _harness.NotifyAsync(systemTrust, EmailHarness.DiskFull());

        Assert.Equal(FailureReason.Other, Assert.IsType<Retryable>(first).Reason);
        Assert.Contains($"TLS handshake with {_server.Smarthost} failed", first.Error, StringComparison.Ordinal);
        Assert.IsType<Delivered>(insecure);
        Assert.IsType<Retryable>(again);
    }

    [Fact]
    public async Task NotifyAsync_InvalidAddress_PermanentClientError()
    {
        var result = await _harness.NotifyAsync(Config() with { To = "not an address" }, EmailHarness.DiskFull());

        Assert.Equal(FailureReason.ClientError, Assert.IsType<Permanent>(result).Reason);
        Assert.StartsWith("invalid address", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_InvalidHeaderName_PermanentClientError()
    {
        var result = await _harness.NotifyAsync(Config() with { Headers = new Dictionary<string, string> { ["Bad Header:"] = "x" } }, EmailHarness.DiskFull());

        Assert.Equal(FailureReason.ClientError, Assert.IsType<Permanent>(result).Reason);
        Assert.StartsWith("invalid header", result.Error, StringComparison.Ordinal);
    }

    // Undo quoted-printable soft line breaks and =XX escapes (enough for the ASCII sample).
    private static string QuotedPrintable(string text) =>
        Regex.Replace(text.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal), "=([0-9A-F]{2})",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
