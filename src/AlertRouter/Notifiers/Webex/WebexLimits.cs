using System.Text;

namespace AlertRouter.Notifiers.Webex;

/// <summary>Webex's 7,439-byte limit on a message, applied as Alertmanager's <c>notify.TruncateInBytes</c>.</summary>
internal static class WebexLimits
{
    public const int MaxMessageBytes = 7439;

    private const string Marker = "…";

    /// <summary>
    /// At most <paramref name="maxBytes"/> UTF-8 bytes: when longer, the longest run of whole runes that fits in
    /// <c>maxBytes − 3</c> bytes, then "…" (3 bytes); a limit of 3 gives "…" alone, a smaller one that many dots.
    /// </summary>
    public static string TruncateInBytes(string value, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(value) <= maxBytes)
        {
            return value;
        }

        if (maxBytes < 3)
        {
            return new string('.', Math.Max(0, maxBytes));
        }

        var budget = maxBytes - 3;
        var sb = new StringBuilder();
        var used = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > budget)
            {
                break;
            }

            sb.Append(rune.ToString());
        }

        return sb.Append(Marker).ToString();
    }
}
