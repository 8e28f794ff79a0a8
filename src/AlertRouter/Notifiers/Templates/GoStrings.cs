using System.Text;

namespace AlertRouter.Notifiers.Templates;

/// <summary>The Go standard-library string functions Alertmanager's notifiers rely on (templates have their own, in Templating).</summary>
internal static class GoStrings
{
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary><c>url.QueryEscape</c>: space becomes '+', unreserved kept.</summary>
    public static string QueryEscape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Alertmanager's <c>notify.TruncateInRunes</c>: at most <paramref name="maxRunes"/> runes; when cut, the last of
    /// them is "…" (no marker when the limit is 3 or less).
    /// </summary>
    public static string TruncateInRunes(string value, int maxRunes, out bool truncated)
    {
        truncated = value.Length > maxRunes && CountRunes(value) > maxRunes;
        if (!truncated)
        {
            return value;
        }

        return maxRunes <= 3 ? value[..CutIndex(value, maxRunes)] : value[..CutIndex(value, maxRunes - 1)] + "…";
    }

    public static string TruncateInRunes(string value, int maxRunes) => TruncateInRunes(value, maxRunes, out _);

    private static int CountRunes(string value)
    {
        var runes = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            runes++;
        }

        return runes;
    }

    private static int CutIndex(string value, int runes)
    {
        var index = 0;
        for (var n = 0; n < runes; n++)
        {
            index += char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]) ? 2 : 1;
        }

        return index;
    }
}
