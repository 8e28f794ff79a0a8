using System.Text;
using System.Text.Json;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The rendered value of every templated field in one captured notification, as bytes, keyed like
/// <see cref="TemplateCase.Field"/>. Slack and PagerDuty values come from Go's encoding/json (so invalid UTF-8 in a
/// rendering arrives as one U+FFFD per byte, see <see cref="GoJsonString"/>); email values are exact bytes (Subject)
/// or exact up to line breaks (text and html parts, see <see cref="MimeDecoding.GoQuotedPrintableNewlines"/>).
/// </summary>
internal static class NotificationFields
{
    private static readonly string[] SlackTop = ["channel", "username", "icon_emoji", "icon_url"];

    private static readonly string[] SlackAttachment =
        ["title", "title_link", "pretext", "text", "fallback", "callback_id", "image_url", "thumb_url", "footer", "color"];

    private static readonly string[] PagerDutyPayload = ["source", "severity", "class", "component", "group"];

    public static IReadOnlyDictionary<string, byte[]> Slack(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var fields = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in SlackTop)
        {
            fields["slack." + name] = Utf8(doc.RootElement, name);
        }

        var attachment = doc.RootElement.GetProperty("attachments")[0];
        foreach (var name in SlackAttachment)
        {
            fields["slack." + name] = Utf8(attachment, name);
        }

        return fields;
    }

    public static IReadOnlyDictionary<string, byte[]> PagerDuty(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var payload = root.GetProperty("payload");
        var fields = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["pagerduty.description"] = Utf8(payload, "summary"),
            ["pagerduty.client"] = Utf8(root, "client"),
            ["pagerduty.client_url"] = Utf8(root, "client_url"),
            ["pagerduty.routing_key"] = Utf8(root, "routing_key"),
        };
        foreach (var name in PagerDutyPayload)
        {
            fields["pagerduty." + name] = Utf8(payload, name);
        }

        if (payload.TryGetProperty("custom_details", out var details))
        {
            foreach (var detail in details.EnumerateObject())
            {
                fields["pagerduty.details." + detail.Name] = Encoding.UTF8.GetBytes(detail.Value.GetString() ?? "");
            }
        }

        return fields;
    }

    public static IReadOnlyDictionary<string, byte[]> Email(string eml)
    {
        var parts = MimeDecoding.Parts(eml);
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["email.subject"] = MimeDecoding.DecodeQHeader(MimeDecoding.RawHeader(eml, "Subject") ?? ""),
            ["email.text"] = parts.GetValueOrDefault("text/plain") ?? [],
            ["email.html"] = parts.GetValueOrDefault("text/html") ?? [],
        };
    }

    /// <summary>What Go's encoding/json does to a string before it reaches the wire: each invalid UTF-8 byte becomes U+FFFD.</summary>
    public static byte[] GoJsonString(ReadOnlySpan<byte> rendered)
    {
        var output = new List<byte>(rendered.Length);
        while (!rendered.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rendered, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                output.AddRange(rendered[..consumed]);
                rendered = rendered[consumed..];
            }
            else
            {
                output.AddRange("\uFFFD"u8);
                rendered = rendered[1..];
            }
        }

        return [.. output];
    }

    private static byte[] Utf8(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? Encoding.UTF8.GetBytes(value.GetString() ?? "") : [];
}
