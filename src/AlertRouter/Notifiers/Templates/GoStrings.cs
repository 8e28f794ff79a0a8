using System.Text;

namespace AlertRouter.Notifiers.Templates;

/// <summary>The Go standard-library string functions Alertmanager's templates and notifiers rely on.</summary>
internal static class GoStrings
{
    private const string MetaCharacters = @"\.+*?()|[]{}^$";
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary><c>regexp.QuoteMeta</c>: Alertmanager passes the receiver name through it into template data.</summary>
    public static string QuoteMeta(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (MetaCharacters.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary><c>url.QueryEscape</c> (the <c>urlquery</c> template function): space becomes '+', unreserved kept.</summary>
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

    /// <summary>Go's <c>strings.Title</c>: upper-cases the first letter of each word (the <c>title</c> template function).</summary>
    public static string Title(string value)
    {
        var sb = new StringBuilder(value.Length);
        var previousIsSeparator = true;
        foreach (var rune in value.EnumerateRunes())
        {
            sb.Append(previousIsSeparator ? Rune.ToUpperInvariant(rune).ToString() : rune.ToString());
            previousIsSeparator = IsSeparator(rune);
        }

        return sb.ToString();
    }

    // strings.Title's isSeparator: ASCII alphanumerics and '_' join words, other ASCII separates; letters and digits
    // join; white space separates; everything else joins.
    private static bool IsSeparator(Rune rune)
    {
        if (rune.Value <= 0x7F)
        {
            return !(char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == '_');
        }

        return !Rune.IsLetterOrDigit(rune) && Rune.IsWhiteSpace(rune);
    }
}
