using System.Text;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.TestSupport;
using MimeKit;

namespace AlertRouter.IntegrationTests.Notifiers.Email;

/// <summary>
/// The mail as it arrives, part for part against what Alertmanager 0.25 sent for the same group
/// (testdata/alertmanager-0.25/am-email-firing.eml). Date, Message-Id and the boundary differ by nature; the
/// threading headers are AlertRouter's addition (docs/delivery.md).
/// </summary>
public sealed class EmailMimeTests : IAsyncLifetime
{
    private static readonly HashSet<string> Differing = new(StringComparer.OrdinalIgnoreCase) { "Date", "Message-Id" };
    private static readonly HashSet<string> Added = new(StringComparer.OrdinalIgnoreCase) { "References", "In-Reply-To" };
    private readonly EmailHarness _harness = new();
    private SmtpServer _server = null!;

    public async Task InitializeAsync() => _server = await SmtpServer.StartAsync(new SmtpServerOptions());

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _harness.Dispose();
    }

    private static MimeMessage Sample() =>
        MimeMessage.Load(Path.Combine(AppContext.BaseDirectory, "testdata", "alertmanager-0.25", "am-email-firing.eml"));

    private async Task<MimeMessage> SendAsync(EmailConfig config)
    {
        Assert.IsType<Delivered>(await _harness.NotifyAsync(config, EmailHarness.DiskFull()));
        var raw = Assert.Single(await _server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Raw;
        return MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
    }

    private EmailConfig Config() =>
        new() { To = "oncall@example.test", From = "alertmanager@example.test", Smarthost = _server.Smarthost, RequireTls = false };

    [Fact]
    public async Task NotifyAsync_DefaultConfig_SameHeadersAndPartsAsAlertmanagersSample()
    {
        var sample = Sample();

        var sent = await SendAsync(Config());

        Assert.Equal(Names(sample.Headers).Where(n => !Differing.Contains(n)), Names(sent.Headers).Where(n => !Differing.Contains(n) && !Added.Contains(n)));
        foreach (var name in new[] { "Subject", "To", "From", "MIME-Version" })
        {
            Assert.Equal(sample.Headers[name], sent.Headers[name]);
        }

        Assert.Equal(sample.Body!.ContentType.MimeType, sent.Body!.ContentType.MimeType);
        var sampleParts = sample.BodyParts.OfType<TextPart>().ToList();
        var sentParts = sent.BodyParts.OfType<TextPart>().ToList();
        Assert.Equal(sampleParts.Count, sentParts.Count);
        foreach (var (expected, actual) in sampleParts.Zip(sentParts))
        {
            Assert.Equal(expected.ContentType.MimeType, actual.ContentType.MimeType);
            Assert.Equal(expected.ContentType.Charset, actual.ContentType.Charset);
            Assert.Equal(expected.ContentTransferEncoding, actual.ContentTransferEncoding);
            Assert.Equal(Names(expected.Headers), Names(actual.Headers));
        }
    }

    [Fact]
    public async Task NotifyAsync_TextConfigured_TextPartBeforeHtmlAsAlertmanagerWritesThem()
    {
        var sent = await SendAsync(Config() with { Text = "{{ .CommonAnnotations.summary }}" });

        var parts = sent.BodyParts.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal(ContentEncoding.QuotedPrintable, p.ContentTransferEncoding));
        Assert.All(parts, p => Assert.Equal("UTF-8", p.ContentType.Charset));
        Assert.Equal("disk 95% full", parts[0].Text);
    }

    [Fact]
    public async Task NotifyAsync_NonAsciiSubject_Rfc2047EncodedOnTheWire()
    {
        var config = Config() with { Headers = new Dictionary<string, string> { ["Subject"] = "Störung {{ .GroupLabels.alertname }}" } };

        var sent = await SendAsync(config);

        Assert.Equal("Störung DiskFull", sent.Subject);
        var raw = Assert.Single(_server.Messages).Raw;
        Assert.Contains("Subject: =?utf-8?", raw, StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> Names(HeaderList headers) => [.. headers.Select(h => h.Field).Order(StringComparer.OrdinalIgnoreCase)];
}
