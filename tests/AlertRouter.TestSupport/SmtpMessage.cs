using System.Text.Json;

namespace AlertRouter.TestSupport;

/// <summary>One message an <see cref="SmtpServer"/> accepted: envelope, session facts, headers and decoded parts.</summary>
public sealed record SmtpMessage(
    string MailFrom,
    IReadOnlyList<string> RcptTos,
    SmtpSession Session,
    string ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<SmtpMessagePart> Parts,
    string Raw)
{
    /// <summary>The first header of that name (case-insensitive), decoded; null when absent.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public bool Tls => Session.Tls;

    public bool Authenticated => Session.Authenticated;

    public string? Login => Session.Login;

    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    internal static SmtpMessage Load(string jsonPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var r = doc.RootElement;
        return new SmtpMessage(
            r.GetProperty("mail_from").GetString() ?? "",
            [.. r.GetProperty("rcpt_tos").EnumerateArray().Select(e => e.GetString() ?? "")],
            SmtpSession.Parse(r),
            r.GetProperty("content_type").GetString() ?? "",
            [.. r.GetProperty("headers").EnumerateArray().Select(h => KeyValuePair.Create(h[0].GetString() ?? "", h[1].GetString() ?? ""))],
            [.. r.GetProperty("parts").EnumerateArray().Select(p => new SmtpMessagePart(
                p.GetProperty("content_type").GetString() ?? "",
                p.GetProperty("charset").GetString(),
                p.GetProperty("transfer_encoding").GetString() ?? "",
                p.GetProperty("content").GetString() ?? ""))],
            File.ReadAllText(Path.ChangeExtension(jsonPath, ".eml")));
    }
}
