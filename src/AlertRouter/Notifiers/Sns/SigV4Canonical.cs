using System.Text;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// The canonical forms of SigV4's canonical request: URI, query and headers
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
/// </summary>
internal static class SigV4Canonical
{
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary>
    /// The path with empty and "." segments dropped and ".." applied (the normalised form every service but S3
    /// uses), each segment's UTF-8 bytes percent-encoded; a trailing slash is kept.
    /// </summary>
    public static string UriPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(Encode(Encoding.UTF8.GetBytes(segment)));
        }

        var joined = "/" + string.Join('/', segments);
        return segments.Count > 0 && path.EndsWith('/') ? joined + "/" : joined;
    }

    /// <summary>
    /// Each <c>name=value</c> pair percent-decoded, re-encoded with only the unreserved characters left bare, and
    /// sorted by name then value (ordinal); a pair without '=' has an empty value. '+' is a literal plus.
    /// </summary>
    public static string Query(string query)
    {
        if (query.Length == 0)
        {
            return "";
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=');
            var name = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? "" : pair[(eq + 1)..];
            pairs.Add((Encode(Decode(name)), Encode(Decode(value))));
        }

        pairs.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>
    /// The canonical header block (<c>name:value\n</c> per name, lower-case names sorted, values trimmed with inner
    /// runs of spaces collapsed, repeated names joined by ',' in order) and the <c>;</c>-joined signed names.
    /// </summary>
    public static (string Block, string SignedHeaders) Headers(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var byName = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            if (!byName.TryGetValue(key, out var values))
            {
                byName[key] = values = [];
            }

            values.Add(TrimAll(value));
        }

        var block = new StringBuilder();
        foreach (var (name, values) in byName)
        {
            block.Append(name).Append(':').AppendJoin(',', values).Append('\n');
        }

        return (block.ToString(), string.Join(';', byName.Keys));
    }

    /// <summary>RFC 3986 encoding: A–Z, a–z, 0–9, '-', '.', '_', '~' kept; every other byte as %XX (upper case).</summary>
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            }
        }

        return sb.ToString();
    }

    private static byte[] Decode(string component)
    {
        var raw = Encoding.UTF8.GetBytes(component);
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(raw, i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(raw[i]);
            }
        }

        return [.. bytes];
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static string TrimAll(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
