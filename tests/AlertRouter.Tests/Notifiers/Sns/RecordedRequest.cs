using System.Text;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>A request Alertmanager 0.25 sent, as recorded byte for byte (testdata/sigv4/alertmanager-0.25).</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public static RecordedRequest Load(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "sigv4", "alertmanager-0.25", name));
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':')], l[(l.IndexOf(':') + 1)..].Trim()))
            .ToList();
        return new RecordedRequest(parts[0], parts[1], headers, bytes[(end + 4)..]);
    }

    public string Header(string name) => Headers.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>A form field's value, percent-decoded to its bytes ('+' is a space).</summary>
    public byte[] FormField(string name)
    {
        var pair = Encoding.ASCII.GetString(Body).Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal));
        var value = pair[(name.Length + 1)..];
        var decoded = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%')
            {
                decoded.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                decoded.Add(value[i] == '+' ? (byte)' ' : (byte)value[i]);
            }
        }

        return [.. decoded];
    }
}
