using System.Globalization;
using System.Text.RegularExpressions;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Byte-exact decoding of what Alertmanager 0.25's email notifier writes: headers are <c>name: value</c> with the
/// value through Go's <c>mime.QEncoding.Encode("utf-8", v)</c> (raw when printable ASCII, else a run of
/// <c>=?utf-8?q?…?=</c> words on one line, every byte kept), and each body part is Go's quoted-printable writer.
/// The writer turns every <c>\n</c>, <c>\r</c> and <c>\r\n</c> of the rendered text into CRLF, which is the one
/// lossy step (see <see cref="GoQuotedPrintableNewlines"/>).
/// </summary>
internal static partial class MimeDecoding
{
    /// <summary>The raw header value of <paramref name="name"/> from a message's header block (no folding: Go writes one line).</summary>
    public static string? RawHeader(string eml, string name)
    {
        var head = eml[..Math.Max(0, eml.IndexOf("\r\n\r\n", StringComparison.Ordinal))];
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 2)..];
            }
        }

        return null;
    }

    /// <summary>Undoes Go's <c>mime.QEncoding.Encode("utf-8", …)</c>.</summary>
    public static byte[] DecodeQHeader(string value)
    {
        const string prefix = "=?utf-8?q?";
        if (!value.StartsWith(prefix, StringComparison.Ordinal) || !value.EndsWith("?=", StringComparison.Ordinal))
        {
            return System.Text.Encoding.ASCII.GetBytes(value);
        }

        var bytes = new List<byte>();
        foreach (var word in value[prefix.Length..^2].Split("?= " + prefix))
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] == '_')
                {
                    bytes.Add((byte)' ');
                }
                else if (word[i] == '=')
                {
                    bytes.Add(byte.Parse(word.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)word[i]);
                }
            }
        }

        return [.. bytes];
    }

    /// <summary>The decoded parts of a multipart message, by content type (text/plain, text/html).</summary>
    public static IReadOnlyDictionary<string, byte[]> Parts(string eml)
    {
        var boundary = BoundaryPattern().Match(eml).Groups[1].Value;
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var part in eml.Split("--" + boundary).Skip(1).SkipLast(1))
        {
            var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = part[..split];
            var type = ContentTypePattern().Match(headers).Groups[1].Value;
            var body = part[(split + 4)..];
            // multipart.Writer puts CRLF before each boundary; it belongs to the boundary, not the part.
            parts[type] = DecodeQuotedPrintable(body.EndsWith("\r\n", StringComparison.Ordinal) ? body[..^2] : body);
        }

        return parts;
    }

    public static byte[] DecodeQuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '=')
            {
                bytes.Add((byte)body[i]);
            }
            else if (i + 2 < body.Length && body[i + 1] == '\r' && body[i + 2] == '\n')
            {
                i += 2;
            }
            else
            {
                bytes.Add(byte.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
        }

        return [.. bytes];
    }

    /// <summary>What Go's quotedprintable.Writer (Binary=false) does to line breaks: \r\n, \r and \n all become \r\n.</summary>
    public static byte[] GoQuotedPrintableNewlines(ReadOnlySpan<byte> rendered)
    {
        var output = new List<byte>(rendered.Length + 16);
        for (var i = 0; i < rendered.Length; i++)
        {
            if (rendered[i] is (byte)'\r' or (byte)'\n')
            {
                if (rendered[i] == '\r' && i + 1 < rendered.Length && rendered[i + 1] == '\n')
                {
                    i++;
                }

                output.Add((byte)'\r');
                output.Add((byte)'\n');
            }
            else
            {
                output.Add(rendered[i]);
            }
        }

        return [.. output];
    }

    [GeneratedRegex("boundary=([0-9a-f]+)")]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex("Content-Type: ([a-z]+/[a-z]+)")]
    private static partial Regex ContentTypePattern();
}
