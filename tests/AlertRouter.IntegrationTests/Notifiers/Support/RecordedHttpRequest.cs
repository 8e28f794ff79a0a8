using System.Text;

namespace AlertRouter.IntegrationTests.Notifiers.Support;

/// <summary>One recorded HTTP/1.1 request: request line, headers in wire order, body bytes.</summary>
internal sealed record RecordedHttpRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public static RecordedHttpRequest Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => KeyValuePair.Create(l[..l.IndexOf(':')], l[(l.IndexOf(':') + 1)..].Trim()))
            .ToList();
        return new RecordedHttpRequest(parts[0], parts[1], headers, bytes[(end + 4)..]);
    }

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
