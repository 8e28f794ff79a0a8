using System.Text;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>A request file of testdata/receivers: request line, headers in wire order, a blank line, the body bytes.</summary>
internal sealed record RecordedHttpRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static RecordedHttpRequest Load(string kind, string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReceiverVariant.Dir, kind, name));
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = lines.Skip(1).ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RecordedHttpRequest(parts[0], parts[1], headers, Encoding.UTF8.GetString(bytes, end + 4, bytes.Length - end - 4));
    }
}
