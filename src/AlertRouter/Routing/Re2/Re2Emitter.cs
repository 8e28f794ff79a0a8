using System.Globalization;
using System.Text;

namespace AlertRouter.Routing.Re2;

/// <summary>
/// Writes a parsed RE2 tree as a .NET pattern for <c>RegexOptions.NonBacktracking</c>: classes become explicit
/// code-point ranges (so <c>\d</c>, <c>\w</c>, <c>\s</c> stay ASCII and <c>.</c> matches a whole astral rune, as in Go),
/// <c>$</c> becomes <c>\z</c> and groups become non-capturing.
/// </summary>
internal static class Re2Emitter
{
    public static string Emit(Re2Node node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Re2Node node)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.EmptyMatch:
                break;
            case Re2NodeKind.Literal:
                AppendRune(sb, node.Rune);
                break;
            case Re2NodeKind.CharClass:
                AppendClass(sb, node.Ranges!);
                break;
            case Re2NodeKind.AnyCharNotNewline:
                AppendClass(sb, RuneRanges.Clean([(0, '\n' - 1), ('\n' + 1, RuneRanges.MaxRune)]));
                break;
            case Re2NodeKind.AnyChar:
                AppendClass(sb, RuneRanges.Clean([(0, RuneRanges.MaxRune)]));
                break;
            case Re2NodeKind.BeginLine:
                sb.Append("(?m:^)");
                break;
            case Re2NodeKind.EndLine:
                sb.Append("(?m:$)");
                break;
            case Re2NodeKind.BeginText:
                sb.Append(@"\A");
                break;
            case Re2NodeKind.EndText:
                sb.Append(@"\z");
                break;
            case Re2NodeKind.WordBoundary:
                sb.Append(@"\b");
                break;
            case Re2NodeKind.NoWordBoundary:
                sb.Append(@"\B");
                break;
            case Re2NodeKind.Repeat:
                sb.Append("(?:");
                Append(sb, node.Subs[0]);
                sb.Append(')').Append(Quantifier(node.Min, node.Max));
                break;
            case Re2NodeKind.Concat:
                foreach (var sub in node.Subs)
                {
                    Append(sb, sub);
                }

                break;
            case Re2NodeKind.Capture:
                // Explicitly numbered groups capture even under RegexOptions.ExplicitCapture.
                sb.Append("(?<").Append(node.Cap.ToString(CultureInfo.InvariantCulture)).Append('>');
                Append(sb, node.Subs[0]);
                sb.Append(')');
                break;
            case Re2NodeKind.Alternate:
                sb.Append("(?:");
                for (var i = 0; i < node.Subs.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('|');
                    }

                    Append(sb, node.Subs[i]);
                }

                sb.Append(')');
                break;
            default:
                throw new InvalidOperationException($"unexpected {node.Kind} in a parsed expression");
        }
    }

    private static string Quantifier(int min, int max) => (min, max) switch
    {
        (0, -1) => "*",
        (1, -1) => "+",
        (0, 1) => "?",
        (_, -1) => $"{{{min},}}",
        _ when min == max => $"{{{min}}}",
        _ => $"{{{min},{max}}}",
    };

    private static void AppendRune(StringBuilder sb, int rune)
    {
        if (rune > 0xFFFF)
        {
            var s = char.ConvertFromUtf32(rune);
            sb.Append("(?:");
            AppendUnit(sb, s[0]);
            AppendUnit(sb, s[1]);
            sb.Append(')');
            return;
        }

        AppendUnit(sb, (char)rune);
    }

    private static void AppendUnit(StringBuilder sb, char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            sb.Append(c);
        }
        else
        {
            sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    private static void AppendClass(StringBuilder sb, RuneRanges ranges)
    {
        var bmp = new StringBuilder();
        var astral = new List<string>();
        foreach (var (lo, hi) in ranges.Pairs())
        {
            AppendBmp(bmp, lo, Math.Min(hi, 0xD7FF));
            AppendBmp(bmp, Math.Max(lo, 0xE000), Math.Min(hi, 0xFFFF));
            if (hi >= 0x10000)
            {
                AppendAstral(astral, Math.Max(lo, 0x10000), hi);
            }
        }

        var parts = new List<string>();
        if (bmp.Length > 0)
        {
            parts.Add("[" + bmp + "]");
        }

        parts.AddRange(astral);
        sb.Append(parts.Count switch
        {
            0 => @"[^\u0000-\uFFFF]",
            1 when astral.Count == 0 => parts[0],
            _ => "(?:" + string.Join('|', parts) + ")",
        });
    }

    private static void AppendBmp(StringBuilder sb, int lo, int hi)
    {
        if (lo > hi)
        {
            return;
        }

        AppendUnit(sb, (char)lo);
        if (hi > lo)
        {
            sb.Append('-');
            AppendUnit(sb, (char)hi);
        }
    }

    private static void AppendAstral(List<string> parts, int lo, int hi)
    {
        var (hsLo, lsLo) = Split(lo);
        var (hsHi, lsHi) = Split(hi);
        if (hsLo == hsHi)
        {
            parts.Add(Pair(hsLo, hsLo, lsLo, lsHi));
            return;
        }

        parts.Add(Pair(hsLo, hsLo, lsLo, 0xDFFF));
        if (hsLo + 1 <= hsHi - 1)
        {
            parts.Add(Pair(hsLo + 1, hsHi - 1, 0xDC00, 0xDFFF));
        }

        parts.Add(Pair(hsHi, hsHi, 0xDC00, lsHi));
    }

    private static (int High, int Low) Split(int rune) => (0xD800 + ((rune - 0x10000) >> 10), 0xDC00 + ((rune - 0x10000) & 0x3FF));

    private static string Pair(int hsLo, int hsHi, int lsLo, int lsHi)
    {
        var sb = new StringBuilder("[");
        AppendBmp(sb, hsLo, hsHi);
        sb.Append("][");
        AppendBmp(sb, lsLo, lsHi);
        return sb.Append(']').ToString();
    }
}
